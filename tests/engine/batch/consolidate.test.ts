import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../src/engine/pack/compilePack.js';
import { ConsolidationRefused, Consolidator, computingRules } from '../../../src/engine/batch/consolidate.js';
import type { Pack, RuleSpec } from '../../../src/engine/pack/pack.js';
import type { RawCell } from '../../../src/engine/workbook/workbook.js';
import { customSheet, rawWorkbook, setIdentity, tinySheet, type SheetValues } from '../fixtures.js';

/**
 * S1: counts of 2008 (1) and 2017 (2) with a growth rate (3), a total over two parts.
 * S2: a count (1), a share (2) that a percent rule computes from S2 and S1, a percent (3) no rule
 * computes, and a row "M" the pack marks manual.
 */
const rules: RuleSpec[] = [
  { id: 'tong', family: 'sum', for: { c: ['(1)', '(2)'] }, assert: "S1['1', c] == S1['1.1', c] + S1['1.2', c]" },
  {
    id: 'tang',
    family: 'growth',
    for: { r: ['1', '1.1', '1.2'] },
    assert: "S1[r, '(3)'] == (S1[r, '(2)'] - S1[r, '(1)']) / S1[r, '(1)'] * 100",
  },
  { id: 'ty-le', family: 'percent', assert: "(S2['1', '(2)']) == S2['1', '(1)'] / S1['1', '(2)'] * 100" },
];
const s2 = customSheet(
  'S2',
  [
    { code: '(1)', kind: 'count', decimals: 0 },
    { code: '(2)', kind: 'percent', decimals: 2 },
    { code: '(3)', kind: 'percent', decimals: 1 },
  ],
  [{ code: '1' }, { code: 'M', inputs: ['(1)'] }],
);
s2.rows[1]!.consolidate = 'manual';
const spec: Pack = { id: 'tiny', version: '1.0.0', title: { vi: 'T', en: 'T' }, sheets: [tinySheet('S1'), s2], rules };
const pack = compilePack(spec);

type Counts = {
  a08: number;
  b08: number;
  a17: number;
  b17: number;
  s2: number | null;
  share?: number;
  other: number;
  m: number;
};

const round2 = (x: number) => Number(x.toFixed(2));
const growth = (from: number, to: number) => round2(((to - from) / from) * 100);

/** A consistent unit workbook from its part counts; any cell may be overridden. */
function unit(
  file: string,
  c: Counts,
  identity: { name?: string; code?: string; period?: string },
  override: Record<string, Record<string, RawCell['value'] | RawCell>> = {},
) {
  const [t08, t17] = [c.a08 + c.b08, c.a17 + c.b17];
  const values: Record<string, SheetValues> = {
    S1: {
      '1': { '(1)': t08, '(2)': t17, '(3)': growth(t08, t17) },
      '1.1': { '(1)': c.a08, '(2)': c.a17, '(3)': growth(c.a08, c.a17) },
      '1.2': { '(1)': c.b08, '(2)': c.b17, '(3)': growth(c.b08, c.b17) },
    },
    S2: {
      '1': { '(1)': c.s2, '(2)': c.s2 === null ? null : round2((c.s2 / t17) * 100), '(3)': c.other },
      M: { '(1)': c.m },
    },
  };
  for (const [key, cell] of Object.entries(override)) {
    const [sheet, row] = key.split(' ') as [string, string];
    Object.assign(values[sheet]![row]!, cell);
  }
  return { file, wb: setIdentity(rawWorkbook(spec, values), { period: '12-2017', ...identity }) };
}

/** A small seeded generator, so the sums below are of figures no person chose. */
function numbers(seed: number) {
  let a = seed;
  return (lo: number, hi: number) => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return lo + (a % (hi - lo + 1));
  };
}

const cell = (c: ReturnType<Consolidator['result']>, sheet: string, row: string, col: string) =>
  c.values[sheet]?.[row]?.[col];

