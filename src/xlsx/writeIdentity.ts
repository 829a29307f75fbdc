/** Types the reporting unit's name, code and period into a template's identity cells. */
import type { Workbook } from 'exceljs';
import { IDENTITY_KEYS, IDENTITY_NAMES, type UnitIdentity } from '../engine/index.js';
import { definedCells } from './definedCells.js';
import { NoIdentityCellError } from './errors.js';

/** Fields left out are left as they are; "" clears a field. */
export function writeIdentity(workbook: Workbook, identity: Partial<UnitIdentity>): void {
  const names = definedCells(workbook);
  for (const key of IDENTITY_KEYS) {
    const value = identity[key];
    if (value === undefined) continue;
    const ref = names[IDENTITY_NAMES[key]];
    const worksheet = ref && workbook.getWorksheet(ref.sheet);
    if (!ref || !worksheet) throw new NoIdentityCellError(IDENTITY_NAMES[key]);
    worksheet.getCell(ref.rowIndex + 1, ref.colIndex + 1).value = value === '' ? null : value;
  }
}
