/**
 * What bears out each suggestion: the failing equalities that hold with the fix compare it with other figures,
 * and those figures are confirmed as read by equalities that hold and read no cell of the fix. An inequality
 * does not pin a figure, so it neither calls for nor confirms one. A cell known only as a range gets none.
 */
import { gridVar, place } from './gridVar.js';
import type { Problem } from './problem.js';
import { HOLDS, sideOf } from './ruleSide.js';
import type { SetSolver } from './solveSet.js';
import type { Agreement, Suspect } from './suspect.js';

export function agreeing(p: Problem, solver: SetSolver, out: Suspect[]): void {
  const lo = Float64Array.from(p.lo);
  const hi = Float64Array.from(p.hi);
  const vars = solver.vars.map((v) => gridVar(p, v.slot));
  vars.forEach((v, i) => {
    const s = out[i]!;
    place(v, Math.round((s.suggested ?? s.min) * v.scale), Math.round((s.suggested ?? s.max) * v.scale), lo, hi);
  });
  const fixed = new Set(vars.map((v) => v.slot));
  const failing = new Set(p.failing);
  vars.forEach((v, i) => {
    if (out[i]!.suggested === null) return;
    const calling = p.rulesOf[v.slot]!.filter(
      (r) => failing.has(r) && p.rules[r]!.comparison === '==' && sideOf(p.rules[r]!, lo, hi) === HOLDS,
    );
    const others = [...new Set(calling.flatMap((r) => p.rules[r]!.slots))].filter((x) => !fixed.has(x));
    out[i]!.agrees = agreement(p, others, fixed, failing);
  });
}

/** The figures confirmed and the rules confirming them, one rule per figure first so a short list names each. */
function agreement(p: Problem, others: number[], fixed: Set<number>, failing: Set<number>): Agreement | null {
  const confirms = (r: number) => {
    const rule = p.rules[r]!;
    return rule.comparison === '==' && !failing.has(r) && !p.undecided[r] && !rule.slots.some((x) => fixed.has(x));
  };
  const bySlot = others.map((x) => ({ slot: x, rules: p.rulesOf[x]!.filter(confirms) })).filter((o) => o.rules.length);
  if (!bySlot.length) return null;
  const rules = [...new Set([...bySlot.map((o) => o.rules[0]!), ...bySlot.flatMap((o) => o.rules)])];
  return { cells: bySlot.map((o) => p.values.cell(o.slot)!), rules: rules.map((r) => p.rules[r]!.id) };
}
