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

/** Whole steps, kept where floats stay exact. */
const LIMIT = 2 ** 40;

export function gridVar(p: Problem, slot: number): GridVar {
  const { kind, decimals } = p.pack.slots[slot]!;
  const scale = 10 ** decimals;
  const count = kind === 'count';
  return {
    slot,
    scale,
    half: count ? 0 : 0.5 / scale,
    min: count ? 0 : -LIMIT,
    max: LIMIT,
    k0: Math.round(p.values.value[slot]! * scale),
  };
}

export const valueAt = (v: GridVar, k: number): number => k / v.scale;

/** Sets the bounds a cell stands for while it may hold any step from a to b. */
export function place(v: GridVar, a: number, b: number, lo: Float64Array, hi: Float64Array): void {
  lo[v.slot] = a / v.scale - v.half;
  hi[v.slot] = b / v.scale + v.half;
}
