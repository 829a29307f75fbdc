/** One Excel cell, as the Office API reports it, turned into what the engine reads: as src/xlsx/rawCell does. */
import type { RawCell } from '../engine/workbook.js';

export function rawCellOfExcel(value: unknown, valueType: string, numberFormat: unknown, formula: unknown): RawCell | undefined {
  if (valueType === 'Empty' || value === '' || value === null || value === undefined) return undefined;
  const raw: RawCell = valueType === 'Error' ? { value: null, error: String(value) } : { value: value as RawCell['value'] };
  if (typeof formula === 'string' && formula.startsWith('=')) raw.formula = true;
  if (typeof numberFormat === 'string' && numberFormat !== 'General') raw.numFmt = numberFormat;
  return raw;
}
