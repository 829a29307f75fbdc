/** Where a template keeps what identifies it; shared by the writers and the reader. */
import type { RawSheet } from './workbook.js';

export const META_SHEET = '_kiembieu';
export const META_KEYS = {
  packId: 'packId',
  packVersion: 'packVersion',
  /** sha256 of the input cells when the workbook was last checked and exported (check/inputStamp.ts). */
  inputStamp: 'inputStamp',
  /** ISO time of that check. */
  checkedAt: 'checkedAt',
  /** ISO time a workbook was made by `consolidate` from its units' workbooks. */
  consolidatedAt: 'consolidatedAt',
  /** How many units' workbooks went into it (they are listed on its units sheet). */
  consolidatedUnits: 'consolidatedUnits',
  /** Name of the results sheet the last export wrote: the one the next export replaces. */
  resultsSheet: 'resultsSheet',
  /** Name of the explanations sheet the last export wrote; "" when it wrote none. */
  explanationsSheet: 'explanationsSheet',
} as const;

/** The fill of a template's input cells, as RGB hex. */
export const INPUT_FILL_RGB = 'FFF2CC';

/** Defined names of the reporting unit's identity cells, in the title block of the first sheet. */
export const IDENTITY_NAMES = { name: 'KB_UNIT_NAME', code: 'KB_UNIT_CODE', period: 'KB_PERIOD' } as const;

/** Defined name of the title cell of a template sheet: finds the sheet after a rename. */
export function sheetMarkerName(sheetCode: string): string {
  return `KB_SHEET_${sheetCode.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

/** Sheet names as Excel compares them: two names that differ only in letter case are one. */
export function sheetNameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** The meta sheet's key/value rows: column A the key, B the value; the same for every adapter. */
export function metaOf(sheet: RawSheet): Record<string, string> {
  // Keys are what the sheet holds, "__proto__" included: a record without a prototype.
  const meta: Record<string, string> = Object.create(null);
  for (const row of sheet.cells) {
    const key = row[0]?.value;
    if (key !== null && key !== undefined) meta[String(key)] = String(row[1]?.value ?? '');
  }
  return meta;
}
