import { describe, expect, it } from 'vitest';
import { localise } from '../../../src/engine/localise/localise.js';
import type { Agreement, SuspectGroup, SuspectSet } from '../../../src/engine/localise/suspect.js';
import konTum from '../../../scripts/data/kon-tum-2017.js';
import cleanDistrict from '../../../scripts/data/clean-district.js';
import { provinceUnits } from '../../../scripts/data/province-units.js';
import { checkValues, reference, withChanges } from './helpers.js';
import { compileTiny, customSheet, rawWorkbook } from '../fixtures.js';
import { checkedWorkbook as check } from '../../../src/engine/check/validate.js';
import type { FiguresByCode as Values } from '../../../src/engine/batch/values.js';

const suspectsOf = (data: Values) => {
  const { values } = checkValues(reference, data);
  return localise(reference, values);
};
/** A set as "sheet row column: read -> suggested (cause)" lines. */
const lines = (set: SuspectSet) =>
  set.cells.map((c) => {
    const cause = c.cause ? ` (${c.cause.kind})` : '';
    return `${c.cell.sheet} ${c.cell.row} ${c.cell.column}: ${c.cell.value} -> ${c.suggested}${cause}`;
  });
const groupOf = (groups: SuspectGroup[], rule: string) => groups.find((g) => g.rules.includes(rule))!;

describe('localise on the Kon Tum example', () => {
  const groups = suspectsOf(konTum);

  it('blames Biểu 1 C17 alone and suggests the 26.773 of Biểu 3a', () => {
    const g = groupOf(groups, 'B1=B3a.dang-vien');
    expect(g.rules).toEqual(['B1=B3a.dang-vien']);
    expect(g.sets.map(lines)).toEqual([['B1 4 (1): 27023 -> 26773']]);
  });

  it('blames the two Biểu 7 percentages, not the counts they share', () => {
    const g = groupOf(groups, 'B7.ty-le-2017[2]');
    expect(g.sets.map(lines)).toEqual([['B7 2 (4): 48.34 -> 87.26', 'B7 3 (4): 33.87 -> 61.15']]);
  });

  it('shows both ways of the 1.907 / 1.902 tie, the one typing slips explain first', () => {
    const g = groupOf(groups, 'B1=PL1.chi-bo-truc-thuoc');
    expect(g.weight).toBe(2);
    expect(g.sets.map(lines)).toEqual([
      ['B1 3 (1): 1908 -> 1903 (digit-changed)', 'B1 3.2 (1): 1907 -> 1902 (digit-changed)'],
      ['PL1 3 (2): 1902 -> 1907 (digit-changed)', 'PL1 3 (3): 19.85 -> 20.16'],
    ]);
  });

  it('backs each suggestion of the one smallest fix with the rules that confirm the figures calling for it', () => {
    const agrees = (rule: string) => groupOf(groups, rule).sets.map((set) => set.cells.map((c) => c.agrees));
    const figures = (a: Agreement | null) => a?.cells.map((c) => `${c.sheet} ${c.row} ${c.column} = ${c.value}`);
    const [[c17]] = agrees('B1=B3a.dang-vien') as [[Agreement]];
    expect(figures(c17)).toEqual(['B3a 1 (5) = 26773']);
    expect(c17.rules).toEqual(['B3a.can-doi[1]', 'B3a.cuoi-ky']);
    const [[f11, f12]] = agrees('B7.ty-le-2017[2]') as [[Agreement, Agreement]];
    expect(figures(f11)).toEqual(['B7 2 (3) = 1788', 'B7 1 (3) = 2049']);
    expect(f11.rules).toEqual(['B7.tang[2]', 'B7.tong[(3)]', 'B7.tang[1]']);
    expect(figures(f12)).toEqual(['B7 3 (3) = 1253', 'B7 1 (3) = 2049']);
    expect(f12.rules).toEqual(['B7.tang[3]', 'B7.tong[(3)]', 'B7.tang[1]']);
    expect(agrees('B1=PL1.chi-bo-truc-thuoc').flat(2)).toEqual([null, null, null, null]);
  });

  it('never backs a suggestion with the failing rule itself nor with a rule reading a cell of the fix', () => {
    const fixed = groups.flatMap((g) => (g.sets.length === 1 ? g.sets[0]!.cells : []));
    const cells = new Set(fixed.map((c) => `${c.cell.sheet} ${c.cell.row} ${c.cell.column}`));
    const rules = fixed.flatMap((c) => c.agrees?.rules ?? []).map((id) => reference.rules.find((r) => r.id === id)!);
    expect(rules.length).toBeGreaterThan(0);
    for (const r of rules) {
      expect(groups.flatMap((g) => g.rules)).not.toContain(r.id);
      const read = r.slots.map((s) => reference.slots[s]!).map((s) => `${s.sheet} ${s.row} ${s.col}`);
      expect(read.filter((x) => cells.has(x))).toEqual([]);
    }
  });

  it('is what the report of a check holds', () => {
    expect(checkValues(reference, konTum).report.suspects).toEqual(groups);
  });

  it('explains every failing error rule, each group completely searched', () => {
    expect(groups.flatMap((g) => g.rules).sort()).toHaveLength(9);
    expect(groups.every((g) => g.complete && g.sets.length > 0)).toBe(true);
  });
});

