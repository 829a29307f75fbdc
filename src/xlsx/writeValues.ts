/** Puts figures into a template by codes, leaving everything else of the workbook as it was. */
import type { CellValue, Workbook } from 'exceljs';
import {
  cellAt,
  locateTemplate,
  type CellInput,
  type ColumnSpec,
  type CompiledPack,
  type SheetSpec,
  type Values,
} from '../engine/index.js';
import { NoCellError, NotInPackError } from './errors.js';
import { loadWorkbook } from './loadWorkbook.js';
import { rawWorkbookOf } from './rawWorkbookOf.js';
import { toBytes } from './toBytes.js';

const NAME = 'template.xlsx';

/**
 * Cells are found as the checker finds them (locateTemplate). Percent values are given in percentage
 * points and stored as the fractions Excel shows as %; null clears a cell.
 */
export async function writeValues(template: Uint8Array, pack: CompiledPack, values: Values): Promise<Uint8Array> {
  const workbook = await loadWorkbook(template, NAME);
  putValues(workbook, pack, values);
  return toBytes(workbook);
}

/** writeValues on a workbook already open. */
export function putValues(workbook: Workbook, pack: CompiledPack, values: Values): void {
  const { grids } = locateTemplate(pack, rawWorkbookOf(workbook), NAME);
  for (const [sheetCode, rows] of Object.entries(values)) {
    const spec = pack.pack.sheets.find((s) => s.code === sheetCode);
    if (!spec) throw new NotInPackError(sheetCode);
    for (const [rowCode, cells] of Object.entries(rows)) {
      if (!spec.rows.some((r) => r.code === rowCode)) throw new NotInPackError(`${sheetCode} › ${rowCode}`);
      for (const [colCode, value] of Object.entries(cells)) {
        const column = columnOf(spec, colCode);
        const at = cellAt(grids.get(sheetCode), rowCode, colCode);
        if (!at) throw new NoCellError(sheetCode, rowCode, colCode);
        workbook.getWorksheet(at.sheet.name)!.getCell(at.rowIndex + 1, at.colIndex + 1).value = stored(value, column);
      }
    }
  }
}

function columnOf(spec: SheetSpec, colCode: string): ColumnSpec {
  const column = spec.columns.find((c) => c.code === colCode);
  if (!column) throw new NotInPackError(`${spec.code} › ${colCode}`);
  return column;
}

function stored(value: CellInput, column: ColumnSpec): CellValue {
  if (typeof value !== 'number' || column.kind !== 'percent') return value;
  // 15 significant digits drop the binary noise of the division: 48.34 / 100 is 0.4834.
  return Number((value / 100).toPrecision(15));
}
