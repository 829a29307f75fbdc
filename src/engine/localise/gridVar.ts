/** A blamed cell as the solver sees it: whole steps of its shown decimals, and the bounds each step stands for. */
import type { Problem } from './problem.js';

export interface GridVar {
  slot: number;
  /** 10 ** decimals: a value is k / scale for a whole k. */
  scale: number;
  /** Half a step for cells that stand for what rounds to them; 0 for counts, which are exact. */
  half: number;
  /** Lowest and highest k a cell of this kind may hold. */
  min: number;
  max: number;
  /** The value as read, in steps. */
  k0: number;
}

/** How far past the largest figure read a suggestion is looked for. */
const REACH = 100;
/** Rates may run far past the figures they come from: 99 900% from 1 to 1 000. */
const RATES = 1e6;

export function gridVar(p: Problem, slot: number): GridVar {
  const { kind, decimals } = p.pack.slots[slot]!;
  const scale = 10 ** decimals;
  const count = kind === 'count';
  const limit = Math.ceil((REACH * p.scale + (count ? 1000 : RATES)) * scale);
  return {
    slot,
    scale,
    half: count ? 0 : 0.5 / scale,
    min: count ? 0 : -limit,
    max: limit,
    k0: Math.round(p.values.value[slot]! * scale),
  };
}

export const valueAt = (v: GridVar, k: number): number => k / v.scale;

/** Sets the bounds a cell stands for while it may hold any step from a to b. */
export function place(v: GridVar, a: number, b: number, lo: Float64Array, hi: Float64Array): void {
  lo[v.slot] = a / v.scale - v.half;
  hi[v.slot] = b / v.scale + v.half;
}
