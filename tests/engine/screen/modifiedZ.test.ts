import { describe, expect, it } from 'vitest';
import { commonValues, modifiedZ, robustCentre } from '../../../src/engine/screen/modifiedZ.js';

describe('modified z-score', () => {
  const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 100];

  it('is 0.6745 (x − median) / MAD, so one wild figure does not hide itself', () => {
    const c = robustCentre(xs, 3.5)!;
    expect(c.median).toBe(5.5);
    expect(c.mad).toBe(2.5);
    expect(modifiedZ(100, c)).toBeCloseTo((0.6745 * 94.5) / 2.5);
    expect(Math.abs(modifiedZ(9, c))).toBeLessThan(3.5);
  });

  it('gives the range of figures within the threshold', () => {
    const c = robustCentre(xs, 3.5)!;
    expect(modifiedZ(c.hi, c)).toBeCloseTo(3.5);
    expect(modifiedZ(c.lo, c)).toBeCloseTo(-3.5);
  });

  it('no spread, no centre: half the units or more with one figure', () => {
    expect(robustCentre([0, 0, 0, 0, 0, 3, 7, 40], 3.5)).toBeUndefined();
    expect(robustCentre([5, 5, 5, 5, 5], 3.5)).toBeUndefined();
  });

  it('a figure a fifth of the units share is common', () => {
    expect([...commonValues([0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])]).toEqual([0]);
    expect(commonValues([0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]).size).toBe(0);
  });
});
