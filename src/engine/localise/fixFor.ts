/**
 * The cells of a finding that the one smallest fix changes, with their suggestions; none when fixes tie or
 * the fix leaves the finding's rule failing.
 */
import type { Finding } from '../check/finding.js';
import type { Suspect, SuspectGroup } from './suspect.js';

export function fixFor(suspects: SuspectGroup[] | undefined, f: Finding): Suspect[] {
  const group = suspects?.find((g) => g.rules.includes(f.rule));
  if (!group || group.sets.length !== 1 || group.sets[0]!.waived.includes(f.rule)) return [];
  const same = (s: Suspect) =>
    f.cells.some((c) => c.sheet === s.cell.sheet && c.row === s.cell.row && c.column === s.cell.column);
  return group.sets[0]!.cells.filter((s) => s.suggested !== null && same(s));
}
