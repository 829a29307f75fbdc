import { describe, expect, it } from 'vitest';
import { boundsOf, checkRules } from '../../../src/engine/check/checkRules.js';
import type { Finding, RuleFailure } from '../../../src/engine/check/finding.js';
import { locateTemplate } from '../../../src/engine/workbook/locateTemplate.js';
import type { RuleSpec, SheetSpec } from '../../../src/engine/pack/pack.js';
import { readCells } from '../../../src/engine/workbook/readCells.js';
import { validate } from '../../../src/engine/check/validate.js';
import { compileTiny, customSheet, rawWorkbook, tinyPack, tinySheet, type SheetValues } from '../fixtures.js';

/*
 * S1 (tinySheet): grassroots organisations, (1) 2008, (2) 2017, (3) growth in % with 2 decimals;
 *   rows 1 = 1.1 + 1.2. S2: members (1) and their share (2), % with 2 decimals; row 3 cites S1's total.
 * S3: a period's opening (1) and closing (2) members.
 */
const S1 = tinySheet('S1', [
  { id: 'S1.tong', family: 'sum', for: { c: ['(1)', '(2)'] }, assert: "S1['1', c] == S1['1.1', c] + S1['1.2', c]" },
  {
    id: 'S1.tang',
    family: 'growth',
    for: { r: ['1', '1.1', '1.2'] },
    assert: "S1[r, '(3)'] == (S1[r, '(2)'] - S1[r, '(1)']) / S1[r, '(1)'] * 100",
  },
  { id: 'S1.phan', family: 'part', blank: 'error', assert: "S1['1.1', '(2)'] <= S1['1', '(2)']" },
]);
const S2 = customSheet(
  'S2',
  [
    { code: '(1)', kind: 'count', decimals: 0 },
    { code: '(2)', kind: 'percent', decimals: 2 },
  ],
  [{ code: '1', inputs: ['(1)'] }, { code: '2' }, { code: '3', inputs: ['(1)'] }],
  [{ id: 'S2.tyle', family: 'percent', assert: "S2['2', '(2)'] == S2['2', '(1)'] / S2['1', '(1)'] * 100" }],
);
const S3 = customSheet(
  'S3',
  [
    { code: '(1)', kind: 'count', decimals: 0 },
    { code: '(2)', kind: 'count', decimals: 0 },
  ],
  [{ code: '2016' }, { code: '2017' }],
  [{ id: 'S3.chuyen', family: 'carry', severity: 'warning', assert: "S3['2017', '(1)'] == S3['2016', '(2)']" }],
);
const packRules: RuleSpec[] = [{ id: 'S2=S1', family: 'same', assert: "S2['3', '(1)'] == S1['1', '(2)']" }];
const sheets: SheetSpec[] = [S1, S2, S3];
const pack = compileTiny(packRules, sheets);

/**
 * Figures that agree: 566 = 139 + 427 and 698 = 187 + 511; growth 132/566 = 23.32%, 48/139 = 34.53%,
 * 84/427 = 19.67%; 1788 of 3699 is 48.34%; 2016 closes at 26500 and 2017 opens at it.
 */
function good(): Record<string, SheetValues> {
  return {
    S1: {
      '1': { '(1)': 566, '(2)': 698, '(3)': 23.32 },
      '1.1': { '(1)': 139, '(2)': 187, '(3)': 34.53 },
      '1.2': { '(1)': 427, '(2)': 511, '(3)': 19.67 },
    },
    S2: { '1': { '(1)': 3699 }, '2': { '(1)': 1788, '(2)': 48.34 }, '3': { '(1)': 698 } },
    S3: { '2016': { '(1)': 26000, '(2)': 26500 }, '2017': { '(1)': 26500, '(2)': 27023 } },
  };
}

function check(edit: (v: Record<string, SheetValues>) => void = () => {}): Finding[] {
  const values = good();
  edit(values);
  return validate(pack, rawWorkbook(tinyPack(packRules, sheets), values), 'x.xlsx').findings;
}
const byRule = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);
const only = (findings: Finding[], rule: string): RuleFailure => {
  const mine = byRule(findings, rule);
  expect(mine, rule).toHaveLength(1);
  return mine[0] as RuleFailure;
};
const where = (f: Finding) => f.cells.map((c) => `${c.sheetName}!${c.address} ${c.row} ${c.column} ${c.value}`);

describe('checkRules: every family passes on figures that agree', () => {
  it('no finding at all', () => {
    expect(check()).toEqual([]);
  });

  it('every rule was run', () => {
    expect(pack.rules.map((r) => r.id)).toEqual([
      'S1.tong[(1)]',
      'S1.tong[(2)]',
      'S1.tang[1]',
      'S1.tang[1.1]',
      'S1.tang[1.2]',
      'S1.phan',
      'S2.tyle',
      'S3.chuyen',
      'S2=S1',
    ]);
  });
});

