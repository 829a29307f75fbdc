import { describe, expect, it } from 'vitest';
import { message } from '../../../src/engine/report/messages.js';
import { RESULTS_HEADER_ROW, resultRows, resultsSheetName } from '../../../src/engine/report/resultRows.js';
import type { RuleSpec } from '../../../src/engine/pack/pack.js';
import { validate } from '../../../src/engine/check/validate.js';
import { compileTiny, rawWorkbook, tinyPack } from '../fixtures.js';

const rules: RuleSpec[] = [{ id: 'tong', family: 'sum', assert: "S1['1', '(1)'] == S1['1.1', '(1)'] + S1['1.2', '(1)']" }];
const pack = compileTiny(rules);
const report = validate(pack, rawWorkbook(tinyPack(rules), { S1: { '1': { '(1)': 11 }, '1.1': { '(1)': 4 }, '1.2': { '(1)': 6 } } }), 'x.xlsx');

describe('resultRows', () => {
  it('heads the sheet with the pack, the time and the stamp, then a row per finding', () => {
    const rows = resultRows(report, pack, 'vi', '2026-11-28T02:00:00.000Z');
    expect(rows.slice(1, 4)).toEqual([
      ['Gói biểu mẫu', 'Tiny (tiny 1.0.0)'],
      ['Kiểm tra lúc', '2026-11-28T02:00:00.000Z'],
      ['Dấu kiểm (mã băm các ô nhập)', report.stamp.value],
    ]);
    const findings = rows.slice(RESULTS_HEADER_ROW + 1);
    expect(findings).toHaveLength(report.findings.length);
    const tong = findings.find((r) => r[4] === 'tong')!;
    expect(tong).toEqual([expect.any(Number), 'Lỗi', 'S1', 'Biểu S1!C4, Biểu S1!C5, Biểu S1!C6', 'tong', message(report.findings.find((f) => f.rule === 'tong')!, 'vi', pack), 11, 10]);
    expect(resultRows(report, pack, 'en', 't')[RESULTS_HEADER_ROW]).toEqual(['No.', 'Severity', 'Sheet', 'Cells', 'Rule', 'Message', 'Found', 'Expected']);
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
