/**
 * Xuất biểu đã kiểm: writes the results sheet, the explanations sheet and the stamp into the open workbook, in
 * three syncs; the explanations of findings that no longer exist are dropped, and returned.
 */
import {
  EXPLANATION_PREFIX,
  META_KEYS,
  META_SHEET,
  check,
  previousMismatch,
  readiness,
  screenOwnPrevious,
  unitFigures,
  withUnusual,
  type Explanation,
  type UnitFigures,
  type CompiledPack,
  type Lang,
  type Report,
} from '../engine/index.js';
import { WORKBOOK_FILE } from './checkInExcel.js';
import { WorkbookLockedError } from './errors.js';
import { readExcelWorkbook } from './readExcelWorkbook.js';
import { writeReportSheets } from './writeReportSheets.js';

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
    const written = writeReportSheets(sheets, [...names], read.raw.meta ?? {}, report, pack, lang, checkedAt);
    const stamp = {
      [META_KEYS.inputStamp]: stamped.stamp.value,
      [META_KEYS.checkedAt]: checkedAt,
      ...written,
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

/** The check with the screen against the unit's previous workbook added, while it is still this unit's earlier one. */
export function withPrevious(pack: CompiledPack, checked: ReturnType<typeof check>, previous: UnitFigures): Report {
  const { report, located, values } = checked;
  if (previousMismatch(report.unit, previous.unit)) return report;
  const figures = unitFigures(pack, located, values, report.unit);
  return withUnusual(report, screenOwnPrevious(pack, figures, previous), ['previous']);
}
