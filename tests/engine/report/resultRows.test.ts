import { describe, expect, it } from 'vitest';
import {
  RESULTS_HEADER_ROW,
  otherCellsGive,
  resultRows,
  resultsSheetName,
} from '../../../src/engine/report/resultRows.js';
import type { RuleSpec } from '../../../src/engine/pack/pack.js';
import { validate } from '../../../src/engine/check/validate.js';
import { compileTiny, customSheet, rawWorkbook, tinyPack } from '../fixtures.js';

const rules: RuleSpec[] = [
  { id: 'tong', family: 'sum', assert: "S1['1', '(1)'] == S1['1.1', '(1)'] + S1['1.2', '(1)']" },
];
const pack = compileTiny(rules);
const report = validate(
  pack,
  rawWorkbook(tinyPack(rules), { S1: { '1': { '(1)': 11 }, '1.1': { '(1)': 4 }, '1.2': { '(1)': 6 } } }),
  'x.xlsx',
);

/** A share in % with 2 decimals: 655 of 2800 is 23.392857…%. */
const P = customSheet(
  'P',
  [
    { code: '(1)', kind: 'count', decimals: 0 },
    { code: '(2)', kind: 'percent', decimals: 2 },
  ],
  [{ code: '1' }, { code: '1.1' }],
  [
    { id: 'ty-le', family: 'percent', assert: "P['1.1', '(2)'] == P['1.1', '(1)'] / P['1', '(1)'] * 100" },
    { id: 'phan', family: 'part', assert: "P['1.1', '(1)'] <= P['1', '(1)']" },
  ],
);
const percentPack = compileTiny([], [P]);
const values = (part: number, share: number) => ({
  P: { '1': { '(1)': 2800, '(2)': 100 }, '1.1': { '(1)': part, '(2)': share } },
});
const percentReport = (part: number, share: number) =>
  validate(percentPack, rawWorkbook(tinyPack([], [P]), values(part, share)), 'p.xlsx');

describe('resultRows', () => {
  it('heads the sheet with the pack, the time in Viet Nam, the stamp and the counts by kind, then a row per finding', () => {
    const rows = resultRows(report, pack, 'vi', '2026-11-30T15:41:38.019Z');
    expect(rows.slice(1, 5)).toEqual([
      ['Gói biểu mẫu: Tiny (tiny 1.0.0)'],
      ['Kiểm tra lúc: 30/11/2026 22:41'],
      [`Dấu kiểm (mã băm các ô nhập): ${report.stamp.value}`],
      ['Kết quả: 1 sai lệch, 6 ô còn trống, 0 cảnh báo'],
    ]);
    expect(resultRows(report, pack, 'en', '2026-11-30T15:41:38.019Z')[2]).toEqual(['Checked at: 30/11/2026 22:41']);
    const findings = rows.slice(RESULTS_HEADER_ROW + 1);
    // The discrepancy first (any one of its three cells may be the one mistyped), then the six blank cells of the sheet in one row.
    expect(findings).toHaveLength(2);
    expect(findings[1]!.slice(1, 4)).toEqual(['Lỗi', 'Ô còn trống', 'Biểu S1']);
    expect(findings[0]).toEqual([
      1,
      'Lỗi',
      'Sai lệch',
      'Biểu S1',
      'Tổng không bằng cộng các phần',
      'Tổng không bằng cộng các phần: ghi 11, cộng lại được 10 (chênh lệch 1).',
      'C4 [1; (1)] = 11\nC5 [1.1; (1)] = 4\nC6 [1.2; (1)] = 6',
      '11',
      '10',
      '3 cách sửa ít ô như nhau, số liệu không cho biết cách nào đúng',
      'tong',
    ]);
  });

  it('names the column for what it is: what the other cells give, not "the correct figure"', () => {
    expect(resultRows(report, pack, 'vi', 't')[RESULTS_HEADER_ROW]).toContain('Số theo các ô khác');
    expect(resultRows(report, pack, 'vi', 't')[RESULTS_HEADER_ROW]).not.toContain('Số đúng');
    expect(resultRows(report, pack, 'en', 't')[RESULTS_HEADER_ROW]).toEqual([
      'No.',
      'Severity',
      'Kind',
      'Sheet',
      'Finding',
      'Detail',
      'Cells',
      'Figure given',
      'What the other cells give',
      'Likely fix',
      'Rule',
    ]);
  });

  it("rounds what the other cells give to the cell's decimals, written the reader's way; a bound for a part", () => {
    const share = percentReport(655, 30).findings.find((f) => f.rule === 'ty-le')!;
    expect(otherCellsGive(share, percentPack, 'vi')).toBe('23,39%');
    expect(otherCellsGive(share, percentPack, 'en')).toBe('23.39%');
    const part = percentReport(2900, 100).findings.find((f) => f.rule === 'phan')!;
    expect(otherCellsGive(part, percentPack, 'vi')).toBe('≤ 2.800');
    const row = resultRows(percentReport(655, 30), percentPack, 'vi', 't').find((r) => r.at(-1) === 'ty-le')!;
    expect(row.slice(7, 9)).toEqual(['30%', '23,39%']);
  });
});

describe('resultsSheetName', () => {
  it('replaces the sheet of the last export, and numbers the new one past a sheet of the user', () => {
    expect(resultsSheetName('vi', ['Biểu 1'], undefined)).toBe('Kết quả kiểm tra');
    expect(resultsSheetName('vi', ['Biểu 1', 'Kết quả kiểm tra'], 'Kết quả kiểm tra')).toBe('Kết quả kiểm tra');
    expect(resultsSheetName('vi', ['KẾT QUẢ KIỂM TRA'], undefined)).toBe('Kết quả kiểm tra (2)');
    expect(resultsSheetName('en', ['check results', 'Check results (2)'], undefined)).toBe('Check results (3)');
  });
});
