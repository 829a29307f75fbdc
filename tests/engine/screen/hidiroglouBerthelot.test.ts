import { describe, expect, it } from 'vitest';
import { hidiroglouBerthelot } from '../../../src/engine/screen/hidiroglouBerthelot.js';

const S = { u: 0.5, a: 0.05, c: 4, minUnits: 5 };

describe('Hidiroglou–Berthelot', () => {
  const previous = [100, 200, 400, 50, 80, 120, 300, 90];
  const grown = [104, 206, 416, 53, 82, 126, 309, 94];

  it('flags a count that jumped, with its distance and the range it could have had', () => {
    const current = [...grown];
    current[2] = 1200;
    const out = hidiroglouBerthelot(previous, current, S);
    expect(out.map((o) => o.unit)).toEqual([2]);
    expect(out[0]!.distance).toBeGreaterThan(4);
    expect(out[0]!.lo).toBeLessThan(previous[2]! * 1.04);
    expect(out[0]!.hi).toBeGreaterThan(previous[2]! * 1.04);
    expect(out[0]!.hi).toBeLessThan(1200);
  });

  it('a fall counts as much as a rise: halving is as unusual as doubling', () => {
    const current = [...grown];
    current[6] = 150;
    expect(hidiroglouBerthelot(previous, current, S).map((o) => o.unit)).toEqual([6]);
  });

  it('computes the effects as Banff does', () => {
    const prev = [10, 10, 10, 10, 10, 10];
    const cur = [10, 11, 12, 13, 14, 40];
    // ratios 1 … 1.4 and 4, median 1.25: s = −0.25, −0.136, −0.042, 0.04, 0.12, 2.2, times max(x)^0.5.
    const out = hidiroglouBerthelot(prev, cur, S);
    expect(out.map((o) => o.unit)).toEqual([5]);
    const e = [1 - 1.25, 1 - 1.25 / 1.1, 1 - 1.25 / 1.2, 1.3 / 1.25 - 1, 1.4 / 1.25 - 1, 4 / 1.25 - 1].map(
      (s, i) => s * Math.sqrt(cur[i]!),
    );
    const sorted = [...e].sort((a, b) => a - b);
    const q = (p: number) => {
      const h = (sorted.length - 1) * p;
      return sorted[Math.floor(h)]! + (h % 1) * (sorted[Math.ceil(h)]! - sorted[Math.floor(h)]!);
    };
    expect(out[0]!.distance).toBeCloseTo((e[5]! - q(0.5)) / (q(0.75) - q(0.5)));
  });

  it('leaves out zeros and blanks, and needs the least number of units', () => {
    const prev = [0, 10, 10, 10, 10];
    const cur = [50, 11, 12, 13, 90];
    expect(hidiroglouBerthelot(prev, cur, S)).toEqual([]);
  });

  it('unchanged figures, half the units or more, are left out: the others compared among themselves', () => {
    const prev = [10, 10, 10, 10, 10, 10, 10, 10, 20, 30, 40, 50, 60, 70, 80];
    const cur = [10, 10, 10, 10, 10, 10, 10, 10, 21, 31, 42, 52, 62, 73, 83];
    expect(hidiroglouBerthelot(prev, cur, S)).toEqual([]);
    expect(
      hidiroglouBerthelot(
        prev,
        cur.map((v, i) => (i === 12 ? 240 : v)),
        S,
      ).map((o) => o.unit),
    ).toEqual([12]);
  });

  it('a larger C flags less', () => {
    const current = [...grown];
    current[2] = 520;
    const near = hidiroglouBerthelot(previous, current, S);
    expect(near.map((o) => o.unit)).toEqual([2]);
    expect(hidiroglouBerthelot(previous, current, { ...S, c: near[0]!.distance + 1 })).toEqual([]);
  });
});
