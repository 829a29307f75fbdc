/** One Excel cell, as the Office API reports it, turned into what the engine reads: as src/xlsx/rawCell does. */
import { isDateFormat, serialDateText, type RawCell } from '../engine/index.js';

export function rawCellOfExcel(value: unknown, valueType: string, numberFormat: unknown): RawCell | undefined {
  if (valueType === 'Empty' || value === '' || value === null || value === undefined) return undefined;
  const format = typeof numberFormat === 'string' && numberFormat !== 'General' ? numberFormat : undefined;
  const raw: RawCell =
    valueType === 'Error'
      ? { value: null, error: String(value) }
      : {
          value:
            typeof value === 'number' && format && isDateFormat(format)
              ? serialDateText(value)
              : (value as RawCell['value']),
        };
  if (format) raw.numFmt = format;
  return raw;
}
