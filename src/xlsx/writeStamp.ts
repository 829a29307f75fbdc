/** Stores a check's stamp in the workbook's meta sheet, beside the pack identity. */
import type { Workbook, Worksheet } from 'exceljs';
import { META_KEYS, META_SHEET } from '../engine/index.js';

export function writeStamp(workbook: Workbook, stamp: string, checkedAt: string): void {
  const worksheet = workbook.getWorksheet(META_SHEET) ?? workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  setMeta(worksheet, META_KEYS.inputStamp, stamp);
  setMeta(worksheet, META_KEYS.checkedAt, checkedAt);
}

/** Sets the value of a key/value row, adding the row after the last when the key is new. */
export function setMeta(worksheet: Worksheet, key: string, value: string): void {
  let row = 1;
  while (row <= worksheet.rowCount && worksheet.getCell(row, 1).value !== key) row++;
  worksheet.getCell(row, 1).value = key;
  worksheet.getCell(row, 2).value = value;
}
