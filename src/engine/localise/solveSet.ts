/**
 * Whether some values of a set of blamed cells make every error rule reading them hold, and which:
 * domains are narrowed rule by rule (support.ts), then split in two until each cell holds one step.
 * Exact on the cells' grids; `budget` bounds the splits, and running out says "unknown", never "no".
 */
import { gridVar, place, type GridVar } from './gridVar.js';
import type { Problem } from './problem.js';
import { HOLDS, sideOf, UNDECIDED } from './ruleSide.js';
import { support, type Bounds, type Span } from './support.js';

export type Solved = { steps: number[] } | 'none' | 'unknown';

export interface SetSolver {
  vars: GridVar[];
  /** Rules reading any cell of the set, but those it waives. */
  rules: number[];
  /** One solution within the spans given (the cells' whole range by default). */
  solve(spans?: Span[]): Solved;
  /** The cells' whole ranges narrowed by every rule, without splitting; null when one empties. */
  narrowed(): Span[] | null;
}

const BUDGET = 400;

/** `waived`: soft rules the set leaves failing, left out of every check. */
export function setSolver(p: Problem, set: number[], waived: number[] = [], budget = BUDGET): SetSolver {
  const vars = set.map((s) => gridVar(p, s));
  const rules = [...new Set(set.flatMap((s) => p.rulesOf[s]!))].filter((r) => !waived.includes(r));
  const varsOf = rules.map((r) => vars.flatMap((v, i) => (p.rules[r]!.slots.includes(v.slot) ? [i] : [])));
  const whole = () => vars.map((v) => ({ a: v.min, b: v.max }));
  const searchOf = (): Search => ({
    p,
    vars,
    rules,
    varsOf,
    at: { lo: Float64Array.from(p.lo), hi: Float64Array.from(p.hi) },
    nodes: 0,
    budget,
  });
  const narrowed = () => {
    const spans = whole();
    return narrow(searchOf(), spans) ? spans : null;
  };
  const solve = (spans?: Span[]): Solved => {
    const search = searchOf();
    try {
      const steps = dive(search, spans?.map((s) => ({ ...s })) ?? whole());
      return steps ? { steps } : 'none';
    } catch (e) {
      if (e === OUT_OF_BUDGET) return 'unknown';
      throw e;
    }
  };
  return { vars, rules, solve, narrowed };
}

interface Search {
  p: Problem;
  vars: GridVar[];
  rules: number[];
  varsOf: number[][];
  at: Bounds;
  nodes: number;
  budget: number;
}

const OUT_OF_BUDGET = Symbol('out of budget');

function dive(s: Search, spans: Span[]): number[] | null {
  if (++s.nodes > s.budget) throw OUT_OF_BUDGET;
  if (!narrow(s, spans)) return null;
  let widest = -1;
  spans.forEach((d, i) => {
    if (d.b > d.a && (widest < 0 || d.b - d.a > spans[widest]!.b - spans[widest]!.a)) widest = i;
  });
  if (widest < 0) return leafHolds(s, spans) ? spans.map((d) => d.a) : null;
  const { a, b } = spans[widest]!;
  const mid = Math.floor((a + b) / 2);
  const halves: Span[] = [
    { a, b: mid },
    { a: mid + 1, b },
  ];
  if (s.vars[widest]!.k0 > mid) halves.reverse();
  for (const half of halves) {
    const next = spans.map((d, i) => (i === widest ? half : { ...d }));
    const found = dive(s, next);
    if (found) return found;
  }
  return null;
}

/** Narrows every span to the steps each rule supports, until nothing changes; false when one empties. */
function narrow(s: Search, spans: Span[]): boolean {
  s.vars.forEach((v, i) => place(v, spans[i]!.a, spans[i]!.b, s.at.lo, s.at.hi));
  let changed = true;
  while (changed) {
    changed = false;
    for (const [j, r] of s.rules.entries()) {
      for (const i of s.varsOf[j]!) {
        const d = spans[i]!;
        const got = support(s.p.rules[r]!, s.vars[i]!, d, s.at);
        if (!got) return false;
        if (got.a > d.a || got.b < d.b) {
          spans[i] = { a: Math.max(d.a, got.a), b: Math.min(d.b, got.b) };
          place(s.vars[i]!, spans[i]!.a, spans[i]!.b, s.at.lo, s.at.hi);
          changed = true;
        }
      }
    }
  }
  return true;
}

/**
 * At single steps every rule holds. One the checks skip for a base of 0 passes only if it was skipped as
 * read or its whole row is 0 (nothing to count): a base set to 0 must not silence a rate.
 */
function leafHolds(s: Search, spans: Span[]): boolean {
  s.vars.forEach((v, i) => place(v, spans[i]!.a, spans[i]!.a, s.at.lo, s.at.hi));
  return s.rules.every((r) => {
    const rule = s.p.rules[r]!;
    const side = sideOf(rule, s.at.lo, s.at.hi);
    if (side !== UNDECIDED) return side === HOLDS;
    return s.p.undecided[r] === 1 || rule.slots.every((x) => s.at.lo[x]! <= 0 && s.at.hi[x]! >= 0);
  });
}
