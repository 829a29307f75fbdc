import ExcelJS from 'exceljs';
import type { DataValidation } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toBytes } from '../../src/xlsx/toBytes.js';
import { openExcel, validatedCells } from './helpers.js';

const whole: DataValidation = { type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], allowBlank: true };
const decimal: DataValidation = { type: 'decimal', operator: 'between', formulae: [-1, 1], allowBlank: true };

describe('compactValidations, through toBytes', () => {
  it('writes validations across rows 9 and 10 as ranges that do not overlap, and reads back the same per cell', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('S');
    const expected: Record<string, DataValidation> = {};
    for (let row = 3; row <= 14; row++) {
      for (const col of ['C', 'D']) {
        const validation = col === 'D' && row === 11 ? decimal : whole;
        if (row === 7) continue;
        sheet.getCell(`${col}${row}`).dataValidation = validation;
        expected[`${col}${row}`] = validation;
      }
    }
    const bytes = await toBytes(workbook);
    const cells = await validatedCells(bytes, 1);
    expect([...cells].sort()).toEqual(Object.keys(expected).sort());
    const read = (await openExcel(bytes)).getWorksheet('S');
    for (const [address, validation] of Object.entries(expected))
      expect(read?.getCell(address).dataValidation, address).toEqual(validation);
  });
});
