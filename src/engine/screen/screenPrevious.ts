/** Each count against the same unit's previous-period workbook (pairPrevious): Hidiroglou–Berthelot. */
import type { CompiledPack } from '../pack/compilePack.js';
import type { UnusualFigure } from '../check/finding.js';
import { hidiroglouBerthelot } from './hidiroglouBerthelot.js';
import { countOf, previousFinding } from './previousFinding.js';
import type { UnitFigures } from './unitFigures.js';

/** Findings per unit of `units`, in the order given; `previous[i]` is unit i's, undefined for none. */
export function screenPrevious(
  pack: CompiledPack,
  units: UnitFigures[],
  previous: (UnitFigures | undefined)[],
): UnusualFigure[][] {
  const out = units.map((): UnusualFigure[] => []);
  const pairs = units.flatMap((u, i) => {
    const p = previous[i];
    return p ? [{ i, u, p }] : [];
  });
  const settings = pack.screens.previous;
  const prev = new Float64Array(pairs.length);
  const cur = new Float64Array(pairs.length);
  for (const s of settings.slots) {
    pairs.forEach(({ u, p }, k) => {
      prev[k] = countOf(p, s);
      cur[k] = countOf(u, s);
    });
    for (const o of hidiroglouBerthelot(prev, cur, settings)) {
      const { i, u } = pairs[o.unit]!;
      const counts = { previous: prev[o.unit]!, current: cur[o.unit]! };
      out[i]!.push(previousFinding(pack, u, s, o, counts, settings.c));
    }
  }
  return out;
}
