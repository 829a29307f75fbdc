/** Closed intervals: a figure shown with d decimals stands for every value that rounds to it. */

export interface Interval {
  lo: number;
  hi: number;
}

export const point = (v: number): Interval => ({ lo: v, hi: v });

/** Division by an interval holding 0 has no answer: NaN bounds make the rule undecided. */
const UNDECIDED: Interval = { lo: NaN, hi: NaN };

export function add(a: Interval, b: Interval): Interval {
  return { lo: a.lo + b.lo, hi: a.hi + b.hi };
}

export function subtract(a: Interval, b: Interval): Interval {
  return { lo: a.lo - b.hi, hi: a.hi - b.lo };
}

export function negate(a: Interval): Interval {
  return { lo: -a.hi, hi: -a.lo };
}

export function multiply(a: Interval, b: Interval): Interval {
  const p = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi];
  return { lo: Math.min(...p), hi: Math.max(...p) };
}

export function divide(a: Interval, b: Interval): Interval {
  if (b.lo <= 0 && b.hi >= 0) return UNDECIDED;
  return multiply(a, { lo: 1 / b.hi, hi: 1 / b.lo });
}

export function abs(a: Interval): Interval {
  if (a.lo >= 0) return a;
  if (a.hi <= 0) return negate(a);
  return { lo: 0, hi: Math.max(-a.lo, a.hi) };
}

export function min(a: Interval, b: Interval): Interval {
  return { lo: Math.min(a.lo, b.lo), hi: Math.min(a.hi, b.hi) };
}

export function max(a: Interval, b: Interval): Interval {
  return { lo: Math.max(a.lo, b.lo), hi: Math.max(a.hi, b.hi) };
}

/** Float noise on bounds that fall exactly on a rounding edge must not fail a rule; whole numbers carry none. */
function slack(a: number, b: number): number {
  if (Number.isInteger(a) && Number.isInteger(b)) return 0;
  return 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export type Comparison = '==' | '<=' | '>=' | '<' | '>';

/** Whether some value in `a` and some value in `b` satisfy the comparison. */
export function holds(a: Interval, op: Comparison, b: Interval): boolean {
  switch (op) {
    case '==':
      return a.lo <= b.hi + slack(a.lo, b.hi) && b.lo <= a.hi + slack(b.lo, a.hi);
    case '<=':
      return a.lo <= b.hi + slack(a.lo, b.hi);
    case '<':
      return a.lo < b.hi;
    case '>=':
      return a.hi + slack(a.hi, b.lo) >= b.lo;
    case '>':
      return a.hi > b.lo;
  }
}

export function isUndecided(a: Interval): boolean {
  return Number.isNaN(a.lo) || Number.isNaN(a.hi);
}
