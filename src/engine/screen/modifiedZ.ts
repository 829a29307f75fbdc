/**
 * The modified z-score of Iglewicz and Hoaglin: 0.6745 (x − median) / MAD, robust to the outliers it
 * looks for. Without spread (MAD 0: half the units or more give the same figure) nothing is flagged.
 */
import { median } from './quantile.js';

export interface RobustCentre {
  median: number;
  /** Median absolute deviation from the median. */
  mad: number;
  /** The range of figures within the threshold. */
  lo: number;
  hi: number;
}

const K = 0.6745;

export function robustCentre(values: ArrayLike<number>, threshold: number): RobustCentre | undefined {
  const m = median(values);
  const mad = median(Array.from(values, (v) => Math.abs(v - m)));
  if (!(mad > 0)) return undefined;
  const reach = (threshold * mad) / K;
  return { median: m, mad, lo: m - reach, hi: m + reach };
}

export function modifiedZ(value: number, centre: RobustCentre): number {
  return (K * (value - centre.median)) / centre.mad;
}

/** Figures shared by at least a fifth of the units (zeros, in a zero-heavy ratio) are common, so never unusual. */
export function commonValues(values: ArrayLike<number>): Set<number> {
  const counts = new Map<number, number>();
  for (const v of Array.from(values)) counts.set(v, (counts.get(v) ?? 0) + 1);
  const least = Math.max(2, values.length / 5);
  return new Set([...counts].filter(([, n]) => n >= least).map(([v]) => v));
}
