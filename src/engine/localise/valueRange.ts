/** The lowest and highest step a cell of a set may take while every rule holds: bisection on solvability. */
import type { SetSolver } from './solveSet.js';
import type { Span } from './support.js';

export const solves = (solver: SetSolver, spans: Span[]): boolean => typeof solver.solve(spans) === 'object';

/** `known` is a step of some solution; spans hold every solution. */
export function valueRange(solver: SetSolver, spans: Span[], i: number, known: number): Span {
  if (spans[i]!.a === spans[i]!.b) return spans[i]!;
  return { a: extreme(solver, spans, i, known, -1), b: extreme(solver, spans, i, known, 1) };
}

function extreme(solver: SetSolver, spans: Span[], i: number, known: number, dir: -1 | 1): number {
  let good = known;
  let bad = dir < 0 ? spans[i]!.a - 1 : spans[i]!.b + 1;
  while (Math.abs(good - bad) > 1) {
    const mid = Math.floor((good + bad) / 2);
    const within = spans.map((s) => ({ ...s }));
    within[i] = dir < 0 ? { a: spans[i]!.a, b: mid } : { a: mid, b: spans[i]!.b };
    if (solves(solver, within)) good = mid;
    else bad = mid;
  }
  return good;
}