describe('localise on consistent workbooks', () => {
  it('raises no suspects on the clean district nor on any of the 15 units', () => {
    expect(suspectsOf(cleanDistrict)).toEqual([]);
    for (const unit of provinceUnits()) expect(suspectsOf(unit.values)).toEqual([]);
  });
});

describe('localise with errors put in the clean district', () => {
  it('says nothing backs a suggestion when the figures calling for it are confirmed by no other equality', () => {
    const [g] = suspectsOf(withChanges(cleanDistrict, [['B2', '1.1', '(1)', 317]]));
    expect(g!.sets.map(lines)).toEqual([['B2 1.1 (1): 317 -> 310 (digit-changed)']]);
    expect(g!.sets[0]!.cells[0]!.agrees).toBeNull();
  });

  it('names two adjacent digits swapped: 2.768 typed for 2.786', () => {
    const [g] = suspectsOf(withChanges(cleanDistrict, [['B1', '4', '(1)', 2768]]));
    expect(g!.sets.map(lines)).toEqual([['B1 4 (1): 2768 -> 2786 (digits-swapped)']]);
  });

  it('finds three errors at once, each in its own group', () => {
    const groups = suspectsOf(
      withChanges(cleanDistrict, [
        ['B1', '4', '(1)', 2886],
        ['B7', '2', '(4)', 0.8756],
        ['B6', '2.1', '(1)', -1 * Number(cleanDistrict.B6!['2.1']!['(1)'])],
      ]),
    );
    const first = groups.map((g) => lines(g.sets[0]!)).flat();
    expect(first).toContain('B1 4 (1): 2886 -> 2786 (digit-changed)');
    expect(first).toContain('B7 2 (4): 0.8756 -> 87.56 (percent-as-fraction)');
    expect(first.some((l) => l.startsWith('B6 2.1 (1)') && l.endsWith('(sign)'))).toBe(true);
  });

  it('localises a growth rate: a wrong 2017 count is blamed, not the rate that agrees with the rest', () => {
    const [g] = suspectsOf(withChanges(cleanDistrict, [['B7', '1.1', '(3)', 101]]));
    expect(g!.sets.map(lines)[0]).toEqual(['B7 1.1 (3): 101 -> 110 (digits-swapped)']);
  });

  it('names two cells whose values were exchanged', () => {
    const [g] = suspectsOf(
      withChanges(cleanDistrict, [
        ['PL1', '1.1', '(1)', 18],
        ['PL1', '1.1', '(2)', 14],
      ]),
    );
    expect(g!.sets.map(lines)).toEqual([
      ['PL1 1.1 (1): 18 -> 14 (cells-exchanged)', 'PL1 1.1 (2): 14 -> 18 (cells-exchanged)'],
    ]);
    expect(g!.sets[0]!.cells[0]!.cause!.cell!.row).toBe('1.1');
    expect(g!.sets[0]!.cells[0]!.cause!.cell!.column).toBe('(2)');
  });
});

