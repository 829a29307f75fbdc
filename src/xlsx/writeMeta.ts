/** The pack identity a template carries: a very hidden key/value sheet and names on its values. */
import type { Workbook } from 'exceljs';
import { META_KEYS, META_SHEET, sheetRef, type Lang, type Pack } from '../engine/index.js';

export const META_TITLE_KEY = 'packTitle';
export const PACK_ID_NAME = 'KB_PACK_ID';
export const PACK_VERSION_NAME = 'KB_PACK_VERSION';

export function writeMeta(workbook: Workbook, pack: Pack, lang: Lang): void {
  const worksheet = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const entries = [
    [META_KEYS.packId, pack.id, PACK_ID_NAME],
    [META_KEYS.packVersion, pack.version, PACK_VERSION_NAME],
    [META_TITLE_KEY, pack.title[lang]],
  ];
  entries.forEach(([key, value, name], i) => {
    worksheet.getCell(i + 1, 1).value = key ?? null;
    worksheet.getCell(i + 1, 2).value = value ?? null;
    if (name) workbook.definedNames.add(sheetRef(META_SHEET, i + 1, 2), name);
  });
}
