/**
 * Xuất biểu đã kiểm: writes the results sheet and the stamp into the open workbook, in three syncs; the
 * explanations of findings that no longer exist are dropped, and returned.
 */
import {
  EXPLANATION_PREFIX,
  META_KEYS,
  META_SHEET,
  RESULTS_HEADER_ROW,
  address,
  check,
  readiness,
  resultRows,
  screenOwnPrevious,
  unitFigures,
  withUnusual,
  type Explanation,
  type UnitFigures,
  resultsSheetName,
  type CompiledPack,
  type Lang,
  type Report,
  type ResultCell,
} from '../engine/index.js';
import { WORKBOOK_FILE } from './checkInExcel.js';
import { WorkbookLockedError } from './errors.js';
import { readExcelWorkbook } from './readExcelWorkbook.js';

const WIDTHS = [40, 70, 60, 90, 90, 420, 70, 70];

/** `previous`: the unit's previous workbook, when chosen; its screen's warnings keep their explanations. */
export async function exportChecked(
  pack: CompiledPack,
  lang: Lang,
  checkedAt: string,
  previous?: UnitFigures,
): Promise<{ report: Report; dropped: Explanation[] }> {
  return Excel.run(async (context) => {
    const read = await readExcelWorkbook(
      context,
      pack.pack.sheets.map((s) => s.name),
    );
    const checked = check(pack, read.raw, WORKBOOK_FILE);
    const report = previous ? withPrevious(pack, checked, previous) : checked.report;
    const dropped = readiness(report).leftOver;
    const gone = new Set(dropped.map((e) => `${EXPLANATION_PREFIX}${e.key}`));
    const kept = Object.fromEntries(Object.entries(read.raw.meta ?? {}).filter(([k]) => !gone.has(k)));
    const stamped = dropped.length ? check(pack, { ...read.raw, meta: kept }, WORKBOOK_FILE).report : report;
    if (read.structureLocked) throw new WorkbookLockedError();
    const sheets = context.workbook.worksheets;
    const names = new Set(read.sheets.map((s) => s.name));
    const ours = read.raw.meta?.[META_KEYS.resultsSheet];
    if (ours && names.has(ours)) sheets.getItem(ours).delete();
    const resultsName = resultsSheetName(lang, [...names], ours);
    writeResults(sheets.add(resultsName), resultRows(report, pack, lang, checkedAt));
    const stamp = {
      [META_KEYS.inputStamp]: stamped.stamp.value,
      [META_KEYS.checkedAt]: checkedAt,
      [META_KEYS.resultsSheet]: resultsName,
    };
    const meta = { ...kept, ...stamp };
    const metaSheet = names.has(META_SHEET) ? sheets.getItem(META_SHEET) : sheets.add(META_SHEET);
    const entries = Object.entries(meta);
    const blank = Array.from({ length: gone.size }, () => ['', '']);
    metaSheet.getRange(`A1:B${entries.length + blank.length}`).values = [...entries, ...blank];
    if (!names.has(META_SHEET)) metaSheet.visibility = 'VeryHidden';
    await context.sync();
    return { report, dropped };
  });
}

/** The check with the screen against the unit's previous workbook added. */
export function withPrevious(pack: CompiledPack, checked: ReturnType<typeof check>, previous: UnitFigures): Report {
  const { report, located, values } = checked;
  const figures = unitFigures(pack, located, values, report.unit);
  return withUnusual(report, screenOwnPrevious(pack, figures, previous));
}

function writeResults(sheet: Excel.Worksheet, rows: ResultCell[][]): void {
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
  sheet.getRange(`A1:${address(values.length - 1, width - 1)}`).values = values;
  sheet.getRange('A1').format.font.bold = true;
  sheet.getRange(`A${RESULTS_HEADER_ROW + 1}:${address(RESULTS_HEADER_ROW, width - 1)}`).format.font.bold = true;
  WIDTHS.forEach((w, i) => (sheet.getRange(address(0, i)).format.columnWidth = w));
}
