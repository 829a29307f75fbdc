/** The report against its workbook: each linked figure beside the value of its cell. */
import type { CompiledPack } from '../pack/compilePack.js';
import { CellState, type SlotReadings } from '../workbook/readCells.js';
import type { Linked } from './link.js';
import type { ProseFinding } from './proseFinding.js';
import { halfUnit, quoteOf, type CellNamer } from './quote.js';

export function compareCells(
  pack: CompiledPack,
  links: Linked[],
  values: SlotReadings,
  name: CellNamer,
): ProseFinding[] {
  const out: ProseFinding[] = [];
  for (const l of links) {
    if (l.state !== 'linked' || values.state[l.cell.slot] !== CellState.Number) continue;
    const cell = values.value[l.cell.slot]!;
    const half = halfUnit(l.figure, pack.slots[l.cell.slot]!.kind);
    if (Math.abs(cell - l.figure.value) <= half + 1e-9 * Math.max(1, Math.abs(cell))) continue;
    out.push({
      code: 'prose-cell-mismatch',
      rule: 'prose',
      severity: 'error',
      quotes: [quoteOf(l.passage, l.figure.text, l.figure.value)],
      cells: [name(l.cell)],
      found: l.figure.value,
      expected: cell,
    });
  }
  return out;
}
