/**
 * The lightest sets of cells whose change lets every error rule hold (Fellegi–Holt), lightest first.
 * A set grows by a cell of the failing rule it misses with the fewest cells; a set that misses none but has no solution
 * grows by a cell of a rule it reads, since any solving superset must free one of those. So every solving
 * set is reached, and with positive weights the first found are the lightest.
 */
import { isCandidate, type Problem } from './problem.js';
import { setSolver } from './solveSet.js';

export interface MinimalSets {
  sets: number[][];
  weight: number;
  /** False when the search stopped at its bounds before it could prove nothing lighter exists. */
  complete: boolean;
  /** More sets tie than are kept. */
  more: boolean;
}

export interface SearchLimits {
  /** Heaviest set looked at, in ordinary cells. */
  maxWeight: number;
  /** Tied sets kept. */
  maxSets: number;
  /** Sets tried before giving up. */
  maxNodes: number;
}

export const LIMITS: SearchLimits = { maxWeight: 6, maxSets: 6, maxNodes: 3000 };

export function minimalSets(p: Problem, failing: number[], limits: SearchLimits = LIMITS): MinimalSets {
  const queue: { set: number[]; weight: number }[] = [{ set: [], weight: 0 }];
  const seen = new Set<string>();
  const sets: number[][] = [];
  let best = Infinity;
  let nodes = 0;
  let complete = true;
  while (queue.length) {
    const { set, weight } = takeLightest(queue);
    if (weight > best + 1e-9 || weight > limits.maxWeight) break;
    if (++nodes > limits.maxNodes) {
      complete = false;
      break;
    }
    const grow = next(p, failing, set);
    if (grow === 'solved') {
      best = weight;
      sets.push(set);
      if (sets.length > limits.maxSets) break;
      continue;
    }
    if (grow === 'unknown') complete = false;
    else for (const cell of grow) push(queue, seen, set, cell, weight + p.weight[cell]!);
  }
  if (!sets.length && queue.length) complete = false;
  const more = sets.length > limits.maxSets;
  return { sets: sets.slice(0, limits.maxSets), weight: sets.length ? best : Infinity, complete, more };
}

/** The cells to grow a set by, or whether it solves. */
function next(p: Problem, failing: number[], set: number[]): number[] | 'solved' | 'unknown' {
  const missed = failing
    .filter((r) => !p.rules[r]!.slots.some((s) => set.includes(s)))
    .map((r) => p.rules[r]!.slots.filter((s) => isCandidate(p, s)));
  if (missed.length) return missed.reduce((a, b) => (b.length < a.length ? b : a));
  const solver = setSolver(p, set);
  const solved = solver.solve();
  if (solved === 'unknown') return 'unknown';
  if (solved !== 'none') return 'solved';
  return [...new Set(solver.rules.flatMap((r) => p.rules[r]!.slots))].filter(
    (s) => !set.includes(s) && isCandidate(p, s),
  );
}

function push(
  queue: { set: number[]; weight: number }[],
  seen: Set<string>,
  set: number[],
  cell: number,
  weight: number,
) {
  const grown = [...set, cell].sort((a, b) => a - b);
  const key = grown.join(',');
  if (seen.has(key)) return;
  seen.add(key);
  queue.push({ set: grown, weight });
}

function takeLightest<T extends { weight: number }>(queue: T[]): T {
  let at = 0;
  for (let i = 1; i < queue.length; i++) if (queue[i]!.weight < queue[at]!.weight - 1e-12) at = i;
  return queue.splice(at, 1)[0]!;
}