describe('Consolidator', () => {
  it('sums every count exactly, as the sum computed here independently, and recomputes rates from the sums', () => {
    const int = numbers(7);
    const units = Array.from({ length: 9 }, (_, i) => {
      const c: Counts = {
        a08: int(1, 900),
        b08: int(1, 900),
        a17: int(1, 990),
        b17: int(1, 990),
        s2: int(0, 50),
        other: 12.5,
        m: int(0, 3),
      };
      return { c, ...unit(`u${i}.xlsx`, c, { code: `U${i}` }) };
    });
    const k = new Consolidator(pack);
    for (const u of units) k.add(u.wb, u.file);
    const r = k.result();
    const total = (f: (c: Counts) => number) => units.reduce((n, u) => n + f(u.c), 0);
    const [a08, b08, a17, b17, s2sum] = [
      total((c) => c.a08),
      total((c) => c.b08),
      total((c) => c.a17),
      total((c) => c.b17),
      total((c) => c.s2!),
    ];
    expect(r.values.S1).toEqual({
      '1': { '(1)': a08 + b08, '(2)': a17 + b17, '(3)': growth(a08 + b08, a17 + b17) },
      '1.1': { '(1)': a08, '(2)': a17, '(3)': growth(a08, a17) },
      '1.2': { '(1)': b08, '(2)': b17, '(3)': growth(b08, b17) },
    });
    expect(cell(r, 'S2', '1', '(1)')).toBe(s2sum);
    expect(cell(r, 'S2', '1', '(2)')).toBe(round2((s2sum / (a17 + b17)) * 100));
    expect(r.units.map((u) => u.unit.code)).toEqual(units.map((_, i) => `U${i}`));
  });

  it('never sums nor averages a rate: 50 % and 10 % over 10 → 15 and 30 → 33 make 20 %', () => {
    const k = new Consolidator(pack);
    k.add(unit('a.xlsx', { a08: 4, b08: 6, a17: 6, b17: 9, s2: 1, other: 1, m: 0 }, { code: 'A' }).wb, 'a.xlsx');
    k.add(unit('b.xlsx', { a08: 10, b08: 20, a17: 11, b17: 22, s2: 1, other: 1, m: 0 }, { code: 'B' }).wb, 'b.xlsx');
    const r = k.result();
    expect(cell(r, 'S1', '1', '(3)')).toBe(20);
    expect(cell(r, 'S1', '1', '(3)')).not.toBe(50 + 10);
    expect(cell(r, 'S1', '1', '(3)')).not.toBe((50 + 10) / 2);
  });

  it('one unit gives its own figures back', () => {
    const u = unit('a.xlsx', { a08: 139, b08: 427, a17: 186, b17: 512, s2: 17, other: 33.3, m: 2 }, { code: 'A' });
    const k = new Consolidator(pack);
    k.add(u.wb, u.file);
    const r = k.result();
    const original = k.units[0]!;
    expect(original.counts).toEqual({ errors: 0, warnings: 0, discrepancies: 0, problems: 0, blanks: 0 });
    const sheet = (code: string) =>
      Object.fromEntries(
        u.wb.sheets
          .find((s) => s.name === `Biểu ${code}`)!
          .cells.slice(3)
          .map((row) => [row[0]!.value, row]),
      );
    for (const slot of pack.slots) {
      const col = spec.sheets.find((s) => s.code === slot.sheet)!.columns.findIndex((c) => c.code === slot.col);
      const given = sheet(slot.sheet)[slot.row]![2 + col]?.value;
      if (slot.sheet === 'S2' && slot.row === 'M') expect(cell(r, 'S2', 'M', slot.col)).toBeUndefined();
      else expect(cell(r, slot.sheet, slot.row, slot.col), `${slot.sheet} ${slot.row} ${slot.col}`).toBe(given);
    }
    expect(r.notes).toEqual([{ sheet: 'S2', row: 'M', col: '(1)', kind: 'manual', blank: [], unreadable: [] }]);
  });

  it('blank is not zero: blank in every unit stays blank, 0 stays 0, else the sum of those that gave it, the others listed', () => {
    const c: Counts = { a08: 5, b08: 5, a17: 6, b17: 6, s2: 0, other: 1, m: 0 };
    const noOther = { 'S2 1': { '(3)': null } };
    const k = new Consolidator(pack);
    k.add(unit('a.xlsx', c, { code: 'A' }, { 'S1 1.1': { '(1)': null }, ...noOther }).wb, 'a.xlsx');
    k.add(unit('b.xlsx', { ...c, a08: 3 }, { code: 'B' }, noOther).wb, 'b.xlsx');
    k.add(unit('c.xlsx', { ...c, a08: 7 }, { code: 'C' }, { 'S1 1.1': { '(1)': null }, ...noOther }).wb, 'c.xlsx');
    const r = k.result();
    expect(cell(r, 'S1', '1.1', '(1)')).toBe(3); // only B gave it
    expect(r.notes.find((n) => n.row === '1.1' && n.col === '(1)')).toEqual({
      sheet: 'S1',
      row: '1.1',
      col: '(1)',
      kind: 'partial',
      blank: [0, 2],
      unreadable: [],
    });
    // The growth of 1.1 is computed from that partial 2008 figure: it says which units it lacks.
    expect(cell(r, 'S1', '1.1', '(3)')).toBe(growth(3, 18));
    expect(r.notes.find((n) => n.row === '1.1' && n.col === '(3)')).toMatchObject({ kind: 'partial', blank: [0, 2] });
    expect(cell(r, 'S2', '1', '(1)')).toBe(0); // 0 in every unit
    expect(cell(r, 'S2', '1', '(2)')).toBe(0);
    expect(r.values.S2?.['1']).not.toHaveProperty('(3)'); // blank in every unit
    expect(r.notes.some((n) => n.sheet === 'S2' && n.row === '1')).toBe(false);
  });

  it('a cell unreadable in a unit is left out of the sum and listed; a number typed as text is summed', () => {
    const c: Counts = { a08: 5, b08: 5, a17: 6, b17: 6, s2: 1, other: 1, m: 0 };
    const k = new Consolidator(pack);
    k.add(unit('a.xlsx', c, { code: 'A' }, { 'S1 1.2': { '(2)': 'abc' } }).wb, 'a.xlsx');
    k.add(unit('b.xlsx', c, { code: 'B' }, { 'S1 1.2': { '(2)': '1.006' } }).wb, 'b.xlsx');
    k.add(unit('c.xlsx', c, { code: 'C' }, { 'S1 1.2': { '(2)': { value: null, error: '#REF!' } } }).wb, 'c.xlsx');
    const r = k.result();
    expect(cell(r, 'S1', '1.2', '(2)')).toBe(1006);
    expect(r.notes.find((n) => n.row === '1.2' && n.col === '(2)')).toMatchObject({
      kind: 'partial',
      blank: [],
      unreadable: [0, 2],
    });
    expect(k.units.map((u) => u.counts.warnings)).toEqual([0, 1, 0]);
  });

  it('a rate no rule computes keeps the value the units agree on; when they differ it is blank and listed', () => {
    const c: Counts = { a08: 5, b08: 5, a17: 6, b17: 6, s2: 1, other: 12.5, m: 0 };
    const same = new Consolidator(pack);
    same.add(unit('a.xlsx', c, { code: 'A' }).wb, 'a.xlsx');
    same.add(unit('b.xlsx', { ...c, a08: 6 }, { code: 'B' }, { 'S2 1': { '(3)': 12.5 } }).wb, 'b.xlsx');
    expect(cell(same.result(), 'S2', '1', '(3)')).toBe(12.5);
    const differ = new Consolidator(pack);
    differ.add(unit('a.xlsx', c, { code: 'A' }).wb, 'a.xlsx');
    differ.add(unit('b.xlsx', { ...c, other: 40 }, { code: 'B' }).wb, 'b.xlsx');
    const r = differ.result();
    expect(cell(r, 'S2', '1', '(3)')).toBeUndefined();
    expect(r.notes.find((n) => n.col === '(3)' && n.sheet === 'S2')).toMatchObject({ kind: 'differs' });
  });

  it('a rate over a base that adds up to 0 has no value to compute: the units’ common value, if any', () => {
    const zero: Counts = { a08: 0, b08: 5, a17: 0, b17: 6, s2: 1, other: 1, m: 0 };
    const k = new Consolidator(pack);
    k.add(unit('a.xlsx', zero, { code: 'A' }, { 'S1 1.1': { '(3)': 0 } }).wb, 'a.xlsx');
    k.add(unit('b.xlsx', { ...zero, b08: 7 }, { code: 'B' }, { 'S1 1.1': { '(3)': 0 } }).wb, 'b.xlsx');
    expect(cell(k.result(), 'S1', '1.1', '(3)')).toBe(0);
  });

  it('a manual row is blank whatever the units give, and listed', () => {
    const c: Counts = { a08: 5, b08: 5, a17: 6, b17: 6, s2: 1, other: 1, m: 4 };
    const k = new Consolidator(pack);
    k.add(unit('a.xlsx', c, { code: 'A' }).wb, 'a.xlsx');
    k.add(unit('b.xlsx', { ...c, a08: 6 }, { code: 'B' }).wb, 'b.xlsx');
    const r = k.result({ name: 'Tỉnh', code: 'T' });
    expect(cell(r, 'S2', 'M', '(1)')).toBeUndefined();
    expect(r.notes.filter((n) => n.kind === 'manual')).toEqual([
      { sheet: 'S2', row: 'M', col: '(1)', kind: 'manual', blank: [], unreadable: [] },
    ]);
    expect(r.identity).toEqual({ name: 'Tỉnh', code: 'T', period: '12-2017' });
  });

  it('only percent and growth rules with the cell alone on the left compute a cell', () => {
    const computed = computingRules(pack);
    const at = (s: string, r: string, c: string) => pack.slotOf(s, r, c)!;
    expect([...computed.keys()].sort((a, b) => a - b)).toEqual([
      at('S1', '1', '(3)'),
      at('S1', '1.1', '(3)'),
      at('S1', '1.2', '(3)'),
      at('S2', '1', '(2)'),
    ]);
  });
});

