/** Each ratio of the pack, each unit against the others of the batch: the modified z-score. */
import type { CompiledPack } from '../pack/compilePack.js';
import type { FindingCell, UnusualFigure } from '../check/finding.js';
import { commonValues, modifiedZ, robustCentre } from './modifiedZ.js';
import { figureCell, type UnitFigures } from './unitFigures.js';

/** Findings per unit, in the order given. */
export function screenAcross(pack: CompiledPack, units: UnitFigures[]): UnusualFigure[][] {
  const out = units.map((): UnusualFigure[] => []);
  const { threshold, minUnits } = pack.screens.across;
  pack.screens.ratios.forEach((r, k) => {
    if (!r.across) return;
    const given = units.flatMap((u, i) => (Number.isNaN(u.ratios[k]) ? [] : [i]));
    if (given.length < minUnits) return;
    const figures = given.map((i) => units[i]!.ratios[k]!);
    const centre = robustCentre(figures, threshold);
    if (!centre) return;
    const common = commonValues(figures);
    const floor = Math.min(...figures) >= 0 ? 0 : -Infinity;
    given.forEach((i, j) => {
      const v = figures[j]!;
      const z = modifiedZ(v, centre);
      if (Math.abs(z) <= threshold || common.has(v)) return;
      out[i]!.push({
        code: 'unusual-across',
        rule: `screen.${r.id}`,
        severity: 'warning',
        cells: r.slots.map((s) => figureCell(pack, units[i]!, s)).filter((c): c is FindingCell => !!c),
        label: r.label,
        found: v,
        reference: { median: centre.median, lo: Math.max(floor, centre.lo), hi: centre.hi },
        distance: Math.abs(z),
        threshold,
        decimals: r.decimals,
        percent: r.scale === 100,
      });
    });
  });
  return out;
}
