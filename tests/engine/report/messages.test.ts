import { describe, expect, it } from 'vitest';
import type { Finding, FindingCode } from '../../../src/engine/check/finding.js';
import { message } from '../../../src/engine/report/messages.js';
import type { Lang, RuleSpec, SheetSpec } from '../../../src/engine/pack/pack.js';
import { validate } from '../../../src/engine/check/validate.js';
import { compileTiny, customSheet, rawWorkbook, tinyPack, type SheetValues } from '../fixtures.js';

/** S1: members 2008 (1) and 2017 (2), and a share (3) in % with 2 decimals; S2 cites the 2017 total. */
const S1 = customSheet(
  'S1',
  [
    { code: '(1)', kind: 'count', decimals: 0 },
    { code: '(2)', kind: 'count', decimals: 0 },
    { code: '(3)', kind: 'percent', decimals: 2 },
  ],
  [{ code: '1' }, { code: '1.1' }, { code: '1.2' }, { code: '2', optional: true, inputs: ['(1)'] }],
  [
    { id: 'tong', family: 'sum', assert: "S1['1', '(2)'] == S1['1.1', '(2)'] + S1['1.2', '(2)']" },
    { id: 'tyle', family: 'percent', assert: "S1['1.1', '(3)'] == S1['1.1', '(2)'] / S1['1', '(2)'] * 100" },
    {
      id: 'tang',
      family: 'growth',
      assert: "S1['1', '(3)'] == (S1['1', '(2)'] - S1['1', '(1)']) / S1['1', '(1)'] * 100",
    },
    {
      id: 'phan',
      family: 'part',
      assert: "S1['1.2', '(1)'] <= S1['1', '(1)']",
      description: { vi: 'Bộ phận không vượt quá tổng.', en: 'A part never exceeds its whole.' },
    },
    { id: 'trong', family: 'carry', blank: 'error', assert: "S1['2', '(1)'] == S1['1', '(1)']" },
  ],
);
const S2 = customSheet('S2', [{ code: '(1)', kind: 'count', decimals: 0 }], [{ code: '1' }], []);
const rules: RuleSpec[] = [{ id: 'same', family: 'same', assert: "S2['1', '(1)'] == S1['1', '(2)']" }];
const sheets: SheetSpec[] = [S1, S2];
const pack = compileTiny(rules, sheets);

/** 26773 members in 2017, 20000 in 2008 (growth 33.865%); 1.1 holds 12945 of them, 48.35%. */
function good(): Record<string, SheetValues> {
  return {
    S1: {
      '1': { '(1)': 20000, '(2)': 26773, '(3)': 33.87 },
      '1.1': { '(1)': 9000, '(2)': 12945, '(3)': 48.35 },
      '1.2': { '(1)': 11000, '(2)': 13828, '(3)': 51.65 },
      '2': { '(1)': 20000 },
    },
    S2: { '1': { '(1)': 26773 } },
  };
}
function findingsOf(
  edit: (v: Record<string, SheetValues>) => void,
  wbEdit?: (wb: ReturnType<typeof rawWorkbook>) => void,
) {
  const values = good();
  edit(values);
  const wb = rawWorkbook(tinyPack(rules, sheets), values);
  wbEdit?.(wb);
  return validate(pack, wb, 'x.xlsx').findings;
}
function one(
  code: FindingCode,
  edit: (v: Record<string, SheetValues>) => void,
  wbEdit?: (wb: ReturnType<typeof rawWorkbook>) => void,
) {
  const found = findingsOf(edit, wbEdit).filter((f) => f.code === code);
  expect(found, code).toHaveLength(1);
  const f = found[0]!;
  return { f, vi: message(f, 'vi', pack), en: message(f, 'en', pack) };
}

