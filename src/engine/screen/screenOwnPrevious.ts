/**
 * One workbook against the same unit's previous one, with no other units to compare with (the clerk's
 * pane): Hidiroglou–Berthelot over the workbook's own counts, each count's change against the median
 * change of the others. A unit's counts are fewer and less alike than a province's units, so the cut-off
 * is OWN_C quartile distances: on the synthetic province's 15 clean units against 2016 it flags none
 * (C = 20 flags 3 of 3,285 counts), and still finds the planted jump (80 and 147).
 */
import type { CompiledPack } from '../pack/compilePack.js';
import type { UnusualFigure } from '../check/finding.js';
import { CellState } from '../workbook/readCells.js';
import { hidiroglouBerthelot } from './hidiroglouBerthelot.js';
import { cellLabel } from './screenPrevious.js';
import { figureCell, type UnitFigures } from './unitFigures.js';

export const OWN_C = 30;

export function screenOwnPrevious(pack: CompiledPack, current: UnitFigures, previous: UnitFigures): UnusualFigure[] {
  const { slots, ...settings } = pack.screens.previous;
  const number = (f: UnitFigures, s: number) => (f.state[s] === CellState.Number ? f.value[s]! : 0);
  const prev = Float64Array.from(slots, (s) => number(previous, s));
  const cur = Float64Array.from(slots, (s) => number(current, s));
  return hidiroglouBerthelot(prev, cur, { ...settings, c: OWN_C }).map((o) => {
    const s = slots[o.unit]!;
    const cell = figureCell(pack, current, s);
    return {
      code: 'unusual-previous',
      rule: 'screen.previous',
      severity: 'warning',
      cells: cell ? [cell] : [],
      label: cellLabel(pack, s),
      found: cur[o.unit]!,
      reference: { previous: prev[o.unit]!, lo: Math.ceil(o.lo), hi: Math.floor(o.hi) },
      distance: o.distance,
      threshold: OWN_C,
      decimals: 0,
      percent: false,
    };
  });
}
