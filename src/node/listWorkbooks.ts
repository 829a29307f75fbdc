/** The workbooks a supervisor names: files as given, folders as the workbooks directly in them. */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PlainError } from '../engine/index.js';
import { isBatchReport } from './batchReportFile.js';
import { OTHER_SPREADSHEET } from '../xlsx/otherSpreadsheet.js';

export class NoWorkbooksError extends PlainError {
  constructor(readonly paths: string[]) {
    super({
      vi: `Không có tệp .xlsx nào trong ${paths.map((p) => `"${p}"`).join(', ')}.`,
      en: `There is no .xlsx file in ${paths.map((p) => `"${p}"`).join(', ')}.`,
    });
  }
}

/** A path that is nothing, and not named as a spreadsheet file: the folder of a batch, mistyped. */
export class NoSuchFolderError extends PlainError {
  constructor(readonly path: string) {
    super({
      vi: `Không có thư mục hay tệp nào tên "${path}": không kiểm tra gì và không ghi gì.`,
      en: `There is no folder or file "${path}": nothing was checked and nothing written.`,
    });
  }
}

/** A folder that is there but cannot be listed. */
export class CannotReadFolderError extends PlainError {
  constructor(
    readonly path: string,
    options?: ErrorOptions,
  ) {
    super(
      {
        vi: `Không đọc được thư mục "${path}": không có quyền đọc.`,
        en: `Cannot read the folder "${path}": it may not be read.`,
      },
      options,
    );
  }
}

/** Workbooks this tool reads. */
const WORKBOOK = /\.xls[xm]$/i;
/** Excel's own lock files ("~$name.xlsx") and hidden files are left out of a folder. */
const HIDDEN = /^[~.]/;
const byName = new Intl.Collator('vi', { numeric: true }).compare;

/**
 * A folder gives its .xlsx and .xlsm files and its spreadsheets of other formats, links to them included
 * (not those of its subfolders), sorted by name, except the reports `check --report` wrote there; a file
 * is taken as named, even when it is no workbook, or does not exist while named as a spreadsheet (its
 * check then says why); any other path that does not exist refuses the batch. Each file is listed once.
 */
export async function listWorkbooks(paths: string[]): Promise<string[]> {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (file: string) => {
    const key = resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(file);
  };
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info && !isSpreadsheetName(path)) throw new NoSuchFolderError(path);
    if (!info?.isDirectory()) {
      add(path);
      continue;
    }
    const entries = await readdir(path, { withFileTypes: true }).catch((e: unknown) => {
      throw new CannotReadFolderError(path, { cause: e });
    });
    // A link is taken like a file: a link to a workbook is read, any other is said to be no file, never skipped.
    const names = entries
      .filter((e) => (e.isFile() || e.isSymbolicLink()) && !HIDDEN.test(e.name) && isSpreadsheetName(e.name))
      .map((e) => e.name);
    for (const name of names.sort(byName)) {
      const file = join(path, name);
      if (WORKBOOK.test(name) && (await isBatchReport(file))) continue;
      add(file);
    }
  }
  if (!out.length) throw new NoWorkbooksError(paths);
  return out;
}

function isSpreadsheetName(name: string): boolean {
  return WORKBOOK.test(name) || OTHER_SPREADSHEET.test(name);
}