describe('localise naming an exchange across groups', () => {
  it("names two cells of unrelated rules whose suggestions are each other's values", () => {
    const groups = suspectsOf(
      withChanges(cleanDistrict, [
        ['B6', '2.1', '(1)', 4],
        ['B10', '1.1', '(1)', 61],
      ]),
    );
    const firsts = groups.map((g) => lines(g.sets[0]!));
    expect(firsts).toContainEqual(['B6 2.1 (1): 4 -> 61 (cells-exchanged)']);
    expect(firsts).toContainEqual(['B10 1.1 (1): 61 -> 4 (cells-exchanged)']);
  });
});

describe('localise when an exchange ties two groups', () => {
  it("lists the exchange beside both groups' fixes when a total that still holds reads the two cells", () => {
    const groups = suspectsOf(
      withChanges(cleanDistrict, [
        ['B8', '1.1', '(2)', 60],
        ['B8', '1.2', '(2)', 63],
      ]),
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]!.rules).toEqual(['B8.tang-chuyen-mon[1.1]', 'B8.tang-chuyen-mon[1.2]']);
    expect(groups[0]!.weight).toBe(2);
    expect(groups[0]!.sets.map(lines)).toEqual([
      ['B8 1.1 (2): 60 -> 63 (cells-exchanged)', 'B8 1.2 (2): 63 -> 60 (cells-exchanged)'],
      ['B8 1.1 (3): 57.5 -> 50', 'B8 1.2 (3): 57.89 -> 65.79'],
    ]);
    expect(groups[0]!.sets.flatMap((set) => set.cells).every((c) => c.agrees === null)).toBe(true);
  });

  it('keeps the groups apart when the total still holds but no exchange lets both hold', () => {
    const groups = suspectsOf(
      withChanges(cleanDistrict, [
        ['B8', '1.1', '(2)', 62],
        ['B8', '1.2', '(2)', 61],
      ]),
    );
    expect(groups.map((g) => g.rules)).toEqual([['B8.tang-chuyen-mon[1.1]'], ['B8.tang-chuyen-mon[1.2]']]);
    expect(groups.map((g) => g.sets.length)).toEqual([1, 1]);
  });
});

describe('localise naming a figure typed one row off', () => {
  it('names the neighbouring row when the value read is the figure of the row above', () => {
    const [g] = suspectsOf(withChanges(cleanDistrict, [['B1', '4', '(1)', 171]]));
    expect(g!.sets.map(lines)).toEqual([['B1 4 (1): 171 -> 2786 (neighbour)']]);
    expect(g!.sets[0]!.cells[0]!.cause!.cell).toMatchObject({ row: '3.2', column: '(1)', value: 171 });
  });

  it('names nothing when no neighbour holds the value read', () => {
    const [g] = suspectsOf(withChanges(cleanDistrict, [['B1', '4', '(1)', 172]]));
    expect(g!.sets.map(lines)).toEqual([['B1 4 (1): 172 -> 2786']]);
  });

  it('lists both cells when a figure stands in two rows of one sum: either may be the one typed off', () => {
    const [g] = suspectsOf(withChanges(cleanDistrict, [['B6', '2.2', '(1)', 61]]));
    expect(g!.sets.map(lines)).toEqual([
      ['B6 2.1 (1): 61 -> 30 (neighbour)'],
      ['B6 2.2 (1): 61 -> 30 (neighbour)'],
      ['B6 2 (1): 118 -> 149'],
    ]);
  });
});

describe('localise with many equally small fixes', () => {
  it('keeps six and says more tie', () => {
    const rows = ['1', ...Array.from({ length: 8 }, (_, i) => `1.${i + 1}`)];
    const sheet = customSheet(
      'S',
      [{ code: '(1)', kind: 'count', decimals: 0 }],
      rows.map((code) => ({ code })),
      [{ id: 'tong', family: 'sum', assert: "S['1', '(1)'] == sum(S['1.1':'1.8', '(1)'])" }],
    );
    const pack = compileTiny([], [sheet]);
    const data = Object.fromEntries(rows.map((r, i) => [r, { '(1)': i ? 10 : 81 }]));
    const { values } = check(pack, rawWorkbook(pack.pack, { S: data }), 's.xlsx');
    const [g] = localise(pack, values);
    expect(g!.sets).toHaveLength(6);
    expect(g!.more).toBe(true);
    expect(g!.complete).toBe(true);
    expect(g!.sets.every((s) => s.cells.length === 1)).toBe(true);
  });
});