describe('checkRules: each family fails, naming code, values and cells', () => {
  it('sum: a total that is not the sum of its parts (the report`s 698 = 186 + 511)', () => {
    const f = only(
      check((v) => (v.S1!['1.1']!['(2)'] = 186)),
      'S1.tong[(2)]',
    );
    expect(f).toMatchObject({
      code: 'sum-mismatch',
      severity: 'error',
      comparison: '==',
      found: 698,
      expected: 697,
      difference: 1,
      decimals: 0,
    });
    expect(where(f)).toEqual(['Biểu S1!D4 1 (2) 698', 'Biểu S1!D5 1.1 (2) 186', 'Biểu S1!D6 1.2 (2) 511']);
  });

  it('same: one figure given differently in two sheets', () => {
    const f = only(
      check((v) => (v.S2!['3']!['(1)'] = 697)),
      'S2=S1',
    );
    expect(f).toMatchObject({ code: 'same-mismatch', found: 697, expected: 698, difference: -1, decimals: 0 });
    expect(where(f)).toEqual(['Biểu S2!C6 3 (1) 697', 'Biểu S1!D4 1 (2) 698']);
  });

  it('percent: a share that does not recompute from its counts', () => {
    const f = only(
      check((v) => (v.S2!['2']!['(2)'] = 48.43)),
      'S2.tyle',
    );
    expect(f.code).toBe('percent-mismatch');
    expect(f.found).toBe(48.43);
    expect(f.expected).toBeCloseTo((1788 / 3699) * 100, 12);
    expect(f.difference).toBeCloseTo(48.43 - (1788 / 3699) * 100, 12);
    expect(f.decimals).toBe(2);
    expect(where(f)).toEqual(['Biểu S2!D5 2 (2) 48.43', 'Biểu S2!C5 2 (1) 1788', 'Biểu S2!C4 1 (1) 3699']);
  });

  it('growth: a rate that does not recompute from its two periods', () => {
    const f = only(
      check((v) => (v.S1!['1']!['(3)'] = 23.23)),
      'S1.tang[1]',
    );
    expect(f).toMatchObject({ code: 'growth-mismatch', found: 23.23, decimals: 2 });
    expect(f.expected).toBeCloseTo((132 / 566) * 100, 12);
    expect(where(f)).toEqual(['Biểu S1!E4 1 (3) 23.23', 'Biểu S1!D4 1 (2) 698', 'Biểu S1!C4 1 (1) 566']);
  });

  it('part: a part larger than its whole', () => {
    const findings = check((v) => {
      v.S1!['1.1']!['(2)'] = 700;
      v.S1!['1.2']!['(2)'] = -2; // keeps the sum right: 698 = 700 - 2
    });
    const f = only(findings, 'S1.phan');
    expect(f).toMatchObject({ code: 'part-exceeds-whole', comparison: '<=', found: 700, expected: 698, difference: 2 });
    expect(where(f)).toEqual(['Biểu S1!D5 1.1 (2) 700', 'Biểu S1!D4 1 (2) 698']);
    expect(byRule(findings, 'S1.tong[(2)]')).toEqual([]);
  });

  it('part: equal to the whole is allowed', () => {
    const findings = check((v) => {
      v.S1!['1.1']!['(2)'] = 698;
      v.S1!['1.2']!['(2)'] = 0;
    });
    expect(byRule(findings, 'S1.phan')).toEqual([]);
  });

  it('carry: an opening that is not the previous closing, with the rule`s severity', () => {
    const f = only(
      check((v) => (v.S3!['2017']!['(1)'] = 26773)),
      'S3.chuyen',
    );
    expect(f).toMatchObject({
      code: 'carry-mismatch',
      severity: 'warning',
      found: 26773,
      expected: 26500,
      difference: 273,
    });
    expect(where(f)).toEqual(['Biểu S3!C5 2017 (1) 26773', 'Biểu S3!D4 2016 (2) 26500']);
  });
});

