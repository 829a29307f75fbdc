import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { META_KEYS, META_SHEET } from '../../src/engine/workbook/markers.js';
import { readWorkbook } from '../../src/xlsx/readWorkbook.js';
import { toBytes } from '../../src/xlsx/toBytes.js';
import { writeStamp } from '../../src/xlsx/writeStamp.js';
import { writeTemplate } from '../../src/xlsx/writeTemplate.js';
import { openExcel, testPack } from './helpers.js';

const reload = async (workbook: ExcelJS.Workbook) => readWorkbook(await toBytes(workbook), 'x.xlsx');

describe('writeStamp', () => {
  it('adds the stamp and time to a template meta sheet, keeping the pack identity', async () => {
    const workbook = await openExcel(await writeTemplate(testPack));
    writeStamp(workbook, 'sha256:abc', '2026-11-28T01:00:00.000Z');
    const meta = (await reload(workbook)).meta!;
    expect(meta[META_KEYS.inputStamp]).toBe('sha256:abc');
    expect(meta[META_KEYS.checkedAt]).toBe('2026-11-28T01:00:00.000Z');
    expect(meta[META_KEYS.packId]).toBe(testPack.id);
  });

  it('replaces an earlier stamp instead of adding a second row', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Biểu');
    writeStamp(workbook, 'sha256:old', 't1');
    writeStamp(workbook, 'sha256:new', 't2');
    const sheet = workbook.getWorksheet(META_SHEET)!;
    expect(sheet.state).toBe('veryHidden');
    expect(sheet.rowCount).toBe(2);
    expect((await reload(workbook)).meta).toEqual({
      [META_KEYS.inputStamp]: 'sha256:new',
      [META_KEYS.checkedAt]: 't2',
    });
  });
});
