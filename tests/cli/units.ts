/** The synthetic province's unit workbooks (examples/units), copied and altered for check and consolidate tests. */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CellValue, Workbook } from 'exceljs';
import { IDENTITY_NAMES, META_SHEET } from '../../src/engine/workbook/markers.js';
import { definedCells } from '../../src/xlsx/definedCells.js';
import { locateSheet } from '../helpers/locateSheet.js';
import { excelBytes, openExcel, ROOT } from './helpers.js';

export const UNITS = join(ROOT, 'examples', 'units');

export async function unitFiles(): Promise<string[]> {
  return (await readdir(UNITS))
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f) => join(UNITS, f));
}

/** A cell by codes, straight on exceljs (the tests' own locator). */
export type CellEdit = [sheet: string, row: string, col: string, value: CellValue];

/** Writes a copy of `from` to `to` with some input cells, identity fields or meta keys changed. */
export async function alter(
  from: string,
  to: string,
  change: {
    cells?: CellEdit[];
    identity?: Partial<Record<keyof typeof IDENTITY_NAMES, string>>;
    meta?: Record<string, string>;
  },
): Promise<void> {
  const wb = await openExcel(await readFile(from));
  for (const [sheet, row, col, value] of change.cells ?? []) locateSheet(wb, sheet).cell(row, col).value = value;
  const names = definedCells(wb);
  for (const [key, value] of Object.entries(change.identity ?? {})) {
    const ref = names[IDENTITY_NAMES[key as keyof typeof IDENTITY_NAMES]]!;
    wb.getWorksheet(ref.sheet)!.getCell(ref.rowIndex + 1, ref.colIndex + 1).value = value;
  }
  const meta = wb.getWorksheet(META_SHEET)!;
  meta.eachRow((r) => {
    const key = String(r.getCell(1).value);
    if (change.meta && key in change.meta) r.getCell(2).value = change.meta[key]!;
  });
  await writeFile(to, await excelBytes(wb));
}

export async function open(file: string): Promise<Workbook> {
  return openExcel(await readFile(file));
}

/** The number in a cell as the sheet shows it: percentages in points (the cell holds 0.4834 for 48.34%). */
export function shown(wb: Workbook, sheet: string, row: string, col: string): number | null {
  const cell = locateSheet(wb, sheet).cell(row, col);
  const v = cell.value;
  if (v === null || v === undefined || v === '') return null;
  if (typeof v !== 'number') throw new Error(`${sheet} ${row} ${col} holds ${JSON.stringify(v)}`);
  return cell.numFmt?.includes('%') ? Number((v * 100).toPrecision(12)) : v;
}

export async function digest(file: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
}

export async function digests(files: string[]): Promise<string[]> {
  return Promise.all(files.map(digest));
}
