/**
 * The page without Excel: the clerk's explanations are kept with the opened workbook's report, and go into
 * the checked copy she downloads; her previous workbook, when chosen, screens the opened one.
 */
import {
  check,
  explanationRow,
  findingKey,
  screenOwnPrevious,
  unitFigures,
  withUnusual,
  type Explanation,
  type UnitFigures,
} from '../../src/engine/index.js';
import type { SaveExplanation } from './explanationsView.js';
import { previousPicker } from './previousWorkbook.js';
import { bytesOf, type StandalonePage } from './standalonePage.js';

const previousOf = new WeakMap<StandalonePage, UnitFigures>();

export function explainOpened(page: StandalonePage): SaveExplanation {
  return async (f, text) => {
    const opened = page.opened;
    if (!opened) return;
    const key = findingKey(f);
    const others = (opened.report.explanations ?? []).filter((e) => e.key !== key);
    const [, value] = explanationRow(f, text, new Date().toISOString());
    const added: Explanation[] = text.trim() ? [{ key, ...(JSON.parse(value) as Omit<Explanation, 'key'>) }] : [];
    const report = { ...opened.report, explanations: [...others, ...added] };
    page.setOpened({ ...opened, report });
    page.view.showReport(report);
  };
}

/** The file input "Biểu kỳ trước": the opened workbook is screened against it; so is the next one opened. */
export function previousInPage(page: StandalonePage): void {
  previousPicker(page.view, page.pack, (figures) => {
    previousOf.set(page, figures);
    void screenOpened(page);
  });
}

/** Screens the opened workbook against the previous one, if chosen, keeping the explanations typed so far. */
export async function screenOpened(page: StandalonePage): Promise<void> {
  const previous = previousOf.get(page);
  const opened = page.opened;
  if (!previous || !opened) return;
  const { readWorkbook } = await import('../../src/xlsx/readWorkbook.js');
  const { file, report: shown } = opened;
  const checked = check(page.pack, await readWorkbook(await bytesOf(file), file.name), file.name);
  const figures = unitFigures(page.pack, checked.located, checked.values, checked.report.unit);
  const screened = withUnusual(checked.report, screenOwnPrevious(page.pack, figures, previous));
  const report = { ...screened, ...(shown.explanations ? { explanations: shown.explanations } : {}) };
  page.setOpened({ file, report });
  page.view.showReport(report);
}
