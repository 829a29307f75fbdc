/** Puts figures into a template by codes, leaving everything else of the workbook as it was. */
import type { CellValue } from 'exceljs';
import type { ColumnSpec, Pack } from '../engine/pack.js';
import type { CellInput, Values } from '../engine/values.js';
import { NotInPackError } from './errors.js';
import { loadWorkbook } from './loadWorkbook.js';
import { locateSheet } from './locateSheet.js';
import { toBytes } from './toBytes.js';

/** Percent values are given in percentage points and stored as the fractions Excel shows as %; null clears a cell. */
export async function writeValues(template: Uint8Array, pack: Pack, values: Values): Promise<Uint8Array> {
  const workbook = await loadWorkbook(template, 'template.xlsx');
  for (const [sheetCode, rows] of Object.entries(values)) {
    const columns = packColumns(pack, sheetCode);
    const sheet = locateSheet(workbook, sheetCode);
    for (const [rowCode, cells] of Object.entries(rows)) {
      for (const [colCode, value] of Object.entries(cells)) {
        const column = columns.get(colCode);
        if (!column) throw new NotInPackError(`${sheetCode} › ${colCode}`);
        sheet.cell(rowCode, colCode).value = stored(value, column);
      }
    }
  }
  return toBytes(workbook);
}

function packColumns(pack: Pack, sheetCode: string): Map<string, ColumnSpec> {
  const sheet = pack.sheets.find((candidate) => candidate.code === sheetCode);
  if (!sheet) throw new NotInPackError(sheetCode);
  return new Map(sheet.columns.map((column) => [column.code, column]));
}

function stored(value: CellInput, column: ColumnSpec): CellValue {
  if (typeof value !== 'number' || column.kind !== 'percent') return value;
  // 15 significant digits drop the binary noise of the division: 48.34 / 100 is 0.4834.
  return Number((value / 100).toPrecision(15));
}
