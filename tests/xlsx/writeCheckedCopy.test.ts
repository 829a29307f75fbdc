import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { META_KEYS } from '../../src/engine/workbook/markers.js';
import { RESULTS_HEADER_ROW } from '../../src/engine/report/resultRows.js';
import { validate } from '../../src/engine/check/validate.js';
import { defaultPackDir } from '../../src/node/defaultPackDir.js';
import { loadPackDir } from '../../src/node/loadPackDir.js';
import { readWorkbook } from '../../src/xlsx/readWorkbook.js';
import { writeCheckedCopy } from '../../src/xlsx/writeCheckedCopy.js';
import { excelBytes, openExcel } from './helpers.js';

const KON_TUM = new URL('../../examples/kon-tum-2017.xlsx', import.meta.url);
const AT = '2026-11-28T02:00:00.000Z';

describe('writeCheckedCopy', async () => {
  const pack = await loadPackDir(defaultPackDir);
  const original = new Uint8Array(await readFile(KON_TUM));
  const report = validate(pack, await readWorkbook(original, 'kon-tum.xlsx'), 'kon-tum.xlsx');
  const { bytes: copy } = await writeCheckedCopy(original, 'kon-tum.xlsx', report, pack, 'vi', AT);

  it('adds a results sheet with one row per finding, and the pack, time and stamp', async () => {
    const sheet = (await openExcel(copy)).getWorksheet('Kết quả kiểm tra')!;
    const rows = sheet.getSheetValues().slice(1) as unknown[][];
    const text = JSON.stringify(rows.slice(0, RESULTS_HEADER_ROW));
    expect(text).toContain('nq22-2018 1.0.0');
    expect(text).toContain('Kiểm tra lúc: 28/11/2026 09:00'); // in Viet Nam's time, not the ISO text
    expect(text).toContain(report.stamp.value);
    const findingRows = rows.slice(RESULTS_HEADER_ROW + 1).filter(Boolean);
    expect(findingRows).toHaveLength(report.findings.length);
    expect(new Set(findingRows.map((r) => r[11]))).toEqual(new Set(report.findings.map((f) => f.rule)));
    // Found, what the other cells give, then the one smallest fix localisation gives for it.
    const figures = findingRows.find((r) => r[11] === 'B1=B3a.dang-vien')!.slice(8, 11);
    expect(figures).toEqual(['27.023', '26.773', "'Biểu 1'!C17 [4; (1)] → 26.773"]);
  });

  it('stores the stamp, so the copy checks as unchanged, and the same findings', async () => {
    const raw = await readWorkbook(copy, 'copy.xlsx');
    expect(raw.meta?.[META_KEYS.inputStamp]).toBe(report.stamp.value);
    expect(raw.meta?.[META_KEYS.checkedAt]).toBe(AT);
    const again = validate(pack, raw, 'copy.xlsx');
    expect(again.stamp).toEqual({ value: report.stamp.value, state: 'unchanged', checkedAt: AT });
    expect(again.findings).toEqual(report.findings.map((f) => ({ ...f, cells: f.cells })));
  });

  it('tells a figure changed after the check', async () => {
    const workbook = await openExcel(copy);
    const cell = report.findings[0]!.cells[0]!;
    const target = workbook.getWorksheet(cell.sheetName)!.getCell(cell.address);
    target.value = Number(target.value ?? 0) + 1;
    const changed = validate(pack, await readWorkbook(await excelBytes(workbook), 'x.xlsx'), 'x.xlsx');
    expect(changed.stamp.state).toBe('changed');
  });

  it("leaves a user's own sheet of that name alone", async () => {
    const workbook = await openExcel(original);
    workbook.addWorksheet('kết quả kiểm tra').getCell('A1').value = 'ghi chú của tôi';
    const { bytes: named } = await writeCheckedCopy(await excelBytes(workbook), 'k.xlsx', report, pack, 'vi', AT);
    const sheets = (await openExcel(named)).worksheets;
    expect(sheets.find((w) => w.name === 'kết quả kiểm tra')?.getCell('A1').value).toBe('ghi chú của tôi');
    expect(sheets.map((w) => w.name)).toContain('Kết quả kiểm tra (2)');
  });

  it('leaves the input bytes alone and replaces an earlier results sheet', async () => {
    expect(new Uint8Array(await readFile(KON_TUM))).toEqual(original);
    const { bytes: twice } = await writeCheckedCopy(copy, 'copy.xlsx', report, pack, 'en', AT);
    const names = (await openExcel(twice)).worksheets.map((w) => w.name);
    expect(names.filter((n) => n === 'Kết quả kiểm tra' || n === 'Check results')).toEqual(['Check results']);
  });
});
