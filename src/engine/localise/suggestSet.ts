/** What each cell of a minimal set probably should be: its value or range, and the slip that explains it. */
import type { FindingCell } from '../check/finding.js';
import { agreeing } from './agreeing.js';
import { valueAt, type GridVar } from './gridVar.js';
import { neighbourSlots } from './neighbourSlots.js';
import type { FoundSet } from './minimalSets.js';
import type { Problem } from './problem.js';
import { same, slipBetween, slipsFrom } from './slips.js';
import { setSolver, type SetSolver } from './solveSet.js';
import type { Suspect, SuspectSet } from './suspect.js';
import { solves, valueRange } from './valueRange.js';
import type { Span } from './support.js';

interface Work {
  p: Problem;
  solver: SetSolver;
  spans: Span[];
  out: Suspect[];
}

/**
 * `alone`: the group's one smallest fix, whose suggestions name the rules that back them. Rules the set
 * waives are out of every suggestion.
 */
export function suggestSet(p: Problem, set: FoundSet, alone = false): SuspectSet {
  const solver = setSolver(p, set.cells, set.waived);
  const spans = solver.narrowed() ?? solver.vars.map((v) => ({ a: v.min, b: v.max }));
  const first = solver.solve(spans);
  const steps = typeof first === 'object' ? first.steps : solver.vars.map((v) => v.k0);
  const out = solver.vars.map((v, i) => {
    const { a, b } = valueRange(solver, spans, i, steps[i]!);
    return {
      cell: cellOf(p, v.slot),
      suggested: a === b ? valueAt(v, a) : null,
      min: valueAt(v, a),
      max: valueAt(v, b),
      cause: null,
      agrees: null,
    };
  });
  const w: Work = { p, solver, spans, out };
  exchanges(w);
  solver.vars.forEach((v, i) => {
    if (!out[i]!.cause) neighbour(w, v, i);
    if (!out[i]!.cause) slip(w, v, i);
  });
  if (alone) agreeing(p, solver, out);
  return { cells: out, waived: set.waived.map((r) => p.rules[r]!.id) };
}

const cellOf = (p: Problem, slot: number): FindingCell => p.values.cell(slot)!;
const typedOf = (p: Problem, v: GridVar): number => p.values.value[v.slot]!;

/** The step of a value on a cell's grid, if the value lies on it. */
function stepOf(v: GridVar, value: number): number | undefined {
  const k = Math.round(value * v.scale);
  return same(k / v.scale, value) && k >= v.min && k <= v.max ? k : undefined;
}

/** Fixes some cells at steps and asks whether the rest can still follow. */
function solvesWith(w: Work, fixed: [number, number][]): boolean {
  const spans = w.spans.map((s) => ({ ...s }));
  for (const [i, k] of fixed) spans[i] = { a: k, b: k };
  return solves(w.solver, spans);
}

function slip(w: Work, v: GridVar, i: number): void {
  const s = w.out[i]!;
  const shown = w.p.pack.slots[v.slot]!;
  if (s.suggested !== null) {
    const kind = slipBetween(s.suggested, typedOf(w.p, v), shown);
    if (kind) s.cause = { kind };
    return;
  }
  for (const { kind, meant } of slipsFrom(typedOf(w.p, v), shown)) {
    const k = stepOf(v, meant);
    if (k === undefined || meant < s.min || meant > s.max || !solvesWith(w, [[i, k]])) continue;
    s.suggested = meant;
    s.cause = { kind };
    return;
  }
}

/** Two cells of the set whose values, exchanged, let every rule hold. */
function exchanges(w: Work): void {
  const vars = w.solver.vars;
  for (let i = 0; i < vars.length; i++) {
    for (let j = i + 1; j < vars.length; j++) {
      const [a, b] = [typedOf(w.p, vars[i]!), typedOf(w.p, vars[j]!)];
      const ki = stepOf(vars[i]!, b);
      const kj = stepOf(vars[j]!, a);
      if (same(a, b) || ki === undefined || kj === undefined || w.out[i]!.cause || w.out[j]!.cause) continue;
      if (
        !solvesWith(w, [
          [i, ki],
          [j, kj],
        ])
      )
        continue;
      Object.assign(w.out[i]!, { suggested: b, cause: { kind: 'cells-exchanged', cell: w.out[j]!.cell } });
      Object.assign(w.out[j]!, { suggested: a, cause: { kind: 'cells-exchanged', cell: w.out[i]!.cell } });
    }
  }
}

/** The value read is the figure of the next row or column: typed one cell off. */
function neighbour(w: Work, v: GridVar, i: number): void {
  const s = w.out[i]!;
  const typed = typedOf(w.p, v);
  if (s.suggested === null || typed === 0) return;
  const twin = neighbourSlots(w.p.pack, v.slot).find(
    (n) => w.p.values.state[n] === 0 && same(w.p.values.value[n]!, typed),
  );
  if (twin !== undefined) s.cause = { kind: 'neighbour', cell: cellOf(w.p, twin) };
}
