/**
 * The page without Excel: the clerk's explanations are kept with the opened workbook's report, and go into
 * the checked copy she downloads; her previous workbook, when chosen, screens the opened one.
 */
import {
  previousRefusal,
  check,
  explanationRow,
  findingKey,
  screenOwnPrevious,
  unitFigures,
  withUnusual,
  type Explanation,
} from '../../src/engine/index.js';
import type { SaveExplanation } from './explanationsView.js';
import { previousPicker, type PreviousChoice } from './previousWorkbook.js';
import { bytesOf, type StandalonePage } from './standalonePage.js';

const previousOf = new WeakMap<StandalonePage, PreviousChoice>();

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
    page.view.updateReport(report);
  };
}

/** The file input "Biểu kỳ trước": the opened workbook is screened against it; so is the next one opened. */
export function previousInPage(page: StandalonePage): void {
  const current = async () => page.opened?.report.unit;
  previousPicker(page.view, page.pack, current, (choice) => {
    previousOf.set(page, choice);
    void screenOpened(page);
  });
}

/**
 * Screens the opened workbook against the previous one, if chosen and of its unit and an earlier period,
 * keeping the explanations typed so far and the Web Worker's suspects (it does not localise again).
 */
export async function screenOpened(page: StandalonePage): Promise<void> {
  const previous = previousOf.get(page);
  const opened = page.opened;
  if (!previous || !opened) return;
  const { readWorkbook } = await import('../../src/xlsx/readWorkbook.js');
  const { file } = opened;
  const checked = check(page.pack, await readWorkbook(await bytesOf(file), file.name), file.name, { suspects: false });
  const refused = previousRefusal(previous.name, checked.report.unit, previous.figures.unit);
  if (refused) return page.view.status((_, lang) => refused[lang], 'error');
  const figures = unitFigures(page.pack, checked.located, checked.values, checked.report.unit);
  const screened = withUnusual(checked.report, screenOwnPrevious(page.pack, figures, previous.figures), ['previous']);
  const shown = page.opened;
  if (shown?.file !== file) return;
  const { explanations, suspects } = shown.report;
  const report = { ...screened, ...(explanations && { explanations }), ...(suspects && { suspects }) };
  page.setOpened({ file, report });
  page.view.updateReport(report);
}
