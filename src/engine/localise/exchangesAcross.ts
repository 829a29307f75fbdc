/** Two cells blamed in different groups whose suggestions are each other's values: exchanged, not mistyped. */
import { same } from './slips.js';
import type { Suspect, SuspectGroup } from './suspect.js';

export function exchangesAcross(groups: SuspectGroup[]): void {
  const cells = groups.map((g) => g.sets.flatMap((s) => s.cells.filter((c) => c.suggested !== null)));
  cells.forEach((own, g) => {
    for (const a of own) {
      for (const b of cells.slice(g + 1).flat()) if (exchanged(a, b)) mark(a, b);
    }
  });
}

function exchanged(a: Suspect, b: Suspect): boolean {
  const [va, vb] = [a.cell.value, b.cell.value];
  if (typeof va !== 'number' || typeof vb !== 'number' || same(va, vb)) return false;
  return same(a.suggested!, vb) && same(b.suggested!, va);
}

function mark(a: Suspect, b: Suspect): void {
  a.cause = { kind: 'cells-exchanged', cell: b.cell };
  b.cause = { kind: 'cells-exchanged', cell: a.cell };
}
