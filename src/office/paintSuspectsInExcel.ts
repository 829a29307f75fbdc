/** The likely wrong cells in their deeper red, once found: one Excel.run, one sync (their fills are saved already). */
import type { Located, Report } from '../engine/index.js';
import { planHighlights, targetsOf, type Originals } from './highlightPlan.js';
import { paintHighlights } from './paintHighlights.js';

export function paintSuspectsInExcel(
  report: Report,
  located: Located,
  originals: Originals,
  locked: string[],
): Promise<Originals> {
  return Excel.run((context) =>
    paintHighlights(
      context,
      planHighlights(originals, targetsOf(report.findings, report.suspects), located),
      originals,
      new Set(locked),
    ),
  );
}
