import { describe, expect, it } from 'vitest';
import { ForeignWorkbookError, WrongPackError } from '../../../src/engine/workbook/errors.js';
import { checkedWorkbook, validate } from '../../../src/engine/check/validate.js';
import type { RuleSpec } from '../../../src/engine/pack/pack.js';
import { compileTiny, insertColumn, insertRow, rawWorkbook, tinyPack, type SheetValues } from '../fixtures.js';

const rules: RuleSpec[] = [
  { id: 'tong', family: 'sum', for: { c: ['(1)', '(2)'] }, assert: "S1['1', c] == S1['1.1', c] + S1['1.2', c]" },
  { id: 'phan', family: 'part', severity: 'warning', assert: "S1['1.1', '(1)'] <= S1['1', '(1)']" },
];
const pack = compileTiny(rules);
/** 10 = 4 + 6 and 20 = 5 + 15; (3) is a percentage no rule reads. */
const good = (): SheetValues => ({
  '1': { '(1)': 10, '(2)': 20, '(3)': 100 },
  '1.1': { '(1)': 4, '(2)': 5, '(3)': 25 },
  '1.2': { '(1)': 6, '(2)': 15, '(3)': 75 },
});
const wbOf = (values: SheetValues) => rawWorkbook(tinyPack(rules), { S1: values });

describe('validate', () => {
  it('reports the file, the pack and what was checked', () => {
    const report = validate(pack, wbOf(good()), 'huyen-a.xlsx');
    expect(report).toEqual({
      file: 'huyen-a.xlsx',
      unit: { name: '', code: '', period: '' },
      pack: { id: 'tiny', version: '1.0.0' },
      findings: [],
      counts: { errors: 0, warnings: 0, discrepancies: 0, problems: 0, blanks: 0, rules: 3, cells: 9 },
      stamp: { value: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), state: 'unchecked' },
      suspects: [],
    });
  });

  it('counts errors and warnings, and lists template, reading, cell and rule findings in that order', () => {
    const v = good();
    v['1']!['(1)'] = 3; // tong[(1)] fails (3 vs 10); phan warns (4 > 3)
    v['1.1']!['(2)'] = '5'; // text-number warning, value used: tong[(2)] still holds
    v['1.2']!['(3)'] = 'n/a'; // not-a-number
    v['1']!['(3)'] = null; // required-blank
    const wb = wbOf(v);
    wb.sheets[0]!.cells[2]!.push({ value: '(4)' }); // unknown column code: harmless
    const report = validate(pack, wb, 'x.xlsx');
    expect(report.findings.map((f) => `${f.code} ${f.severity}`)).toEqual([
      'text-number warning', // reading findings in cell order: 1.1 (2) before 1.2 (3)
      'not-a-number error',
      'required-blank error',
      'sum-mismatch error',
      'part-exceeds-whole warning',
    ]);
    // The errors by kind: a discrepancy, a cell problem, a blank; the warning of a rule is not a discrepancy.
    expect(report.counts).toEqual({
      errors: 3,
      warnings: 2,
      discrepancies: 1,
      problems: 1,
      blanks: 1,
      rules: 3,
      cells: 9,
    });
  });

  it('puts missing template parts first', () => {
    const wb = wbOf(good());
    wb.sheets[0]!.cells[5]![0] = undefined; // row 1.2 lost its code
    wb.sheets[0]!.cells[3]![4] = { value: 'x' }; // and a percentage is unreadable
    const report = validate(pack, wb, 'x.xlsx');
    expect(report.findings.map((f) => f.code)).toEqual(['missing-row', 'not-a-number']);
  });

  it('checks a template the user inserted rows and columns into, and renamed', () => {
    const v = good();
    v['1']!['(2)'] = 21;
    const wb = wbOf(v);
    insertRow(wb, 'Biểu S1', 4, [{ value: '' }, { value: 'trong đó:' }, { value: 99 }, { value: 99 }, { value: 99 }]);
    insertColumn(wb, 'Biểu S1', 3, { value: 1000 });
    wb.sheets[0]!.name = 'PL1 (sửa)';
    wb.names.KB_SHEET_S1 = { sheet: 'PL1 (sửa)', rowIndex: 0, colIndex: 0 };
    const [f, ...rest] = validate(pack, wb, 'x.xlsx').findings;
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: 'sum-mismatch', rule: 'tong[(2)]', found: 21, expected: 20 });
    // (2) moved from D to E, row 1.1 from 5 to 6
    expect(f!.cells.map((c) => `${c.sheetName}!${c.address}`)).toEqual([
      'PL1 (sửa)!E4',
      'PL1 (sửa)!E6',
      'PL1 (sửa)!E7',
    ]);
  });

  it('throws on a workbook of another pack, and on a foreign workbook', () => {
    const other = wbOf(good());
    other.meta = { packId: 'tiny', packVersion: '2.0.0' };
    expect(() => validate(pack, other, 'x.xlsx')).toThrow(WrongPackError);
    expect(() => validate(pack, { sheets: [{ name: 'Sheet1', cells: [] }], names: {} }, 'x.xlsx')).toThrow(
      ForeignWorkbookError,
    );
  });

  it('gives the same findings for the same workbook every time', () => {
    const v = good();
    v['1']!['(1)'] = 11;
    const wb = wbOf(v);
    expect(validate(pack, wb, 'x')).toEqual(validate(pack, wb, 'x'));
  });

  it('changes nothing in the workbook it checks', () => {
    const v = good();
    v['1.1']!['(2)'] = '5';
    v['1']!['(3)'] = { value: 1, numFmt: '0%' };
    const wb = wbOf(v);
    const before = JSON.stringify(wb);
    validate(pack, wb, 'x');
    expect(JSON.stringify(wb)).toBe(before);
  });

  it('leaves the likely wrong cells out when asked to, and nothing else', () => {
    const v = good();
    v['1']!['(1)'] = 3;
    const { suspects, ...rest } = validate(pack, wbOf(v), 'a.xlsx');
    expect(suspects!.length).toBeGreaterThan(0);
    expect(checkedWorkbook(pack, wbOf(v), 'a.xlsx', { suspects: false }).report).toEqual(rest);
  });
});
