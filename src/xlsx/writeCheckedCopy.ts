/**
 * The checked copy of an uploaded workbook, plus the results sheet and the stamp. Its sheets are rewritten
 * by exceljs, which keeps values, formats, names and protection, not charts or images.
 */
import {
  META_KEYS,
  META_SHEET,
  readiness,
  RESULTS_HEADER_ROW,
  RESULTS_WIDTHS,
  resultRows,
  resultsSheetName,
  validate,
  type CompiledPack,
  type Explanation,
  type Lang,
  type Report,
} from '../engine/index.js';
import { dropExplanations } from './writeExplanations.js';
import { loadWorkbook } from './loadWorkbook.js';
import { writePrintable } from './printableSheet.js';
import { toBytes } from './toBytes.js';
import { rawWorkbookOf } from './rawWorkbookOf.js';
import { setMeta, writeStamp } from './writeStamp.js';

/**
 * `report` must be the check of these very bytes: its stamp is what gets stored — made again without the
 * explanations of findings that no longer exist, which are dropped and returned.
 */
export async function writeCheckedCopy(
  data: Uint8Array,
  fileName: string,
  report: Report,
  pack: CompiledPack,
  lang: Lang,
  checkedAt: string,
): Promise<{ bytes: Uint8Array; dropped: Explanation[] }> {
  const workbook = await loadWorkbook(data, fileName);
  const dropped = readiness(report).leftOver;
  dropExplanations(
    workbook,
    dropped.map((e) => e.key),
  );
  const stamp = dropped.length ? validate(pack, rawWorkbookOf(workbook), fileName).stamp.value : report.stamp.value;
  const ours = rawWorkbookOf(workbook).meta?.[META_KEYS.resultsSheet];
  const old = ours === undefined ? undefined : workbook.getWorksheet(ours);
  if (old) workbook.removeWorksheet(old.id);
  const name = resultsSheetName(
    lang,
    workbook.worksheets.map((w) => w.name),
    ours,
  );
  const sheet = workbook.addWorksheet(name);
  const rows = resultRows(report, pack, lang, checkedAt);
  writePrintable(sheet, { rows, widths: RESULTS_WIDTHS, headers: [RESULTS_HEADER_ROW] }, lang);
  writeStamp(workbook, stamp, checkedAt);
  setMeta(workbook.getWorksheet(META_SHEET)!, META_KEYS.resultsSheet, name);
  return { bytes: await toBytes(workbook), dropped };
}
