/** The one order of every output: discrepancies by sheet, then other problems, then blank cells a line per sheet. */
import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/engine/check/validate.js';
import { countsText } from '../../../src/engine/report/countsText.js';
import { blankLine, findingGroups } from '../../../src/engine/report/findingGroups.js';
import { findingViews } from '../../../src/engine/report/findingView.js';
import type { RuleSpec, SheetSpec } from '../../../src/engine/pack/pack.js';
import { compileTiny, customSheet, rawWorkbook, tinyPack } from '../fixtures.js';

const count = { kind: 'count' as const, decimals: 0 };
const A = customSheet(
  'A',
  [
    { code: '(1)', ...count },
    { code: '(2)', ...count },
  ],
  [{ code: '1' }, { code: '1.1' }, { code: '1.2' }, { code: '2' }],
  [
    {
      id: 'tong-a',
      family: 'sum',
      assert: "A['1', '(1)'] == A['1.1', '(1)'] + A['1.2', '(1)']",
      description: { vi: 'Tổng A bằng cộng các phần.', en: 'A total is its parts.' },
    },
  ],
);
const B = customSheet(
  'B',
  [{ code: '(1)', ...count }],
  [{ code: '1' }, { code: '1.1' }],
  [{ id: 'tong-b', family: 'sum', assert: "B['1', '(1)'] == B['1.1', '(1)']" }],
);
const rules: RuleSpec[] = [];
const sheets: SheetSpec[] = [A, B];
const pack = compileTiny(rules, sheets);

/** A has blanks in column (2) and a wrong total in (1); B has a wrong total and a text where a number goes. */
function report() {
  const values = {
    A: { '1': { '(1)': 10 }, '1.1': { '(1)': 4 }, '1.2': { '(1)': 5 }, '2': { '(1)': 1, '(2)': 0 } },
    B: { '1': { '(1)': 7 }, '1.1': { '(1)': 'abc' } },
  };
  return validate(pack, rawWorkbook(tinyPack(rules, sheets), values), 'x.xlsx');
}

describe('findingGroups', () => {
  it('discrepancies of each sheet in pack order, then other problems, then blanks, whatever order the check found them in', () => {
    const r = report();
    const first = r.findings.findIndex((f) => f.code === 'required-blank');
    const mismatch = r.findings.findIndex((f) => f.code === 'sum-mismatch');
    expect(first).toBeLessThan(mismatch); // the check lists the blanks before the discrepancy
    const groups = findingGroups(r.findings, pack);
    expect(groups.map((g) => `${g.kind} ${g.sheet} ${g.findings.length}`)).toEqual([
      'discrepancy A 1',
      'problem B 1',
      'blank A 3',
    ]);
  });

  it("a sheet's blank cells are one line naming their blocks; the counts tell the kinds apart", () => {
    const r = report();
    const blank = findingGroups(r.findings, pack).find((g) => g.kind === 'blank')!;
    expect(blankLine(blank, 'vi')).toBe('Biểu A: 3 ô bắt buộc còn trống: D4–D6');
    expect(blankLine(blank, 'en')).toBe('Biểu A: 3 required cells left blank: D4–D6');
    expect(countsText(r.counts, 'vi')).toBe('1 sai lệch, 1 lỗi khác, 3 ô còn trống, 0 cảnh báo');
    expect(countsText({ ...r.counts, problems: 0, warnings: 1 }, 'en')).toBe('1 discrepancy, 3 blank cells, 1 warning');
  });

  it('each line headed by what it is: the rule description, or the kind of problem, and the rule id apart (none for a cell problem)', () => {
    const views = findingViews(pack, report().findings, 'vi');
    expect(views.map((v) => [v.title, v.rule])).toEqual([
      ['Tổng A bằng cộng các phần', 'tong-a'],
      ['Ô phải ghi số', ''],
      ['Ô bắt buộc còn trống', ''],
    ]);
    expect(views[0]!.detail).toBe('Tổng không bằng cộng các phần: ghi 10, cộng lại được 9 (chênh lệch 1).');
    expect(views[2]!.cells).toEqual(['D4–D6']);
  });
});
