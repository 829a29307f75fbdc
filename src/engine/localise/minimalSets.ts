/**
 * The lightest sets of cells whose change lets every error rule hold (Fellegi–Holt), lightest first. A set may
 * also leave a soft rule (one with a reliability) failing, at that cost: it is then waived, read by no solver.
 * A set grows by a cell of the failing rule it neither touches nor waives with the fewest branches, or by
 * waiving that rule when soft, since any solving superset must do one of these. A set that misses none but has
 * no solution grows by a cell of a rule its solver reads or by waiving such a soft rule: a superset doing
 * neither would hand the solver the same rules and cells, left as read. So every solving set is reached,
 * and with positive weights the first found are the lightest.
 */
import { isCandidate, type Problem } from './problem.js';
import { setSolver } from './solveSet.js';

/** Cells to change and indexes of soft rules to leave failing, both ascending. */
export interface FoundSet {
  cells: number[];
  waived: number[];
}

export interface MinimalSets {
  sets: FoundSet[];
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

interface Node extends FoundSet {
  weight: number;
}

/** A way to grow a set: change a cell, or leave a soft rule failing. */
type Branch = { cell: number } | { rule: number };

export function minimalSets(p: Problem, failing: number[], limits: SearchLimits = LIMITS): MinimalSets {
  const queue: Node[] = [{ cells: [], waived: [], weight: 0 }];
  const seen = new Set<string>();
  const sets: FoundSet[] = [];
  let best = Infinity;
  let nodes = 0;
  let complete = true;
  while (queue.length) {
    const node = takeLightest(queue);
    if (node.weight > best + 1e-9 || node.weight > limits.maxWeight) break;
    if (++nodes > limits.maxNodes) {
      complete = false;
      break;
    }
    const grow = next(p, failing, node);
    if (grow === 'solved') {
      best = node.weight;
      sets.push({ cells: node.cells, waived: node.waived });
      if (sets.length > limits.maxSets) break;
      continue;
    }
    if (grow === 'unknown') complete = false;
    else for (const branch of grow) push(queue, seen, grown(p, node, branch));
  }
  if (!sets.length && queue.length) complete = false;
  const more = sets.length > limits.maxSets;
  return { sets: sets.slice(0, limits.maxSets), weight: sets.length ? best : Infinity, complete, more };
}

/** The branches to grow a set by, or whether it solves. */
function next(p: Problem, failing: number[], node: Node): Branch[] | 'solved' | 'unknown' {
  const missed = failing
    .filter((r) => !node.waived.includes(r) && !p.rules[r]!.slots.some((s) => node.cells.includes(s)))
    .map((r) => [...cellsOf(p, [r], node), ...waivable(p, [r], node)]);
  if (missed.length) return missed.reduce((a, b) => (b.length < a.length ? b : a));
  const solver = setSolver(p, node.cells, node.waived);
  const solved = solver.solve();
  if (solved === 'unknown') return 'unknown';
  if (solved !== 'none') return 'solved';
  return [...cellsOf(p, solver.rules, node), ...waivable(p, solver.rules, node)];
}

const cellsOf = (p: Problem, rules: number[], node: Node): Branch[] =>
  [...new Set(rules.flatMap((r) => p.rules[r]!.slots))]
    .filter((s) => !node.cells.includes(s) && isCandidate(p, s))
    .map((cell) => ({ cell }));

const waivable = (p: Problem, rules: number[], node: Node): Branch[] =>
  rules.filter((r) => p.rules[r]!.reliability !== undefined && !node.waived.includes(r)).map((rule) => ({ rule }));

function grown(p: Problem, node: Node, branch: Branch): Node {
  const up = (xs: number[], x: number) => [...xs, x].sort((a, b) => a - b);
  if ('cell' in branch)
    return { ...node, cells: up(node.cells, branch.cell), weight: node.weight + p.weight[branch.cell]! };
  const weight = node.weight + p.rules[branch.rule]!.reliability!;
  return { ...node, waived: up(node.waived, branch.rule), weight };
}

function push(queue: Node[], seen: Set<string>, node: Node) {
  const key = `${node.cells.join(',')}|${node.waived.join(',')}`;
  if (seen.has(key)) return;
  seen.add(key);
  queue.push(node);
}

function takeLightest<T extends { weight: number }>(queue: T[]): T {
  let at = 0;
  for (let i = 1; i < queue.length; i++) if (queue[i]!.weight < queue[at]!.weight - 1e-12) at = i;
  return queue.splice(at, 1)[0]!;
}
