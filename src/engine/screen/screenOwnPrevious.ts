/**
 * One workbook against the same unit's previous one, with no other units to compare with (the clerk's
 * pane): Hidiroglou–Berthelot over the workbook's own counts, each count's change against the median
 * change of the others. A unit's counts are fewer and less alike than a province's units, so the cut-off
 * is OWN_C quartile distances: on the synthetic province's 15 clean units against 2016 it flags none
 * (C = 20 flags 3 of 3,285 counts), and still finds the planted jump (80 and 147).
 */
import type { CompiledPack } from '../pack/compilePack.js';
import type { UnusualFigure } from '../check/finding.js';
import { hidiroglouBerthelot } from './hidiroglouBerthelot.js';
import { countOf, previousFinding } from './previousFinding.js';
import type { UnitFigures } from './unitFigures.js';

export const OWN_C = 30;

export function screenOwnPrevious(pack: CompiledPack, current: UnitFigures, previous: UnitFigures): UnusualFigure[] {
  const { slots, ...settings } = pack.screens.previous;
  const prev = Float64Array.from(slots, (s) => countOf(previous, s));
  const cur = Float64Array.from(slots, (s) => countOf(current, s));
  return hidiroglouBerthelot(prev, cur, { ...settings, c: OWN_C }).map((o) =>
    previousFinding(pack, current, slots[o.unit]!, o, { previous: prev[o.unit]!, current: cur[o.unit]! }, OWN_C),
  );
}
