/**
 * The checked copy of an uploaded workbook, plus the results sheet and the stamp. Its sheets are rewritten
 * by exceljs, which keeps values, formats, names and protection, not charts or images.
 */
import {
  EXPLANATION_PREFIX,
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
import { dropExplanations, writeExplanations } from './writeExplanations.js';
import { loadWorkbook } from './loadWorkbook.js';
import { writePrintable } from './printableSheet.js';
import { toBytes } from './toBytes.js';
import { rawWorkbookOf } from './rawWorkbookOf.js';
import { setMeta, writeStamp } from './writeStamp.js';

/**
 * `report` is the check of these bytes, with the explanations as the clerk left them (the page keeps her
 * edits in it): those are what the copy holds, but for explanations of findings that no longer exist,
 * which are dropped and returned. The stamp is made again over what is kept.
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
  const own = Object.keys(rawWorkbookOf(workbook).meta ?? {}).filter((k) => k.startsWith(EXPLANATION_PREFIX));
  dropExplanations(
    workbook,
    own.map((k) => k.slice(EXPLANATION_PREFIX.length)),
  );
  const kept = (report.explanations ?? []).filter((e) => !dropped.includes(e));
  writeExplanations(
    workbook,
    kept.map((e) => [`${EXPLANATION_PREFIX}${e.key}`, JSON.stringify({ text: e.text, at: e.at, values: e.values })]),
  );
  const stamp = validate(pack, rawWorkbookOf(workbook), fileName).stamp.value;
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
