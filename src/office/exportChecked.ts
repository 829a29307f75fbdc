/** Xuất biểu đã kiểm: writes the results sheet and the stamp into the open workbook, in three syncs. */
import {
  META_KEYS,
  META_SHEET,
  check,
  resultRows,
  resultsSheetName,
  type CompiledPack,
  type Lang,
  type Report,
} from '../engine/index.js';
import { WORKBOOK_FILE } from './checkInExcel.js';
import { WorkbookLockedError } from './errors.js';
import { readExcelWorkbook } from './readExcelWorkbook.js';
import { writeResultsSheet } from './writeResultsSheet.js';

export async function exportChecked(pack: CompiledPack, lang: Lang, checkedAt: string): Promise<Report> {
  return Excel.run(async (context) => {
    const read = await readExcelWorkbook(
      context,
      pack.pack.sheets.map((s) => s.name),
    );
    const { report } = check(pack, read.raw, WORKBOOK_FILE);
    if (read.structureLocked) throw new WorkbookLockedError();
    const sheets = context.workbook.worksheets;
    const names = new Set(read.sheets.map((s) => s.name));
    const ours = read.raw.meta?.[META_KEYS.resultsSheet];
    if (ours && names.has(ours)) sheets.getItem(ours).delete();
    const resultsName = resultsSheetName(lang, [...names], ours);
    writeResultsSheet(sheets.add(resultsName), resultRows(report, pack, lang, checkedAt), lang);
    const stamp = {
      [META_KEYS.inputStamp]: report.stamp.value,
      [META_KEYS.checkedAt]: checkedAt,
      [META_KEYS.resultsSheet]: resultsName,
    };
    const meta = { ...read.raw.meta, ...stamp };
    const metaSheet = names.has(META_SHEET) ? sheets.getItem(META_SHEET) : sheets.add(META_SHEET);
    const entries = Object.entries(meta);
    metaSheet.getRange(`A1:B${entries.length}`).values = entries;
    if (!names.has(META_SHEET)) metaSheet.visibility = 'VeryHidden';
    await context.sync();
    return report;
  });
}
