/** One workbook's localisation problem: the error rules that apply, each cell's bounds and weight. */
import { boundsOf } from '../check/checkRules.js';
import type { CompiledPack } from '../pack/compilePack.js';
import type { CompiledRule } from '../rules/compileRule.js';
import { CellState, type SlotReadings } from '../workbook/readCells.js';
import { cellWeights } from './cellWeights.js';
import { sideOf, HOLDS, UNDECIDED } from './ruleSide.js';

export interface Problem {
  pack: CompiledPack;
  values: SlotReadings;
  /** Error rules whose cells all hold numbers: the ones the checks apply. */
  rules: CompiledRule[];
  /** Indexes into `rules` of the rules reading each slot. */
  rulesOf: number[][];
  /** What each cell stands for as read (checkRules' bounds). */
  lo: Float64Array;
  hi: Float64Array;
  /** Rules the checks skip as read, for a base of 0. */
  undecided: Uint8Array;
  /** The largest figure read, in absolute value: how far a suggestion is looked for. */
  scale: number;
  failing: number[];
  /** The cost of blaming each slot; 0 for a cell that cannot be changed (blank or unreadable). */
  weight: Float64Array;
}

export function problemOf(pack: CompiledPack, values: SlotReadings): Problem {
  const rules = pack.rules.filter(
    (r) => r.severity === 'error' && r.slots.every((s) => values.state[s] === CellState.Number),
  );
  const rulesOf: number[][] = pack.slots.map(() => []);
  rules.forEach((r, i) => r.slots.forEach((s) => rulesOf[s]!.push(i)));
  const { lo, hi } = boundsOf(pack, values);
  const sides = rules.map((r) => sideOf(r, lo, hi));
  const undecided = Uint8Array.from(sides, (side) => (side === UNDECIDED ? 1 : 0));
  const failing = sides.flatMap((side, i) => (side === HOLDS || side === UNDECIDED ? [] : [i]));
  const scale = values.value.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  const weight = cellWeights(pack);
  values.state.forEach((state, s) => {
    if (state !== CellState.Number) weight[s] = 0;
  });
  return { pack, values, rules, rulesOf, lo, hi, undecided, scale, failing, weight };
}

/** Whether a slot may be blamed. */
export const isCandidate = (p: Problem, slot: number): boolean => p.weight[slot]! > 0;
