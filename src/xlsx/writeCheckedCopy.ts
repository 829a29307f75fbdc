/** The checked copy of an uploaded workbook: its own sheets untouched, plus the results sheet and the stamp. */
import type { CompiledPack } from '../engine/compilePack.js';
import type { Lang } from '../engine/pack.js';
import { RESULTS_HEADER_ROW, RESULTS_SHEET, resultRows } from '../engine/resultRows.js';
import type { Report } from '../engine/validate.js';
import { loadWorkbook } from './loadWorkbook.js';
import { toBytes } from './toBytes.js';
import { writeStamp } from './writeStamp.js';

const WIDTHS = [6, 10, 8, 14, 14, 70, 12, 12];

/** `report` must be the check of these very bytes: its stamp is what gets stored. */
export async function writeCheckedCopy(
  data: Uint8Array,
  fileName: string,
  report: Report,
  pack: CompiledPack,
  lang: Lang,
  checkedAt: string,
): Promise<Uint8Array> {
  const workbook = await loadWorkbook(data, fileName);
  for (const name of [RESULTS_SHEET.vi, RESULTS_SHEET.en]) {
    const old = workbook.getWorksheet(name);
    if (old) workbook.removeWorksheet(old.id);
  }
  const sheet = workbook.addWorksheet(RESULTS_SHEET[lang]);
  resultRows(report, pack, lang, checkedAt).forEach((row) => sheet.addRow(row));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(RESULTS_HEADER_ROW + 1).font = { bold: true };
  WIDTHS.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  writeStamp(workbook, report.stamp.value, checkedAt);
  return toBytes(workbook);
}
