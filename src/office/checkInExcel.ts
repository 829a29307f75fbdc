/**
 * Kiểm tra in Excel: read the workbook, check it, paint the findings' cells. Four syncs at most. The likely
 * wrong cells are left to the pane's Web Worker, then painted by paintSuspectsInExcel.
 */
import {
  check,
  type CompiledPack,
  type Located,
  type RawWorkbook,
  type Report,
  type UnitFigures,
} from '../engine/index.js';
import { withPrevious } from './exportChecked.js';
import { FillsLockedError } from './errors.js';
import { planHighlights, targetsOf, type Originals } from './highlightPlan.js';
import { paintHighlights } from './paintHighlights.js';
import { readExcelWorkbook } from './readExcelWorkbook.js';

export interface ExcelCheck {
  report: Report;
  /** Fills to put back when the highlights are cleared. */
  originals: Originals;
  /** Why some cells could not be painted, if any. */
  notice?: FillsLockedError;
  /** The workbook as read, for the written report's cross-check and the worker's localisation. */
  workbook: RawWorkbook;
  /** Where its cells were found, and the sheets locked against formatting, to paint the suspects later. */
  located: Located;
  locked: string[];
}

export const WORKBOOK_FILE = 'Sổ tính đang mở';

/**
 * With `highlight` false only the highlights already painted are cleared: Xoá đánh dấu. `previous`: the
 * unit's previous workbook, when the clerk chose one.
 */
export async function checkInExcel(
  pack: CompiledPack,
  originals: Originals,
  highlight = true,
  previous?: UnitFigures,
): Promise<ExcelCheck> {
  return Excel.run(async (context) => {
    const read = await readExcelWorkbook(
      context,
      pack.pack.sheets.map((s) => s.name),
    );
    const checked = check(pack, read.raw, WORKBOOK_FILE, { suspects: false });
    const { located } = checked;
    const report = previous ? withPrevious(pack, checked, previous) : checked.report;
    const plan = planHighlights(originals, highlight ? targetsOf(report.findings, report.suspects) : [], located);
    const lockedNames = read.sheets.filter((s) => s.fillsLocked).map((s) => s.name);
    const touched = new Set([...plan.paint, ...plan.restore].map((t) => t.sheetName));
    const blocked = lockedNames.filter((n) => touched.has(n));
    const next = await paintHighlights(context, plan, originals, new Set(lockedNames));
    return {
      report,
      originals: next,
      workbook: read.raw,
      located,
      locked: lockedNames,
      ...(blocked.length ? { notice: new FillsLockedError(blocked) } : {}),
    };
  });
}