describe('checkRules: blanks', () => {
  it("blank 'skip' (the default): the rule is not checked", () => {
    const findings = check((v) => delete v.S1!['1.2']!['(2)']);
    expect(byRule(findings, 'S1.tong[(2)]')).toEqual([]);
    expect(byRule(findings, 'S1.tang[1.2]')).toEqual([]);
    expect(byRule(findings, 'S1.tong[(1)]')).toEqual([]);
    // The cell itself is still reported, by checkCells.
    expect(findings.map((f) => f.code)).toEqual(['required-blank']);
  });

  it("blank 'skip' does not hide a failure elsewhere in the workbook", () => {
    const findings = check((v) => {
      delete v.S1!['1.2']!['(2)'];
      v.S1!['1']!['(1)'] = 567;
    });
    expect(only(findings, 'S1.tong[(1)]').found).toBe(567);
  });

  it("blank 'error': rule-blank naming only the blank cells", () => {
    const findings = check((v) => delete v.S1!['1.1']!['(2)']);
    const f = only(findings, 'S1.phan');
    expect(f.code).toBe('rule-blank');
    expect(f.severity).toBe('error');
    expect(where(f)).toEqual(['Biểu S1!D5 1.1 (2) null']);
    expect(byRule(findings, 'S1.tong[(2)]')).toEqual([]);
  });

  it("blank 'error' names every blank cell of the rule", () => {
    const findings = check((v) => {
      delete v.S1!['1.1']!['(2)'];
      v.S1!['1']!['(2)'] = '  ';
    });
    expect(where(only(findings, 'S1.phan'))).toEqual(['Biểu S1!D5 1.1 (2) null', 'Biểu S1!D4 1 (2) null']);
  });
});

describe('checkRules: cells that cannot be read', () => {
  it('a rule using unreadable text is skipped: one finding, not-a-number, no double report', () => {
    const findings = check((v) => (v.S1!['1.2']!['(2)'] = 'năm trăm'));
    expect(findings.map((f) => `${f.code} ${f.rule}`)).toEqual(['not-a-number cell']);
  });

  it('a rule using an error cell is skipped', () => {
    const findings = check((v) => (v.S2!['1']!['(1)'] = { value: null, error: '#DIV/0!' }));
    expect(findings.map((f) => `${f.code} ${f.rule}`)).toEqual(['cell-error cell']);
  });

  it('a number typed as text is used in the rules', () => {
    const ok = check((v) => (v.S1!['1.2']!['(2)'] = '511'));
    expect(ok.map((f) => f.code)).toEqual(['text-number']);
    const wrong = check((v) => (v.S1!['1.2']!['(2)'] = '1.511'));
    expect(only(wrong, 'S1.tong[(2)]')).toMatchObject({ found: 698, expected: 187 + 1511 });
  });

  it('rules needing a missing row are skipped; the others still run', () => {
    const values = good();
    values.S1!['1']!['(1)'] = 999;
    const wb = rawWorkbook(tinyPack(packRules, sheets), values);
    wb.sheets[0]!.cells[5]![0] = { value: '' }; // row 1.2 lost its code
    const findings = validate(pack, wb, 'x.xlsx').findings;
    expect(findings.map((f) => `${f.code} ${f.rule}`)).toEqual(['missing-row template', 'growth-mismatch S1.tang[1]']);
  });

  it('rules needing a missing sheet or column are skipped; the others still run', () => {
    const values = good();
    values.S3!['2017']!['(1)'] = 1; // would fail the carry rule
    values.S2!['2']!['(2)'] = 1; // would fail the percent rule
    values.S1!['1']!['(1)'] = 999; // fails the sum and growth rules of S1 (1)
    const wb = rawWorkbook(tinyPack(packRules, sheets), values);
    wb.sheets.pop(); // S3
    wb.sheets[1]!.cells[2]![3] = { value: '(2a)' }; // S2's column (2) lost its code
    const findings = validate(pack, wb, 'x.xlsx').findings;
    // Missing parts come in the pack's sheet order: S2's column, then S3.
    expect(findings.map((f) => `${f.code} ${f.rule} ${'found' in f ? f.found : ''}`)).toEqual([
      'missing-column template (2)',
      'missing-sheet template S3',
      'sum-mismatch S1.tong[(1)] 999',
      'growth-mismatch S1.tang[1] 23.32',
    ]);
  });

  it('a growth from a baseline of 0 is undecided, not a failure', () => {
    const findings = check((v) => {
      v.S1!['1.1']!['(1)'] = 0;
      v.S1!['1.2']!['(1)'] = 566;
    });
    expect(byRule(findings, 'S1.tang[1.1]')).toEqual([]);
    expect(byRule(findings, 'S1.tang[1.2]')).toHaveLength(1); // 132/566 = 23.32%, not 19.67%
  });
});

