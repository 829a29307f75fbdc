/** Each ratio of the pack, each unit against the others of the batch: the modified z-score. */
import type { CompiledPack } from '../pack/compilePack.js';
import type { FindingCell, UnusualFigure } from '../check/finding.js';
import type { CompiledRatio } from './compileScreens.js';
import { commonValues, modifiedZ, robustCentre, type RobustCentre } from './modifiedZ.js';
import { figureCell, type UnitFigures } from './unitFigures.js';

/** Findings per unit, in the order given. */
export function screenAcross(pack: CompiledPack, units: UnitFigures[]): UnusualFigure[][] {
  const out = units.map((): UnusualFigure[] => []);
  const { threshold, minUnits } = pack.screens.across;
  pack.screens.ratios.forEach((r, k) => {
    if (!r.across) return;
    const given = units.flatMap((u, i) => (screenable(r, u.ratios[k]!) ? [i] : []));
    if (given.length < minUnits) return;
    const figures = given.map((i) => units[i]!.ratios[k]!);
    const centre = robustCentre(figures.map(r.log ? Math.log : (v) => v), threshold);
    if (!centre) return;
    const common = commonValues(figures);
    const reference = referenceOf(r, centre, Math.min(...figures) >= 0);
    given.forEach((i, j) => {
      const v = figures[j]!;
      const z = modifiedZ(r.log ? Math.log(v) : v, centre);
      if (Math.abs(z) <= threshold || common.has(v)) return;
      out[i]!.push({
        code: 'unusual-across',
        rule: `screen.${r.id}`,
        severity: 'warning',
        cells: r.slots.map((s) => figureCell(pack, units[i]!, s)).filter((c): c is FindingCell => !!c),
        label: r.label,
        found: v,
        reference,
        distance: Math.abs(z),
        threshold,
        decimals: r.decimals,
        percent: r.scale === 100,
      });
    });
  });
  return out;
}

function screenable(r: CompiledRatio, v: number): boolean {
  return r.log ? v > 0 : !Number.isNaN(v);
}

/**
 * The median and the range not flagged, as figures (back from
 * the logarithm, and not below 0 for figures that never are).
 */
function referenceOf(r: CompiledRatio, c: RobustCentre, nonNegative: boolean): UnusualFigure['reference'] {
  if (r.log) return { median: Math.exp(c.median), lo: Math.exp(c.lo), hi: Math.exp(c.hi) };
  return { median: c.median, lo: nonNegative ? Math.max(0, c.lo) : c.lo, hi: c.hi };
}
