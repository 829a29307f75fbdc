/**
 * Which figures are probably wrong: for each group of failing error rules that share cells, the lightest
 * sets of cells whose change lets every error rule hold within the decimals shown, ties listed and
 * ranked by how well typing slips explain them, each cell with the value it probably should hold.
 */
import type { CompiledPack } from '../pack/compilePack.js';
import type { SlotReadings } from '../workbook/readCells.js';
import { clusters } from './clusters.js';
import { exchangesAcross } from './exchangesAcross.js';
import { exchangeTies } from './exchangeTies.js';
import { LIMITS, minimalSets, type SearchLimits } from './minimalSets.js';
import { problemOf, type Problem } from './problem.js';
import { suggestSet } from './suggestSet.js';
import type { SuspectGroup, SuspectSet } from './suspect.js';

export function localise(pack: CompiledPack, values: SlotReadings, limits: SearchLimits = LIMITS): SuspectGroup[] {
  const p = problemOf(pack, values);
  const groups = exchangeTies(
    p,
    clusters(p).map((failing) => groupOf(p, failing, limits)),
  );
  exchangesAcross(groups);
  for (const g of groups) g.sets.sort((a, b) => plausibility(b) - plausibility(a));
  return groups;
}

function groupOf(p: Problem, failing: number[], limits: SearchLimits): SuspectGroup {
  const found = minimalSets(p, failing, limits);
  const sets = found.sets.map((s) => suggestSet(p, s, found.sets.length === 1));
  return {
    rules: failing.map((r) => p.rules[r]!.id),
    weight: Number.isFinite(found.weight) ? found.weight : 0,
    sets,
    complete: found.complete,
    more: found.more,
  };
}

/** Cells a slip explains count most, then cells with one value rather than a range. */
export function plausibility(set: SuspectSet): number {
  const n = set.cells.reduce((m, c) => m + (c.cause ? 2 : 0) + (c.suggested !== null ? 1 : 0), 0);
  return n / Math.max(1, set.cells.length);
}
