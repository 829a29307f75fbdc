/**
 * Xuất biểu đã kiểm: writes the results sheet, the explanations sheet and the stamp into the open workbook, in
 * three syncs; the explanations of findings that no longer exist are dropped, and returned. The likely wrong
 * cells come from the caller's `localise` (the pane's Web Worker), asked between the read and the write.
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
  type RawWorkbook,
  type Report,
  type SuspectGroup,
} from '../engine/index.js';
import { asText } from './asText.js';
import { WORKBOOK_FILE } from './checkInExcel.js';
import { WorkbookLockedError } from './errors.js';
import { readExcelWorkbook } from './readExcelWorkbook.js';
import { writeReportSheets } from './writeReportSheets.js';

export interface ExportOptions {
  /** The likely wrong cells of the workbook as read; a rejection writes nothing. */
  localise: (workbook: RawWorkbook) => Promise<SuspectGroup[]>;
  /** The unit's previous workbook, when chosen; its screen's warnings keep their explanations. */
  previous?: UnitFigures;
}

export async function exportChecked(
  pack: CompiledPack,
  lang: Lang,
  checkedAt: string,
  { localise, previous }: ExportOptions,
): Promise<{ report: Report; dropped: Explanation[] }> {
  return Excel.run(async (context) => {
    const read = await readExcelWorkbook(
      context,
      pack.pack.sheets.map((s) => s.name),
    );
    const checked = check(pack, read.raw, WORKBOOK_FILE, { suspects: false });
    const found = previous ? withPrevious(pack, checked, previous) : checked.report;
    const dropped = readiness(found).leftOver;
    const gone = new Set(dropped.map((e) => `${EXPLANATION_PREFIX}${e.key}`));
    const kept = Object.fromEntries(Object.entries(read.raw.meta ?? {}).filter(([k]) => !gone.has(k)));
    const stamp = dropped.length
      ? check(pack, { ...read.raw, meta: kept }, WORKBOOK_FILE, { suspects: false }).report.stamp
      : found.stamp;
    if (read.structureLocked) throw new WorkbookLockedError();
    const report: Report = { ...found, suspects: await localise(read.raw) };
    const sheets = context.workbook.worksheets;
    const names = new Set(read.sheets.map((s) => s.name));
    const written = writeReportSheets(sheets, [...names], read.raw.meta ?? {}, report, pack, lang, checkedAt);
    const meta = { ...kept, [META_KEYS.inputStamp]: stamp.value, [META_KEYS.checkedAt]: checkedAt, ...written };
    const metaSheet = names.has(META_SHEET) ? sheets.getItem(META_SHEET) : sheets.add(META_SHEET);
    const entries = Object.entries(meta);
    const blank = Array.from({ length: gone.size }, () => ['', '']);
    metaSheet.getRange(`A1:B${entries.length + blank.length}`).values = asText([...entries, ...blank]);
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
