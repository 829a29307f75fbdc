/** The name for a report sheet an export writes, beside the user's own sheets. */
import { sheetNameKey } from '../workbook/markers.js';

/**
 * `base`, unless a sheet of that name is taken: the one the last export wrote (`ours`) is replaced, a sheet
 * of the user's with that name is left alone and the new one numbered, "Giải trình (2)".
 */
export function freeSheetName(base: string, existing: string[], ours: string | undefined): string {
  const taken = new Set(existing.filter((n) => n !== ours).map(sheetNameKey));
  let name = base;
  for (let i = 2; taken.has(sheetNameKey(name)); i++) name = `${base} (${i})`;
  return name;
}
