/** The batch report as a workbook and as HTML: each warning's explanation beside it, a stale one said to be so. */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { validate, type Report } from '../../src/engine/check/validate.js';
import { htmlReport } from '../../src/engine/report/htmlReport.js';
import { defaultPackDir } from '../../src/node/defaultPackDir.js';
import { loadPackDir } from '../../src/node/loadPackDir.js';
import { readWorkbook } from '../../src/xlsx/readWorkbook.js';
import { writeBatchReport } from '../../src/xlsx/writeBatchReport.js';

/** A planted unit of the synthetic province: one warning, explained in its workbook. */
const PLANTED = new URL('../../examples/units-planted/12-khoi-doanh-nghiep.xlsx', import.meta.url);
const AT = '2026-11-30T02:00:00.000Z';
const TEXT = 'Năm 2015 sáp nhập các chi bộ doanh nghiệp cổ phần hoá';

/** The findings sheet's rows as header → value. */
async function findingRows(bytes: Uint8Array): Promise<Record<string, unknown>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('Chi tiết')!;
  const head = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const values = (sheet.getRow(r).values as unknown[]).slice(1);
    rows.push(Object.fromEntries(head.map((h, i) => [h, values[i] ?? null])));
  }
  return rows;
}

describe('explanations in the batch reports', async () => {
  const pack = await loadPackDir(defaultPackDir);
  const report = validate(pack, await readWorkbook(new Uint8Array(await readFile(PLANTED)), 'x.xlsx'), 'x.xlsx');
  const stale: Report = { ...report, explanations: report.explanations!.map((e) => ({ ...e, values: '[1,2]' })) };

  it('the xlsx report has a column "Giải trình" holding the explanation of its warning', async () => {
    const rows = await findingRows(await writeBatchReport(pack, [{ file: '12.xlsx', report }], 'vi', AT));
    expect(rows).toHaveLength(1);
    expect(rows[0]!['Quy tắc']).toBe('limit.ket-nap-nam[2015]');
    expect(String(rows[0]!['Giải trình'])).toMatch(new RegExp(`^“${TEXT}.*”$`));
  });

  it('a stale explanation is said to be stale; a warning without one has an empty cell', async () => {
    const unexplained: Report = { ...report, explanations: [] };
    const entries = [
      { file: '12.xlsx', report: stale },
      { file: '13.xlsx', report: unexplained },
    ];
    const rows = await findingRows(await writeBatchReport(pack, entries, 'vi', AT));
    expect(rows.map((r) => r['Giải trình'])).toEqual([
      expect.stringMatching(/” \(đã cũ: số liệu đã sửa sau khi giải trình\)$/),
      null,
    ]);
  });

  it('the HTML report shows the explanation under its warning', () => {
    const html = htmlReport(pack, [{ file: '12.xlsx', report: stale }], 'en', AT);
    const row = html.split('\n').find((l) => l.includes('limit.ket-nap-nam[2015]'))!;
    expect(row).toContain(`<span class="explained">Explanation: “${TEXT}`);
    expect(row).toContain('(stale: the figures changed after it was written)</span>');
  });
});
