/** The workbooks a supervisor names: files as given, folders as the .xlsx files directly in them. */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PlainError } from '../engine/errors.js';
import { CannotReadFileError } from './CannotReadFileError.js';

export class NoWorkbooksError extends PlainError {
  constructor(readonly paths: string[]) {
    super({
      vi: `Không có tệp .xlsx nào trong ${paths.map((p) => `"${p}"`).join(', ')}.`,
      en: `There is no .xlsx file in ${paths.map((p) => `"${p}"`).join(', ')}.`,
    });
  }
}

/** Excel's own lock files ("~$name.xlsx") and hidden files are left out of a folder. */
const WORKBOOK = /^(?![~.]).*\.xls[xm]$/i;
const byName = new Intl.Collator('vi', { numeric: true }).compare;

/**
 * A folder gives its .xlsx and .xlsm files (not those of its subfolders), sorted by name; a file is taken
 * as named, even when it is no workbook or does not exist (its check then says why). `exclude` are
 * files the command writes (its reports, its output), never read as inputs; each file is listed once.
 */
export async function listWorkbooks(paths: string[], exclude: string[] = []): Promise<string[]> {
  const skip = new Set(exclude.map((p) => resolve(p)));
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (file: string) => {
    const key = resolve(file);
    if (skip.has(key) || seen.has(key)) return;
    seen.add(key);
    out.push(file);
  };
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      add(path);
      continue;
    }
    const entries = await readdir(path, { withFileTypes: true }).catch((e: unknown) => {
      throw new CannotReadFileError(path, { cause: e });
    });
    const names = entries.filter((e) => e.isFile() && WORKBOOK.test(e.name)).map((e) => e.name);
    names.sort(byName).forEach((name) => add(join(path, name)));
  }
  if (!out.length) throw new NoWorkbooksError(paths);
  return out;
}
