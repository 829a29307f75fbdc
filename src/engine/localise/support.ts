/**
 * The steps of one cell at which a rule can still hold while the other blamed cells range over their
 * domains. Every rule family is monotone in each cell (sums, differences, a count over a positive base),
 * so on each side of 0 the steps that hold form one run, found by bisection at the rule's own bounds.
 */
import type { CompiledRule } from '../rules/compileRule.js';
import { HOLDS, sideOf, UNDECIDED } from './ruleSide.js';
import { place, type GridVar } from './gridVar.js';

export interface Span {
  a: number;
  b: number;
}

export interface Bounds {
  lo: Float64Array;
  hi: Float64Array;
}

export function support(rule: CompiledRule, v: GridVar, span: Span, at: Bounds): Span | null {
  const side = (k: number): number => {
    place(v, k, k, at.lo, at.hi);
    const s = sideOf(rule, at.lo, at.hi);
    return s === UNDECIDED ? HOLDS : s;
  };
  const pieces = splitAtZero(span);
  let out: Span | null = null;
  for (const piece of pieces) {
    const run = monotoneRun(side, piece.a, piece.b);
    if (run) out = out ? { a: Math.min(out.a, run.a), b: Math.max(out.b, run.b) } : run;
  }
  place(v, span.a, span.b, at.lo, at.hi);
  return out;
}

/** A base of 0 makes a rate undecided: 0 is looked at alone, so each remaining piece is monotone. */
function splitAtZero({ a, b }: Span): Span[] {
  if (a > 0 || b < 0) return [{ a, b }];
  const out: Span[] = [{ a: 0, b: 0 }];
  if (a < 0) out.push({ a, b: -1 });
  if (b > 0) out.push({ a: 1, b });
  return out;
}

function monotoneRun(side: (k: number) => number, a: number, b: number): Span | null {
  const sa = side(a);
  if (a === b) return sa === HOLDS ? { a, b } : null;
  const sb = side(b);
  if (sa === HOLDS && sb === HOLDS) return { a, b };
  if (sa === HOLDS) return { a, b: lastWhere(side, a, b, (s) => s === HOLDS) };
  if (sb === HOLDS) return { a: 1 + lastWhere(side, a, b, (s) => s !== HOLDS), b };
  if (sa === sb) return null;
  const first = 1 + lastWhere(side, a, b, (s) => s === sa);
  if (side(first) !== HOLDS) return null;
  return { a: first, b: lastWhere(side, first, b, (s) => s === HOLDS) };
}

/** The last step from a on where `test` holds, given it holds at a and not at b. */
function lastWhere(side: (k: number) => number, a: number, b: number, test: (s: number) => boolean): number {
  let yes = a;
  let no = b;
  while (no - yes > 1) {
    const mid = Math.floor((yes + no) / 2);
    if (test(side(mid))) yes = mid;
    else no = mid;
  }
  return yes;
}
