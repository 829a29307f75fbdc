/**
 * Completeness at small sizes: on a 3 × 3 sheet of counts and whole percentages, the search finds
 * exactly the smallest sets a brute force finds by trying every value of every set of one or two cells.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS, minimalSets } from '../../../src/engine/localise/minimalSets.js';
import { problemOf, type Problem } from '../../../src/engine/localise/problem.js';
import { HOLDS, sideOf, UNDECIDED } from '../../../src/engine/localise/ruleSide.js';
import { checkedWorkbook as check } from '../../../src/engine/check/validate.js';
import { compileTiny, customSheet, rawWorkbook, type SheetValues } from '../fixtures.js';
import { mulberry32 } from '../../../scripts/mulberry32.js';
import { softChecked, softPack } from './softRule.js';

const sheet = customSheet(
  'T',
  [
    { code: '(1)', kind: 'count', decimals: 0 },
    { code: '(2)', kind: 'count', decimals: 0 },
    { code: '(3)', kind: 'percent', decimals: 0 },
  ],
  [{ code: '1' }, { code: '1.1' }, { code: '1.2' }],
  [
    { id: 'tong', family: 'sum', for: { c: ['(1)', '(2)'] }, assert: "T['1', c] == T['1.1', c] + T['1.2', c]" },
    {
      id: 'ty-le',
      family: 'percent',
      for: { r: ['1', '1.1', '1.2'] },
      assert: "T[r, '(3)'] == T[r, '(2)'] / T[r, '(1)'] * 100",
    },
    { id: 'phan', family: 'part', for: { r: ['1', '1.1', '1.2'] }, assert: "T[r, '(2)'] <= T[r, '(1)']" },
  ],
);
const pack = compileTiny([], [sheet]);
const CLEAN = [40, 30, 75, 25, 20, 80, 15, 10, 67];
const MAX = { count: 120, percent: 100 };

function problem(cells: number[]): Problem {
  const rows = ['1', '1.1', '1.2'];
  const data: SheetValues = Object.fromEntries(
    rows.map((r, i) => [r, { '(1)': cells[3 * i]!, '(2)': cells[3 * i + 1]!, '(3)': cells[3 * i + 2]! }]),
  );
  return problemOf(pack, check(pack, rawWorkbook(pack.pack, { T: data }), 't.xlsx').values);
}

/** Whether some values of the set, each within MAX, let every rule hold. */
function bruteSolves(p: Problem, set: number[]): boolean {
  const lo = Float64Array.from(p.lo);
  const hi = Float64Array.from(p.hi);
  const rules = p.rules.map((r, i) => [r, i] as const).filter(([r]) => r.slots.some((s) => set.includes(s)));
  const half = (s: number) => (pack.slots[s]!.kind === 'count' ? 0 : 0.5);
  const tryFrom = (j: number): boolean => {
    if (j === set.length) {
      return rules.every(([r, i]) => {
        const side = sideOf(r, lo, hi);
        if (side !== UNDECIDED) return side === HOLDS;
        return p.undecided[i] === 1 || r.slots.every((x) => lo[x]! <= 0 && hi[x]! >= 0);
      });
    }
    const s = set[j]!;
    for (let v = 0; v <= MAX[pack.slots[s]!.kind as 'count' | 'percent']; v++) {
      lo[s] = v - half(s);
      hi[s] = v + half(s);
      if (tryFrom(j + 1)) return true;
    }
    return false;
  };
  return tryFrom(0);
}

function bruteMinimal(p: Problem): number[][] {
  const n = pack.slots.length;
  const singles = [...Array(n).keys()].map((i) => [i]);
  const pairs = singles.flatMap(([i]) => [...Array(n).keys()].filter((j) => j > i!).map((j) => [i!, j]));
  for (const sets of [singles, pairs]) {
    const found = sets.filter(
      (s) => p.failing.every((r) => p.rules[r]!.slots.some((x) => s.includes(x))) && bruteSolves(p, s),
    );
    if (found.length) return found;
  }
  return [];
}

describe('minimalSets against a brute force', () => {
  it('is clean on the clean sheet', () => {
    expect(problem(CLEAN).failing).toEqual([]);
  });

  for (let seed = 1; seed <= 24; seed++) {
    it(`finds the same smallest sets (seed ${seed})`, () => {
      const next = mulberry32(seed);
      const cells = [...CLEAN];
      for (let e = 0; e < 1 + (seed % 2); e++) cells[Math.floor(next() * 9)] = Math.floor(next() * 41);
      const p = problem(cells);
      const brute = bruteMinimal(p);
      const found = minimalSets(p, p.failing, { ...LIMITS, maxSets: 100 });
      if (!p.failing.length) return expect(found.sets).toEqual([{ cells: [], waived: [] }]);
      if (!brute.length) return expect(found.weight).toBeGreaterThan(2);
      expect(found.complete).toBe(true);
      expect(found.sets.map((s) => s.cells.join(',')).sort()).toEqual(brute.map((s) => s.join(',')).sort());
    });
  }
});

describe('minimalSets with a soft rule (a rule with a reliability)', () => {
  /** Each smallest set as the cells it changes and the rules it waives, by code and id. */
  const found = (reliability: number | undefined, cells: number[]) => {
    const pack = softPack(reliability);
    const p = problemOf(pack, softChecked(pack, cells).values);
    const out = minimalSets(p, p.failing);
    const at = (s: number) => `${pack.slots[s]!.row} ${pack.slots[s]!.col}`;
    return {
      weight: out.weight,
      sets: out.sets.map((s) => [...s.cells.map(at), ...s.waived.map((r) => `waive ${p.rules[r]!.id}`)]),
    };
  };
  const OFF = [40, 25, 15, 41];

  it('waives a rule of reliability 0.5 rather than change the one cell that would make it hold', () => {
    expect(found(0.5, OFF)).toEqual({ weight: 0.5, sets: [['waive dong']] });
  });

  it('changes the cell rather than waive a rule of reliability 3', () => {
    expect(found(3, OFF)).toEqual({ weight: 1, sets: [['1 (2)']] });
  });

  it('a rule without reliability must hold: never waived', () => {
    expect(found(undefined, OFF)).toEqual({ weight: 1, sets: [['1 (2)']] });
  });

  it('lists a tie between waiving at reliability 1 and changing one cell as two sets', () => {
    expect(found(1, OFF).sets).toEqual([['1 (2)'], ['waive dong']]);
  });

  it('waives a soft rule that holds as read when the change another rule needs would break it', () => {
    expect(found(0.5, [40, 25, 16, 40])).toEqual({ weight: 1.5, sets: [['1 (1)', 'waive dong']] });
    expect(found(undefined, [40, 25, 16, 40])).toEqual({ weight: 2, sets: [['1 (1)', '1 (2)']] });
  });
});
