import type { Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MissingCodeRowError, MissingColumnError, MissingRowError, MissingSheetError } from '../../src/xlsx/errors.js';
import { locateSheet } from '../../src/xlsx/locateSheet.js';
import { writeTemplate } from '../../src/xlsx/writeTemplate.js';
import { openExcel, testPack } from './helpers.js';

const template = await writeTemplate(testPack);

describe('locateSheet', () => {
  it('finds a cell by its row and column codes', async () => {
    const workbook = await openExcel(template);
    const pl1 = locateSheet(workbook, 'PL1');
    expect(pl1.worksheet.name).toBe('Phụ lục 1');
    expect(pl1.cell('1.2', '(2)').address).toBe('D10');
    expect(locateSheet(workbook, 'B3a').cell('10', '(3)').address).toBe('E8');
  });

  it('follows rows inserted above the table and columns inserted before it', async () => {
    const workbook = await openExcel(template);
    const sheet = workbook.getWorksheet('Phụ lục 1') as Worksheet;
    sheet.spliceRows(1, 0, ['ĐẢNG BỘ TỈNH KON TUM'], []);
    sheet.spliceColumns(1, 0, []);
    expect(locateSheet(workbook, 'PL1').cell('1.2', '(2)').address).toBe('E12');
  });

  it('says which part is missing', async () => {
    const workbook = await openExcel(template);
    const pl1 = locateSheet(workbook, 'PL1');
    expect(() => locateSheet(workbook, 'B9')).toThrow(MissingSheetError);
    expect(() => pl1.cell('3', '(1)')).toThrow(MissingRowError);
    expect(() => pl1.cell('1', '(4)')).toThrow(MissingColumnError);
    (workbook.getWorksheet('B3a') as Worksheet).getCell('A6').value = null;
    expect(() => locateSheet(workbook, 'B3a')).toThrow(MissingCodeRowError);
  });
});
