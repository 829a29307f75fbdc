/**
 * What localisation makes of a finding, or of the several findings one view shows: the cells its one
 * smallest fix changes, its soft rule left failing, smallest fixes that tie, or a fix of other cells only.
 */
import type { Finding } from '../check/finding.js';
import { fixFor } from './fixFor.js';
import type { Suspect, SuspectGroup } from './suspect.js';

export type FixKind =
  | { kind: 'cells'; cells: Suspect[] }
  | { kind: 'waived'; rule: string }
  | { kind: 'tie'; sets: number }
  | { kind: 'elsewhere' };

/** Undefined when no group of suspects explains any of `findings`; cells and waived only for one finding. */
export function fixKind(suspects: SuspectGroup[] | undefined, findings: Finding[]): FixKind | undefined {
  const groups = (suspects ?? []).filter((g) => findings.some((f) => g.rules.includes(f.rule)));
  if (!groups.length) return undefined;
  const f = findings.length === 1 ? findings[0]! : undefined;
  const cells = f ? fixFor(groups, f) : [];
  if (cells.length) return { kind: 'cells', cells };
  if (f && groups.some((g) => g.sets.length === 1 && g.sets[0]!.waived.includes(f.rule)))
    return { kind: 'waived', rule: f.rule };
  const tied = groups.find((g) => g.sets.length > 1);
  return tied ? { kind: 'tie', sets: tied.sets.length } : { kind: 'elsewhere' };
}
