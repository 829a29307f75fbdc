/**
 * The rules whose other figures call for each suggestion: with the set's suggestions they hold, and with
 * this one cell back at its value read they fail. A cell known only as a range gets none.
 */
import { gridVar, place } from './gridVar.js';
import type { Problem } from './problem.js';
import { HOLDS, sideOf, UNDECIDED } from './ruleSide.js';
import type { SetSolver } from './solveSet.js';
import type { Suspect } from './suspect.js';

export function agreeing(p: Problem, solver: SetSolver, out: Suspect[]): void {
  const lo = Float64Array.from(p.lo);
  const hi = Float64Array.from(p.hi);
  const vars = solver.vars.map((v) => gridVar(p, v.slot));
  const suggest = (i: number) => {
    const s = out[i]!;
    const v = vars[i]!;
    place(v, Math.round((s.suggested ?? s.min) * v.scale), Math.round((s.suggested ?? s.max) * v.scale), lo, hi);
  };
  vars.forEach((_, i) => suggest(i));
  vars.forEach((v, i) => {
    const s = out[i]!;
    if (s.suggested === null) return;
    const rules = p.rulesOf[v.slot]!.filter((r) => solver.rules.includes(r));
    const holding = rules.filter((r) => sideOf(p.rules[r]!, lo, hi) === HOLDS);
    lo[v.slot] = p.lo[v.slot]!;
    hi[v.slot] = p.hi[v.slot]!;
    s.agrees = holding
      .filter((r) => ![HOLDS, UNDECIDED].includes(sideOf(p.rules[r]!, lo, hi)))
      .map((r) => p.rules[r]!.id);
    suggest(i);
  });
}
