/** A blank appendix workbook for a pack: one protected form per sheet, and the pack identity. */
import ExcelJS from 'exceljs';
import { IDENTITY_KEYS, IDENTITY_NAMES, sheetMarkerName, sheetRef, type Lang, type Pack } from '../engine/index.js';
import { drawSheet } from './drawSheet.js';
import { FIRST_VALUE_COL, IDENTITY_ROWS, TEMPLATE_ROWS, ROW_CODE_COL } from './templateLayout.js';
import { toBytes } from './toBytes.js';
import { writeMeta } from './writeMeta.js';

export async function writeTemplate(pack: Pack, lang: Lang = 'vi'): Promise<Uint8Array> {
  return toBytes(await templateWorkbook(pack, lang));
}

/** The template as an exceljs workbook, for writers that add to it before it is written out. */
export async function templateWorkbook(pack: Pack, lang: Lang = 'vi'): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'kiembieu';
  workbook.title = pack.title[lang];
  for (const [i, sheet] of pack.sheets.entries()) {
    const worksheet = workbook.addWorksheet(sheet.name);
    const identity = i === 0 ? pack.identity : undefined;
    await drawSheet(worksheet, sheet, lang, identity);
    workbook.definedNames.add(
      sheetRef(worksheet.name, TEMPLATE_ROWS.marker, ROW_CODE_COL),
      sheetMarkerName(sheet.code),
    );
    if (!identity) continue;
    for (const key of IDENTITY_KEYS)
      workbook.definedNames.add(sheetRef(worksheet.name, IDENTITY_ROWS[key], FIRST_VALUE_COL), IDENTITY_NAMES[key]);
  }
  writeMeta(workbook, pack, lang);
  return workbook;
}
