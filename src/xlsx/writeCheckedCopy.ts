/**
 * The checked copy of an uploaded workbook, plus the results sheet and the stamp. Its sheets are rewritten
 * by exceljs, which keeps values, formats, names and protection, not charts or images.
 */
import { META_KEYS, META_SHEET, RESULTS_HEADER_ROW, RESULTS_WIDTHS, resultRows, resultsSheetName, type CompiledPack, type Lang, type Report } from '../engine/index.js';
import { loadWorkbook } from './loadWorkbook.js';
import { writePrintable } from './printableSheet.js';
import { toBytes } from './toBytes.js';
import { rawWorkbookOf } from './rawWorkbookOf.js';
import { setMeta, writeStamp } from './writeStamp.js';

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
  const ours = rawWorkbookOf(workbook).meta?.[META_KEYS.resultsSheet];
  const old = ours === undefined ? undefined : workbook.getWorksheet(ours);
  if (old) workbook.removeWorksheet(old.id);
  const name = resultsSheetName(lang, workbook.worksheets.map((w) => w.name), ours);
  const sheet = workbook.addWorksheet(name);
  writePrintable(sheet, { rows: resultRows(report, pack, lang, checkedAt), widths: RESULTS_WIDTHS, headers: [RESULTS_HEADER_ROW] });
  writeStamp(workbook, report.stamp.value, checkedAt);
  setMeta(workbook.getWorksheet(META_SHEET)!, META_KEYS.resultsSheet, name);
  return toBytes(workbook);
}
