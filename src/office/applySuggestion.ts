/**
 * Writes one cell on the clerk's click, only if it still holds what the check read (or what we wrote): one sync
 * to read, one to write; the number format is left as it is. Returns the change that puts the old value back.
 */
import { asText } from './asText.js';
import { CellChangedError, CellLockedError, FormulaCellError } from './errors.js';
import type { CellChange } from './suggestedChange.js';

export async function applySuggestion(change: CellChange): Promise<CellChange> {
  const { sheetName, address, holds, write } = change;
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const range = sheet.getRange(address).load('values,formulas');
    const format = range.format.protection.load('locked');
    const protection = sheet.protection.load('protected');
    await context.sync();
    if (range.values[0]?.[0] !== holds) throw new CellChangedError(sheetName, address);
    if (String(range.formulas[0]?.[0]).startsWith('=')) throw new FormulaCellError(sheetName, address);
    if (protection.protected && format.locked !== false) throw new CellLockedError(sheetName, address);
    range.values = asText([[write]]);
    await context.sync();
    return { sheetName, address, holds: write, write: holds };
  });
}
