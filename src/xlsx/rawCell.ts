/** One exceljs cell as the engine sees it: a plain value (a formula's cached result), its error and format. */
import type { Cell, CellValue } from 'exceljs';
import { dateText, type RawCell } from '../engine/index.js';

/** undefined for an empty cell, and for the cells a merge hides behind its first one. */
export function rawCell(cell: Cell): RawCell | undefined {
  if (cell.master !== cell || cell.value === null || cell.value === undefined) return undefined;
  const value = cell.value;
  // Built property by property: a spread copy reads several times slower in the checks that follow.
  const raw = plainCell(isFormula(value) ? value.result : value);
  if (cell.numFmt && cell.numFmt !== 'General') raw.numFmt = cell.numFmt;
  return raw;
}

function isFormula(value: CellValue): value is Extract<CellValue, { result?: unknown }> {
  return typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);
}

function plainCell(value: CellValue | undefined): RawCell {
  if (value === null || value === undefined) return { value: null };
  if (value instanceof Date) return { value: dateText(value) };
  if (typeof value !== 'object') return { value };
  if ('error' in value) return { value: null, error: value.error };
  if ('richText' in value) return { value: value.richText.map((run) => run.text).join('') };
  if ('text' in value) return plainCell(value.text as CellValue);
  return { value: null };
}
