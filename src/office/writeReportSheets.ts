/**
 * The sheets an export writes into the open workbook, the results and the explanations (none when no
 * warning is explained), each replacing the one the last export wrote: commands only, sent by the caller's sync.
 */
import {
  explanationRows,
  explanationsSheetName,
  META_KEYS,
  RESULTS_HEADER_ROW,
  RESULTS_WIDTHS,
  resultRows,
  resultsSheetName,
  type CompiledPack,
  type Lang,
  type PrintableSheet,
  type Report,
} from '../engine/index.js';
import { writePrintableSheet } from './writePrintableSheet.js';

type NameOf = (lang: Lang, existing: string[], ours: string | undefined) => string;

/** `existing`: the workbook's sheet names; `meta`: its meta sheet. Returns the meta rows naming what was written. */
export function writeReportSheets(
  sheets: Excel.WorksheetCollection,
  existing: string[],
  meta: Record<string, string>,
  report: Report,
  pack: CompiledPack,
  lang: Lang,
  checkedAt: string,
): Record<string, string> {
  const names = new Set(existing);
  const replace = (key: string, p: PrintableSheet | undefined, nameOf: NameOf) => {
    const ours = meta[key];
    if (ours && names.delete(ours)) sheets.getItem(ours).delete();
    if (!p) return '';
    const name = nameOf(lang, [...names], ours);
    writePrintableSheet(sheets.add(name), p, lang);
    names.add(name);
    return name;
  };
  const results = {
    rows: resultRows(report, pack, lang, checkedAt),
    widths: RESULTS_WIDTHS,
    headers: [RESULTS_HEADER_ROW],
  };
  return {
    [META_KEYS.resultsSheet]: replace(META_KEYS.resultsSheet, results, resultsSheetName),
    [META_KEYS.explanationsSheet]: replace(
      META_KEYS.explanationsSheet,
      explanationRows(report, pack, lang, checkedAt),
      explanationsSheetName,
    ),
  };
}
