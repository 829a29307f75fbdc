import { describe, expect, it } from 'vitest';
import { median, quantile } from '../../../src/engine/screen/quantile.js';

describe('quantile', () => {
  it('interpolates between neighbours as R does by default (type 7)', () => {
    const xs = [1, 2, 3, 4, 10];
    expect(quantile(xs, 0.25)).toBe(2);
    expect(quantile(xs, 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75);
    expect(quantile([1, 2, 3, 4], 1)).toBe(4);
  });

  it('median sorts a copy, numerically', () => {
    const xs = [10, 9, 100, 2];
    expect(median(xs)).toBe(9.5);
    expect(xs).toEqual([10, 9, 100, 2]);
  });
});