describe('checkRules: tolerance is what the decimals shown allow', () => {
  /** P: counts (1) and (2); (3) = (1)/(2) as % with 2 decimals, (4) the same with 0 decimals. */
  const P = customSheet(
    'P',
    [
      { code: '(1)', kind: 'count', decimals: 0 },
      { code: '(2)', kind: 'count', decimals: 0 },
      { code: '(3)', kind: 'percent', decimals: 2 },
      { code: '(4)', kind: 'percent', decimals: 0 },
    ],
    [{ code: '1' }],
    [
      { id: 'p2', family: 'percent', assert: "P['1', '(3)'] == P['1', '(1)'] / P['1', '(2)'] * 100" },
      { id: 'p0', family: 'percent', assert: "P['1', '(4)'] == P['1', '(1)'] / P['1', '(2)'] * 100" },
      { id: 'eq', family: 'same', assert: "P['1', '(1)'] == P['1', '(2)']" },
    ],
  );
  const pp = compileTiny([], [P]);
  const failing = (a: number, b: number, p2: number, p0: number, numFmt?: string) => {
    const cell = (v: number) => (numFmt ? { value: v, numFmt } : v);
    const wb = rawWorkbook(tinyPack([], [P]), { P: { '1': { '(1)': a, '(2)': b, '(3)': cell(p2), '(4)': cell(p0) } } });
    return validate(pp, wb, 'x').findings.map((f) => f.rule);
  };

  it('1/3 = 33.333…%: 33.33 passes, 33.34 and 33.32 fail', () => {
    expect(failing(1, 3, 33.33, 33, undefined)).not.toContain('p2');
    expect(failing(1, 3, 33.34, 33, undefined)).toContain('p2');
    expect(failing(1, 3, 33.32, 33, undefined)).toContain('p2');
  });

  it('the same with a % format: 0.3333 shown as 33.33% passes, 0.3334 fails', () => {
    expect(failing(1, 3, 0.3333, 0.33, '0.00%')).not.toContain('p2');
    expect(failing(1, 3, 0.3334, 0.33, '0.00%')).toContain('p2');
  });

  it('1/8 = 12.5% shown with 0 decimals: 12 and 13 both pass, half a unit away', () => {
    expect(failing(1, 8, 12.5, 12, undefined)).not.toContain('p0');
    expect(failing(1, 8, 12.5, 13, undefined)).not.toContain('p0');
    expect(failing(1, 8, 12.5, 13, undefined)).not.toContain('p2');
  });

  it('1/8 = 12.5%: 11 and 14 fail with 0 decimals', () => {
    expect(failing(1, 8, 12.5, 11, undefined)).toContain('p0');
    expect(failing(1, 8, 12.5, 14, undefined)).toContain('p0');
    expect(failing(1, 8, 12.5, 11, undefined)).not.toContain('p2');
  });

  it('counts are exact: 697 vs 698 fails, 698 vs 698 passes', () => {
    expect(failing(697, 698, 99.86, 100, undefined)).toEqual(['eq']);
    expect(failing(698, 698, 100, 100, undefined)).toEqual([]);
  });

  it('the failure reports the exact values, not the bounds', () => {
    const wb = rawWorkbook(tinyPack([], [P]), { P: { '1': { '(1)': 1, '(2)': 3, '(3)': 33.34, '(4)': 33 } } });
    const f = validate(pp, wb, 'x').findings.find((x) => x.rule === 'p2') as RuleFailure;
    expect(f.found).toBe(33.34);
    expect(f.expected).toBeCloseTo(100 / 3, 12);
  });
});

describe('boundsOf', () => {
  it('counts are exact; other figures stand for everything that rounds to them', () => {
    const P = customSheet(
      'P',
      [
        { code: 'c', kind: 'count', decimals: 0 },
        { code: 'p', kind: 'percent', decimals: 2 },
        { code: 'n', kind: 'number', decimals: 1 },
        { code: 'z', kind: 'number', decimals: 0 },
      ],
      [{ code: '1' }],
    );
    const pp = compileTiny([], [P]);
    const wb = rawWorkbook(tinyPack([], [P]), { P: { '1': { c: 10, p: 48.34, n: 2.5, z: 7 } } });
    const b = boundsOf(pp, readCells(pp, locateTemplate(pp, wb, 'x')));
    expect([...b.lo]).toEqual([10, 48.34 - 0.005, 2.45, 6.5]);
    expect([...b.hi]).toEqual([10, 48.34 + 0.005, 2.55, 7.5]);
  });
});

describe('checkRules called directly', () => {
  it('returns only rule findings, one per failing rule', () => {
    const values = good();
    values.S1!['1']!['(1)'] = 999;
    const wb = rawWorkbook(tinyPack(packRules, sheets), values);
    const read = readCells(pack, locateTemplate(pack, wb, 'x'));
    expect(checkRules(pack, read).map((f) => `${f.code} ${f.rule}`)).toEqual([
      'sum-mismatch S1.tong[(1)]',
      'growth-mismatch S1.tang[1]',
    ]);
  });
});