describe('messages', () => {
  it('the fixture figures agree', () => {
    expect(findingsOf(() => {})).toEqual([]);
  });

  it('sum-mismatch: thousands written 27.023 in Vietnamese and 27,023 in English', () => {
    const { vi, en } = one('sum-mismatch', (v) => (v.S1!['1']!['(2)'] = 27023));
    // 27023 given; 12945 + 13828 = 26773; difference 250
    expect(vi).toContain('27.023');
    expect(vi).toContain('26.773');
    expect(vi).toContain('250');
    expect(vi).not.toContain('27,023');
    expect(en).toContain('27,023');
    expect(en).toContain('26,773');
    expect(en).toContain('250');
    expect(vi).toMatch(/[ổộư]/); // Vietnamese text, not English
    expect(en).not.toMatch(/[ổộư]/);
  });

  it('same-mismatch: names both figures and a negative difference', () => {
    const { vi, en } = one('same-mismatch', (v) => (v.S2!['1']!['(1)'] = 27023));
    expect(vi).toContain('27.023');
    expect(vi).toContain('26.773');
    expect(en).toContain('27,023');
    expect(en).toContain('26,773');
    expect(en).toContain('250');
  });

  it('percent-mismatch: 48,34% in Vietnamese, 48.34% in English, at the decimals shown', () => {
    // 12945 / 26773 = 48.351…%, shown as 48.35; 48.34 was given
    const { f, vi, en } = one('percent-mismatch', (v) => (v.S1!['1.1']!['(3)'] = 48.34));
    expect(f.rule).toBe('tyle');
    expect(vi).toContain('48,34%');
    expect(vi).toContain('48,35%');
    expect(en).toContain('48.34%');
    expect(en).toContain('48.35%');
    expect(vi).not.toContain('48.34');
  });

  it('growth-mismatch: percentages with a decimal comma', () => {
    // (26773 - 20000) / 20000 = 33.865% (33.87 shown); 33.78 was given
    const { vi, en } = one('growth-mismatch', (v) => (v.S1!['1']!['(3)'] = 33.78));
    expect(vi).toContain('33,78%');
    expect(vi).toContain('33,87%');
    expect(en).toContain('33.78%');
    expect(en).toContain('33.87%');
  });

  it('part-exceeds-whole, with the rule`s description added once, its full stop not doubled', () => {
    const { vi, en } = one('part-exceeds-whole', (v) => {
      v.S1!['1.2']!['(1)'] = 21000;
    });
    expect(vi).toContain('21.000');
    expect(vi).toContain('20.000');
    expect(en).toContain('21,000');
    expect(vi.endsWith('Bộ phận không vượt quá tổng.')).toBe(true);
    expect(en.endsWith('A part never exceeds its whole.')).toBe(true);
    expect(en).not.toContain('..');
  });

  it('carry-mismatch', () => {
    const { vi, en } = one('carry-mismatch', (v) => (v.S1!['2']!['(1)'] = 19500));
    expect(vi).toContain('19.500');
    expect(vi).toContain('20.000');
    expect(en).toContain('19,500');
    expect(en).toContain('20,000');
  });

  it('text-number: quotes what was typed and the value read, in each language`s writing', () => {
    const { vi, en } = one('text-number', (v) => (v.S2!['1']!['(1)'] = '26 773'));
    expect(vi).toContain('"26 773"');
    expect(vi).toContain('26.773');
    expect(en).toContain('"26 773"');
    expect(en).toContain('26,773');
  });

  it('text-number in a percent cell', () => {
    const { vi, en } = one('text-number', (v) => (v.S1!['1.1']!['(3)'] = '48,35%'));
    expect(vi).toContain('"48,35%"');
    expect(vi).toContain('48,35%');
    expect(en).toContain('48.35%');
  });

  it('negative', () => {
    const { vi, en } = one('negative', (v) => (v.S1!['2']!['(1)'] = -1234));
    expect(vi).toContain('-1.234');
    expect(en).toContain('-1,234');
  });

  // A count is not rounded to the column's 0 decimals: 2.5 is not written "3".
  it('not-whole: shows the fraction found (2,5 / 2.5)', () => {
    const { vi, en } = one('not-whole', (v) => (v.S1!['1.2']!['(2)'] = 2.5));
    expect(vi).toContain('2,5');
    expect(en).toContain('2.5');
  });

  // "8,59" typed as text in a count is read as 8.59, and said so.
  it('text-number in a count: shows the fraction read (8,59)', () => {
    const { vi } = one('text-number', (v) => (v.S1!['1.2']!['(2)'] = '8,59'));
    expect(vi).toMatch(/đã đọc là 8,59/);
  });

  const plain: [FindingCode, (v: Record<string, SheetValues>) => void, ((wb: any) => void)?][] = [
    ['rule-blank', (v) => delete v.S1!['2']!['(1)']],
    ['required-blank', (v) => delete v.S2!['1']!['(1)']],
    ['not-a-number', (v) => (v.S2!['1']!['(1)'] = 'hai mươi')],
    ['cell-error', (v) => (v.S2!['1']!['(1)'] = { value: null, error: '#REF!' })],
    ['missing-sheet', () => {}, (wb) => wb.sheets.pop()],
    ['missing-row', () => {}, (wb) => (wb.sheets[0].cells[4][0] = null)],
    ['missing-column', () => {}, (wb) => (wb.sheets[0].cells[2][4] = null)],
    ['duplicate-row', () => {}, (wb) => (wb.sheets[0].cells[5][0] = { value: '1.1' })],
  ];
  for (const [code, edit, wbEdit] of plain) {
    it(`${code}: a sentence in each language`, () => {
      const { f, vi, en } = one(code, edit, wbEdit);
      expect(vi).not.toBe(en);
      expect(vi).toMatch(/[ôốộơờưăấ]/);
      expect(en.replace(/"[^"]*"/g, '')).not.toMatch(/[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i);
      expect(vi.endsWith('.')).toBe(true);
      expect(en.endsWith('.')).toBe(true);
      if (code === 'not-a-number') expect(vi).toContain('"hai mươi"');
      if (code === 'cell-error') expect(en).toContain('#REF!');
      if (f.code === 'missing-sheet' || f.code === 'missing-row' || f.code === 'missing-column')
        expect(en).toContain(f.found);
      if (code === 'missing-sheet') expect(vi).toContain('Biểu S2');
      if (f.code === 'duplicate-row') expect(vi).toContain(`${f.addresses[0]} và ${f.addresses[1]}`);
    });
  }

  it('every finding code has a message in both languages', () => {
    const codes: FindingCode[] = [
      'sum-mismatch',
      'same-mismatch',
      'percent-mismatch',
      'growth-mismatch',
      'part-exceeds-whole',
      'carry-mismatch',
      'rule-blank',
      'required-blank',
      'not-whole',
      'negative',
      'text-number',
      'not-a-number',
      'cell-error',
      'missing-sheet',
      'missing-row',
      'missing-column',
      'duplicate-row',
      'duplicate-column',
    ];
    for (const code of codes) {
      const f = {
        code,
        rule: 'r',
        severity: 'error',
        cells: [],
        found: 1,
        expected: 1,
        difference: 0,
        decimals: 0,
        sheet: 'S1',
        sheetName: 'x',
        addresses: ['A1', 'A2'],
        repeats: 1,
      } as unknown as Finding;
      for (const lang of ['vi', 'en'] as Lang[])
        expect(message(f, lang, pack).length, `${code} ${lang}`).toBeGreaterThan(10);
    }
  });
});