describe('Consolidator refuses, naming the files', () => {
  const c: Counts = { a08: 5, b08: 5, a17: 6, b17: 6, s2: 1, other: 1, m: 0 };
  const refusal = (add: (k: Consolidator) => void) => {
    const k = new Consolidator(pack);
    try {
      add(k);
    } catch (e) {
      expect(e).toBeInstanceOf(ConsolidationRefused);
      return { error: e as ConsolidationRefused, units: k.units.length };
    }
    throw new Error('not refused');
  };

  it('two workbooks of one unit code, whatever the case and spacing', () => {
    const { error, units } = refusal((k) => {
      k.add(unit('a.xlsx', c, { code: 'DH', name: 'Đăk Hà' }).wb, 'a.xlsx');
      k.add(unit('b.xlsx', { ...c, a08: 9 }, { code: 'B' }).wb, 'b.xlsx');
      k.add(unit('c.xlsx', { ...c, a08: 8 }, { code: ' dh', name: 'Đăk Hà 2' }).wb, 'c.xlsx');
    });
    expect(error.text.vi).toBe(
      'Không tổng hợp: "a.xlsx" và "c.xlsx" là của cùng một đơn vị (mã dh), mỗi đơn vị chỉ được một tệp; không ghi tệp nào.',
    );
    expect(error.text.en).toContain('"a.xlsx" and "c.xlsx"');
    expect(units).toBe(2);
  });

  it('without codes, two workbooks of one name; and two with the very same figures', () => {
    const byName = refusal((k) => {
      k.add(unit('a.xlsx', c, { name: 'Đăk Hà' }).wb, 'a.xlsx');
      k.add(unit('b.xlsx', { ...c, a08: 9 }, { name: 'ĐĂK HÀ' }).wb, 'b.xlsx');
    });
    expect(byName.error.text.en).toContain('"a.xlsx" and "b.xlsx"');
    const twice = refusal((k) => {
      k.add(unit('a.xlsx', c, {}).wb, 'a.xlsx');
      k.add(unit('copy.xlsx', c, {}).wb, 'copy.xlsx');
    });
    expect(twice.error.text.en).toBe(
      'Not consolidated: "a.xlsx" and "copy.xlsx" hold the very same figures in every cell (one workbook sent twice?); nothing was written.',
    );
  });

  it('two periods, or a period given and one left blank; periods written differently are one', () => {
    const k = new Consolidator(pack);
    k.add(unit('a.xlsx', c, { code: 'A', period: '12-2017' }).wb, 'a.xlsx');
    k.add(unit('b.xlsx', { ...c, a08: 9 }, { code: 'B', period: '12/2017' }).wb, 'b.xlsx');
    expect(() => k.add(unit('c.xlsx', { ...c, a08: 8 }, { code: 'C', period: '12-2018' }).wb, 'c.xlsx')).toThrow(
      'Not consolidated: "a.xlsx" is for 12-2017 but "c.xlsx" is for 12-2018; only workbooks of one period are consolidated; nothing was written.',
    );
    expect(() => k.add(unit('d.xlsx', { ...c, a08: 7 }, { code: 'D', period: '' }).wb, 'd.xlsx')).toThrow(
      '"d.xlsx" gives no period',
    );
  });

  it('a workbook of another pack or version, naming it and one of the batch', () => {
    const other = unit('v2.xlsx', c, { code: 'B' }).wb;
    other.meta = { packId: 'tiny', packVersion: '2.0.0' };
    const { error } = refusal((k) => {
      k.add(unit('a.xlsx', c, { code: 'A' }).wb, 'a.xlsx');
      k.add(other, 'v2.xlsx');
    });
    expect(error.text.en).toBe(
      'Not consolidated: "v2.xlsx" was made from template pack tiny 2.0.0 and "a.xlsx" from tiny 1.0.0; nothing was written.',
    );
    expect(refusal((k) => k.add(other, 'v2.xlsx')).error.text.vi).toContain(
      '"v2.xlsx" được tạo từ gói biểu mẫu tiny 2.0.0, không phải gói tiny 1.0.0',
    );
  });

  it('a workbook with none of the pack’s sheets, with the reason', () => {
    const foreign = unit('x.xlsx', c, { code: 'X' }).wb;
    foreign.sheets.forEach((s) => (s.name = `${s.name} (khác)`));
    foreign.names = {};
    delete foreign.meta;
    const { error } = refusal((k) => k.add(foreign, 'x.xlsx'));
    // The reason names the file: it is the sentence, the file named once.
    expect(error.text.en).toBe(
      'Not consolidated, nothing was written: "x.xlsx" holds none of the sheets of template pack tiny 1.0.0: it is not one of its workbooks.',
    );
    expect(error.text.vi).toBe(
      'Không tổng hợp, không ghi tệp nào: Tệp "x.xlsx" không có biểu nào của gói biểu mẫu tiny 1.0.0: đây không phải tệp biểu mẫu của gói này.',
    );
  });

  it('a reason that does not name the file is given after it', () => {
    const error = ConsolidationRefused.unusable('x.xlsx', {
      vi: 'Sổ tính không có ô S1.',
      en: 'The workbook has no cell S1.',
    });
    expect(error.text.vi).toBe('Không tổng hợp tệp "x.xlsx", không ghi tệp nào: Sổ tính không có ô S1.');
    expect(error.text.en).toBe('"x.xlsx" not consolidated, nothing was written: The workbook has no cell S1.');
  });

  it("a consolidated workbook among units' own (an earlier result left among them), wherever it comes in the batch", () => {
    const earlier = unit('tinh.xlsx', { ...c, a08: 50 }, { code: 'T' }).wb;
    earlier.meta = { ...earlier.meta, consolidatedAt: '2018-06-10T02:00:00.000Z', consolidatedUnits: '2' };
    const last = refusal((k) => {
      k.add(unit('a.xlsx', c, { code: 'A' }).wb, 'a.xlsx');
      k.add(unit('b.xlsx', { ...c, a08: 9 }, { code: 'B' }).wb, 'b.xlsx');
      k.add(earlier, 'tinh.xlsx');
    });
    expect(last.error.text.vi).toBe(
      'Không tổng hợp: "tinh.xlsx" là tệp đã tổng hợp (từ 2 đơn vị), nằm lẫn với tệp của các đơn vị, nên cộng vào sẽ tính các đơn vị đó hai lần; không ghi tệp nào.',
    );
    expect(last.error.text.en).toBe(
      'Not consolidated: "tinh.xlsx" is a consolidated workbook (of 2 units) among units\' own workbooks, and adding it would count those units twice; nothing was written.',
    );
    expect(last.units).toBe(2);
    const first = refusal((k) => {
      k.add(earlier, 'tinh.xlsx');
      k.add(unit('a.xlsx', c, { code: 'A' }).wb, 'a.xlsx');
    });
    expect(first.error.text.en).toContain('"tinh.xlsx" is a consolidated workbook');
    expect(first.units).toBe(1);
  });

  it('consolidated workbooks alone add up, as a national roll-up of provinces', () => {
    const province = (file: string, code: string, a08: number) => {
      const wb = unit(file, { ...c, a08 }, { code }).wb;
      wb.meta = { ...wb.meta, consolidatedAt: '2018-06-10T02:00:00.000Z', consolidatedUnits: '15' };
      return wb;
    };
    const k = new Consolidator(pack);
    k.add(province('kon-tum.xlsx', 'KT', 50), 'kon-tum.xlsx');
    k.add(province('gia-lai.xlsx', 'GL', 70), 'gia-lai.xlsx');
    expect(k.units.map((u) => u.unit.code)).toEqual(['KT', 'GL']);
  });
});
