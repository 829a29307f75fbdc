/** Quantiles of sorted numbers, interpolated between neighbours (Hyndman and Fan's type 7, R's default). */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const i = Math.floor(h);
  const a = sorted[i]!;
  return i + 1 < sorted.length ? a + (h - i) * (sorted[i + 1]! - a) : a;
}

export function median(values: ArrayLike<number>): number {
  return quantile(Float64Array.from(values).sort(), 0.5);
}
