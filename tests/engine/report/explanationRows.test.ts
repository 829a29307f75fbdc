/** The explanations sheet's rows: one per explained warning, stale ones said so, none left over, none at all. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/engine/check/validate.js';
import {
  EXPLANATIONS_HEADER_ROW,
  explanationRows,
  explanationsSheetName,
} from '../../../src/engine/report/explanationRows.js';
import { printLayout } from '../../../src/engine/report/printLayout.js';
import { defaultPackDir } from '../../../src/node/defaultPackDir.js';
import { loadPackDir } from '../../../src/node/loadPackDir.js';
import { readWorkbook } from '../../../src/xlsx/readWorkbook.js';

/** A planted unit of the synthetic province: one warning, explained in its workbook. */
const PLANTED = new URL('../../../examples/units-planted/12-khoi-doanh-nghiep.xlsx', import.meta.url);
const AT = '2026-11-30T02:00:00.000Z';

describe('explanationRows', async () => {
  const pack = await loadPackDir(defaultPackDir);
  const report = validate(pack, await readWorkbook(await readFile(PLANTED), 'x.xlsx'), 'x.xlsx');
  const explanation = report.explanations![0]!;

  it('lists the explained warning: sheet, cells with their codes, warning, figures, text, current', () => {
    const sheet = explanationRows(report, pack, 'vi', AT)!;
    expect(sheet.headers).toEqual([EXPLANATIONS_HEADER_ROW]);
    expect(sheet.rows.slice(0, 3).map((r) => r[0])).toEqual([
      'GIẢI TRÌNH CÁC CẢNH BÁO',
      'Đơn vị: 12 · Đảng bộ Khối doanh nghiệp tỉnh; kỳ báo cáo 12-2017',
      'Kiểm tra lúc: 30/11/2026 09:00',
    ]);
    expect(sheet.rows[EXPLANATIONS_HEADER_ROW]).toEqual([
      'STT',
      'Biểu',
      'Ô',
      'Cảnh báo',
      'Số ghi',
      'Giải trình',
      'Tình trạng',
    ]);
    const rows = sheet.rows.slice(EXPLANATIONS_HEADER_ROW + 1);
    expect(rows).toHaveLength(1);
    const [n, name, cells, warning, values, text, state] = rows[0]!;
    expect([n, name, cells, values, text, state]).toEqual([
      1,
      'Biểu 3a',
      'D16 [2015; (2)]\nC16 [2015; (1)]',
      '342\n1.502',
      explanation.text,
      'Còn đúng',
    ]);
    expect(warning).toMatch(/^Số liệu ngoài giới hạn hợp lý\n.*22,8%.*15%/);
    expect(printLayout(sheet, 'vi').orientation).toBe('landscape');
  });

  it('says an explanation is stale once its figures changed, in English too', () => {
    const stale = { ...report, explanations: [{ ...explanation, values: '[1,1502]' }] };
    const rows = explanationRows(stale, pack, 'en', AT)!.rows;
    expect(rows[EXPLANATIONS_HEADER_ROW]![0]).toBe('No.');
    expect(rows[EXPLANATIONS_HEADER_ROW + 1]![6]).toBe('Stale: the figures changed after it was written');
  });

  it('leaves out explanations of findings the check no longer makes; nothing explained, no sheet', () => {
    const leftOver = { ...explanation, key: 'B1.tccsd@B1|2|(1)', text: 'Cũ.' };
    const both = explanationRows({ ...report, explanations: [explanation, leftOver] }, pack, 'vi', AT)!;
    expect(JSON.stringify(both.rows)).not.toContain('Cũ.');
    expect(both.rows).toHaveLength(EXPLANATIONS_HEADER_ROW + 2);
    expect(explanationRows({ ...report, explanations: [leftOver] }, pack, 'vi', AT)).toBeUndefined();
    const { explanations: _, ...none } = report;
    expect(explanationRows(none, pack, 'vi', AT)).toBeUndefined();
  });

  it("is named beside the user's own sheets as the results sheet is: ours replaced, theirs numbered around", () => {
    expect(explanationsSheetName('vi', ['Biểu 1'], undefined)).toBe('Giải trình');
    expect(explanationsSheetName('vi', ['giải trình'], undefined)).toBe('Giải trình (2)');
    expect(explanationsSheetName('vi', ['Giải trình', 'Giải trình (2)'], 'Giải trình (2)')).toBe('Giải trình (2)');
    expect(explanationsSheetName('en', ['Giải trình'], 'Giải trình')).toBe('Explanations');
  });
});
