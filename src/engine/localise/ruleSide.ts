/** Where a rule stands for cell bounds: holds, fails with its left side below or above, or cannot say. */
import type { CompiledRule } from '../rules/compileRule.js';
import { holds, isUndecided } from '../rules/interval.js';

export const HOLDS = 0;
export const BELOW = -1;
export const ABOVE = 1;
/** A division by an interval holding 0: the checks skip such a rule. */
export const UNDECIDED = 2;

export type Side = typeof HOLDS | typeof BELOW | typeof ABOVE | typeof UNDECIDED;

export function sideOf(rule: CompiledRule, lo: ArrayLike<number>, hi: ArrayLike<number>): Side {
  const l = rule.lhs(lo, hi);
  const r = rule.rhs(lo, hi);
  if (isUndecided(l) || isUndecided(r)) return UNDECIDED;
  if (holds(l, rule.comparison, r)) return HOLDS;
  return l.hi < r.lo ? BELOW : ABOVE;
}
