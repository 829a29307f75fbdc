/** The screens of a supervisor's batch: across its units, and against their previous workbooks when given. */
import type { CompiledPack } from '../pack/compilePack.js';
import type { UnusualFigure } from '../check/finding.js';
import type { Report } from '../check/validate.js';
import { screenAcross } from './screenAcross.js';
import { screenPrevious } from './screenPrevious.js';
import type { UnitFigures } from './unitFigures.js';

/** Findings per entry of `units` (none for a file that could not be checked). */
export function screenBatch(
  pack: CompiledPack,
  units: (UnitFigures | undefined)[],
  previous?: UnitFigures[],
): UnusualFigure[][] {
  const given = units.flatMap((u, i) => (u ? [{ u, i }] : []));
  const figures = given.map((g) => g.u);
  const across = screenAcross(pack, figures);
  const before = previous ? screenPrevious(pack, figures, previous) : [];
  const out = units.map((): UnusualFigure[] => []);
  given.forEach(({ i }, k) => out[i]!.push(...across[k]!, ...(before[k] ?? [])));
  return out;
}

/** The report with the batch's unusual figures added to its findings and counted as warnings. */
export function withUnusual(report: Report, found: UnusualFigure[]): Report {
  if (!found.length) return report;
  const counts = { ...report.counts, warnings: report.counts.warnings + found.length };
  return { ...report, findings: [...report.findings, ...found], counts };
}
