/** A blank appendix workbook for a pack: one protected form per sheet, and the pack identity. */
import ExcelJS from 'exceljs';
import { sheetMarkerName } from '../engine/layout.js';
import type { Lang, Pack } from '../engine/pack.js';
import { drawSheet } from './drawSheet.js';
import { sheetRef } from './sheetRef.js';
import { TEMPLATE_ROWS, ROW_CODE_COL } from './templateLayout.js';
import { toBytes } from './toBytes.js';
import { writeMeta } from './writeMeta.js';

export async function writeTemplate(pack: Pack, lang: Lang = 'vi'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'kiembieu';
  workbook.title = pack.title[lang];
  for (const sheet of pack.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    await drawSheet(worksheet, sheet, lang);
    workbook.definedNames.add(sheetRef(worksheet.name, TEMPLATE_ROWS.marker, ROW_CODE_COL), sheetMarkerName(sheet.code));
  }
  writeMeta(workbook, pack, lang);
  return toBytes(workbook);
}
