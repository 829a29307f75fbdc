import { describe, expect, it } from 'vitest';
import { slipBetween, slipsFrom } from '../../../src/engine/localise/slips.js';

const count = { kind: 'count', decimals: 0 } as const;
const percent = { kind: 'percent', decimals: 2 } as const;

/** [what it names, meant, typed, shown], and a near miss for each: [meant, typed, shown] named by nothing. */
const CASES = [
  ['digits-swapped', 1907, 1970, count, [1907, 1790]],
  ['digit-changed', 26773, 26723, count, [26773, 26623]],
  ['digit-added', 1907, 19077, count, [1907, 19177]],
  ['digit-dropped', 1907, 197, count, [1907, 198]],
  ['separator', 1907, 1.907, count, [1907, 1.908]],
  ['separator', 48.34, 483.4, { kind: 'number', decimals: 2 }, [48.34, 483.5]],
  ['percent-as-fraction', 48.34, 0.4834, percent, [48.34, 0.4843]],
  ['percent-as-per-mille', 48.34, 483.4, percent, [48.34, 484.3]],
  ['sign', 61, -61, count, [61, -62]],
  ['rounding', 87.26, 87.27, percent, [87.26, 87.35]],
  ['rounding', 87.26, 87.3, percent, [87.26, 87.4]],
] as const;

describe('slipBetween', () => {
  for (const [kind, meant, typed, shown, [missMeant, missTyped]] of CASES) {
    it(`names ${kind}: ${typed} typed for ${meant}, and nothing for ${missTyped}`, () => {
      expect(slipBetween(meant, typed, shown)).toBe(kind);
      expect(slipBetween(missMeant, missTyped, shown)).toBeNull();
    });
  }

  it('names nothing when the value read is the one suggested', () => {
    expect(slipBetween(1907, 1907, count)).toBeNull();
  });

  it('calls a one-unit slip of a count a changed digit, not rounding: counts are never rounded', () => {
    expect(slipBetween(1907, 1908, count)).toBe('digit-changed');
  });
});

describe('slipsFrom', () => {
  it('offers each value one slip away from the value typed, the swap before the changed digit', () => {
    const slips = slipsFrom(1970, count);
    const at = (meant: number) => slips.findIndex((s) => s.meant === meant);
    expect(slips[at(1907)]!.kind).toBe('digits-swapped');
    expect(at(1907)).toBeLessThan(at(1971));
    expect(slips.every((s) => s.meant !== 1970)).toBe(true);
  });
});

describe('slipBetween and leading zeros', () => {
  it('calls 378 for 78 a digit added, not a changed leading 0', () => {
    expect(slipBetween(78, 378, count)).toBe('digit-added');
  });
});

describe('slipBetween below 1', () => {
  it('calls 0,48% typed for 0,08% one changed digit: a 0 may lead the decimals', () => {
    expect(slipBetween(0.08, 0.48, percent)).toBe('digit-changed');
  });
});
