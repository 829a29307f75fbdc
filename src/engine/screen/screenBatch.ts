/** The screens of a supervisor's batch: across its units, and against their previous workbooks when given. */
import type { CompiledPack } from '../pack/compilePack.js';
import type { UnusualFigure } from '../check/finding.js';
import type { Report } from '../check/validate.js';
import type { ScreenKind } from './screenKind.js';
import { screenAcross } from './screenAcross.js';
import { screenPrevious } from './screenPrevious.js';
import type { UnitFigures } from './unitFigures.js';

/**
 * Findings per entry of `units` (none for a file that could not be checked); `previous[i]`, when given,
 * is entry i's previous-period figures (pairPrevious), undefined where it has none to be screened against.
 */
export function screenBatch(
  pack: CompiledPack,
  units: (UnitFigures | undefined)[],
  previous?: (UnitFigures | undefined)[],
): UnusualFigure[][] {
  const given = units.flatMap((u, i) => (u ? [{ u, i }] : []));
  const figures = given.map((g) => g.u);
  const across = screenAcross(pack, figures);
  const before = previous
    ? screenPrevious(
        pack,
        figures,
        given.map((g) => previous[g.i]),
      )
    : [];
  const out = units.map((): UnusualFigure[] => []);
  given.forEach(({ i }, k) => out[i]!.push(...across[k]!, ...(before[k] ?? [])));
  return out;
}

/**
 * The report with unusual figures added to its findings and counted as warnings; `ran` names the screens
 * that were run on it beyond the pack's limits, whatever they found.
 */
export function withUnusual(report: Report, found: UnusualFigure[], ran: ScreenKind[]): Report {
  const screened = [...new Set([...(report.screened ?? []), ...ran])];
  const counts = { ...report.counts, warnings: report.counts.warnings + found.length };
  return { ...report, findings: [...report.findings, ...found], counts, screened };
}
