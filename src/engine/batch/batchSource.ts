/** How a batch reaches its files: the adapter reads (a path from disk, a File in the browser), the engine loops. */
import type { RawWorkbook } from '../workbook/workbook.js';

export interface BatchSource<F> {
  /** The name findings and sentences give the file: a path, or the browser's file name. */
  name(file: F): string;
  /** Throws a PlainError saying why the file cannot be read. */
  read(file: F): Promise<RawWorkbook>;
}

/** Called after each file, with how many are done; awaited, so a page can draw between files. */
export type BatchProgress = (done: number, total: number, name: string) => void | Promise<void>;
