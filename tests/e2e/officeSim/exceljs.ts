/**
 * exceljs (its browser build, bundled), started only when a file is first read or written: a page that
 * never touches xlsx loads the simulator faster.
 */
import type ExcelJSModule from 'exceljs';

export type ExcelJS = typeof ExcelJSModule;

let loaded: ExcelJS | undefined;

export async function exceljs(): Promise<ExcelJS> {
  if (!loaded) {
    const module = (await import('exceljs')) as unknown as { default?: ExcelJS } & ExcelJS;
    loaded = module.default ?? module;
  }
  return loaded;
}
