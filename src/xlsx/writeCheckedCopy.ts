/**
 * The checked copy of an uploaded workbook, plus the results sheet, the explanations sheet and the stamp. Its
 * sheets are rewritten by exceljs, which keeps values, formats, names and protection, not charts or images.
 */
import {
  EXPLANATION_PREFIX,
  explanationRows,
  explanationsSheetName,
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
  type PrintableSheet,
  type Report,
} from '../engine/index.js';
import type { Workbook } from 'exceljs';
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
  const meta = rawWorkbookOf(workbook).meta;
  const rows = resultRows(report, pack, lang, checkedAt);
  const results = { rows, widths: RESULTS_WIDTHS, headers: [RESULTS_HEADER_ROW] };
  const name = replaceSheet(workbook, meta?.[META_KEYS.resultsSheet], results, lang, resultsSheetName);
  const explained = explanationRows(report, pack, lang, checkedAt);
  const ours = meta?.[META_KEYS.explanationsSheet];
  const explanations = replaceSheet(workbook, ours, explained, lang, explanationsSheetName);
  writeStamp(workbook, stamp, checkedAt);
  const metaSheet = workbook.getWorksheet(META_SHEET)!;
  setMeta(metaSheet, META_KEYS.resultsSheet, name);
  setMeta(metaSheet, META_KEYS.explanationsSheet, explanations);
  return { bytes: await toBytes(workbook), dropped };
}

/** Removes the sheet the last export wrote (`ours`), and writes `p` in a sheet named anew; "" when none. */
function replaceSheet(
  workbook: Workbook,
  ours: string | undefined,
  p: PrintableSheet | undefined,
  lang: Lang,
  nameOf: (lang: Lang, existing: string[], ours: string | undefined) => string,
): string {
  const old = ours ? workbook.getWorksheet(ours) : undefined;
  if (old) workbook.removeWorksheet(old.id);
  if (!p) return '';
  const names = workbook.worksheets.map((w) => w.name);
  const name = nameOf(lang, names, ours);
  writePrintable(workbook.addWorksheet(name), p, lang);
  return name;
}
