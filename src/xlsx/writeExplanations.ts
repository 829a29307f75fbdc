/** A unit's explanations of warnings, written to and dropped from the workbook's meta sheet. */
import type { Workbook } from 'exceljs';
import { EXPLANATION_PREFIX, META_SHEET } from '../engine/index.js';
import { setMeta } from './writeStamp.js';

/** Rows made by explanationRow(): each key set to its value. */
export function writeExplanations(workbook: Workbook, rows: [string, string][]): void {
  const meta = workbook.getWorksheet(META_SHEET) ?? workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  for (const [key, value] of rows) setMeta(meta, key, value);
}

/** Removes the explanations of the findings whose keys are given (findingKey()). */
export function dropExplanations(workbook: Workbook, keys: string[]): void {
  const meta = workbook.getWorksheet(META_SHEET);
  if (!meta || !keys.length) return;
  const drop = new Set(keys.map((k) => `${EXPLANATION_PREFIX}${k}`));
  for (let row = meta.rowCount; row >= 1; row--)
    if (drop.has(String(meta.getCell(row, 1).value))) meta.spliceRows(row, 1);
}
