import { describe, expect, it } from 'vitest';
import * as iv from '../../../src/engine/rules/interval.js';
import type { Comparison, Interval } from '../../../src/engine/rules/interval.js';

const I = (lo: number, hi: number): Interval => ({ lo, hi });

describe('interval arithmetic', () => {
  it('point is a zero-width interval', () => {
    expect(iv.point(7)).toEqual(I(7, 7));
  });

  it('add adds bounds', () => {
    expect(iv.add(I(1, 2), I(10, 20))).toEqual(I(11, 22));
  });

  it('subtract takes the widest difference: lo - other.hi, hi - other.lo', () => {
    expect(iv.subtract(I(10, 20), I(1, 2))).toEqual(I(8, 19));
    expect(iv.subtract(I(1, 2), I(1, 2))).toEqual(I(-1, 1));
  });

  it('negate swaps and flips bounds', () => {
    expect(iv.negate(I(1, 3))).toEqual(I(-3, -1));
    expect(iv.negate(I(-2, 5))).toEqual(I(-5, 2));
  });

  it('multiply takes the extremes of the four products, across signs', () => {
    expect(iv.multiply(I(2, 3), I(4, 5))).toEqual(I(8, 15));
    expect(iv.multiply(I(-2, 3), I(4, 5))).toEqual(I(-10, 15));
    expect(iv.multiply(I(-3, -2), I(-5, -4))).toEqual(I(8, 15));
    expect(iv.multiply(I(-2, 3), I(-5, 4))).toEqual(I(-15, 12));
  });

  it('divide multiplies by the reciprocal interval', () => {
    expect(iv.divide(I(1, 2), I(4, 8))).toEqual(I(0.125, 0.5));
    expect(iv.divide(I(-2, 1), I(-4, -2))).toEqual(I(-0.5, 1));
    expect(iv.divide(I(6, 6), I(3, 3))).toEqual(I(2, 2));
  });

  it('divide by an interval holding 0 is undecided: at an edge, inside, or a point 0', () => {
    for (const b of [I(0, 1), I(-1, 0), I(-1, 1), I(0, 0)]) {
      const q = iv.divide(I(1, 2), b);
      expect(iv.isUndecided(q)).toBe(true);
    }
    expect(iv.isUndecided(iv.divide(I(1, 2), I(1e-9, 1)))).toBe(false);
  });

  it('abs handles intervals wholly positive, wholly negative and across 0', () => {
    expect(iv.abs(I(2, 3))).toEqual(I(2, 3));
    expect(iv.abs(I(-3, -2))).toEqual(I(2, 3));
    expect(iv.abs(I(-4, 3))).toEqual(I(0, 4));
    expect(iv.abs(I(-2, 5))).toEqual(I(0, 5));
  });

  it('min and max take bound-wise extremes', () => {
    expect(iv.min(I(1, 10), I(5, 6))).toEqual(I(1, 6));
    expect(iv.max(I(1, 10), I(5, 6))).toEqual(I(5, 10));
  });

  it('isUndecided is true only with a NaN bound', () => {
    expect(iv.isUndecided(I(NaN, 1))).toBe(true);
    expect(iv.isUndecided(I(1, NaN))).toBe(true);
    expect(iv.isUndecided(I(-Infinity, Infinity))).toBe(false);
    expect(iv.isUndecided(I(0, 0))).toBe(false);
  });
});

describe('holds: some value of a and some value of b satisfy the comparison', () => {
  const a = I(1, 2);
  const cases: [Comparison, Interval, boolean][] = [
    // == overlaps; touching edges count
    ['==', I(2, 3), true],
    ['==', I(0, 1), true],
    ['==', I(2.001, 3), false],
    ['==', I(0, 0.999), false],
    ['==', I(1.5, 1.5), true],
    // <= : a.lo <= b.hi
    ['<=', I(1, 1), true],
    ['<=', I(0, 0.999), false],
    // < : a.lo < b.hi strictly
    ['<', I(1, 1), false],
    ['<', I(0, 1.001), true],
    // >= : a.hi >= b.lo
    ['>=', I(2, 5), true],
    ['>=', I(2.001, 5), false],
    // > : a.hi > b.lo strictly
    ['>', I(2, 5), false],
    ['>', I(1.999, 5), true],
  ];
  for (const [op, b, expected] of cases) {
    it(`[1,2] ${op} [${b.lo},${b.hi}] is ${expected}`, () => {
      expect(iv.holds(a, op, b)).toBe(expected);
    });
  }

  it('points compare exactly at their edge', () => {
    const p = iv.point(5);
    expect(iv.holds(p, '==', iv.point(5))).toBe(true);
    expect(iv.holds(p, '<=', iv.point(5))).toBe(true);
    expect(iv.holds(p, '>=', iv.point(5))).toBe(true);
    expect(iv.holds(p, '<', iv.point(5))).toBe(false);
    expect(iv.holds(p, '>', iv.point(5))).toBe(false);
    expect(iv.holds(iv.point(697), '==', iv.point(698))).toBe(false);
  });

  it('float noise on an edge does not fail ==, <= or >= (0.1 + 0.2 vs 0.3)', () => {
    const noisy = iv.add(iv.point(0.1), iv.point(0.2)); // 0.30000000000000004
    expect(noisy.lo).not.toBe(0.3);
    expect(iv.holds(noisy, '==', iv.point(0.3))).toBe(true);
    expect(iv.holds(noisy, '<=', iv.point(0.3))).toBe(true);
    expect(iv.holds(iv.point(0.3), '>=', noisy)).toBe(true);
  });

  it('the slack is relative and tiny: a real difference of one in a million is not forgiven', () => {
    expect(iv.holds(iv.point(1_000_001), '==', iv.point(1_000_000))).toBe(false);
    expect(iv.holds(iv.point(1.000001), '==', iv.point(1))).toBe(false);
  });

  it('whole numbers compare exactly at any size a count can have: 2,000,000,038 is not 2,000,000,037', () => {
    const parts = iv.add(iv.point(1_000_000_000), iv.point(1_000_000_037));
    expect(iv.holds(iv.point(2_000_000_038), '==', parts)).toBe(false);
    expect(iv.holds(iv.point(2_000_000_038), '<=', parts)).toBe(false);
    expect(iv.holds(parts, '>=', iv.point(2_000_000_038))).toBe(false);
    expect(iv.holds(iv.point(2 ** 52 + 1), '==', iv.point(2 ** 52))).toBe(false);
    expect(iv.holds(iv.point(2_000_000_037), '==', parts)).toBe(true);
  });
});
