/** Each count against the same unit's previous-period workbook, matched by unit code: Hidiroglou–Berthelot. */
import type { CompiledPack } from '../pack/compilePack.js';
import type { UnusualFigure } from '../check/finding.js';
import { matchKey } from '../workbook/unitIdentity.js';
import { hidiroglouBerthelot } from './hidiroglouBerthelot.js';
import { countOf, previousFinding } from './previousFinding.js';
import type { UnitFigures } from './unitFigures.js';

/** Findings per unit of `units`, in the order given; units without a code or a previous workbook are left out. */
export function screenPrevious(pack: CompiledPack, units: UnitFigures[], previous: UnitFigures[]): UnusualFigure[][] {
  const out = units.map((): UnusualFigure[] => []);
  const before = new Map(previous.filter((p) => p.unit.code).map((p) => [matchKey(p.unit.code), p]));
  const pairs = units.flatMap((u, i) => {
    const p = u.unit.code ? before.get(matchKey(u.unit.code)) : undefined;
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
