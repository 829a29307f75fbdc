import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { rawCellOfExcel } from '../../src/office/rawCellOfExcel.js';
import { rawCell } from '../../src/xlsx/rawCell.js';

/** The same cell through exceljs (the command line) and as Excel's API reports it (the add-in). */
function bothWays(value: ExcelJS.CellValue, numFmt: string | undefined, excel: [unknown, string, string, string]) {
  const sheet = new ExcelJS.Workbook().addWorksheet('S');
  const cell = sheet.getCell('B2');
  cell.value = value;
  if (numFmt) cell.numFmt = numFmt;
  return { cli: rawCell(cell), addin: rawCellOfExcel(...excel) };
}

describe('rawCellOfExcel', () => {
  it.each([
    ['a count', 27023, undefined, [27023, 'Double', 'General', '27023']],
    ['a percentage shown with %', 0.4834, '0.00%', [0.4834, 'Double', '0.00%', '0.4834']],
    ['number text', '1.908', undefined, ['1.908', 'String', 'General', '1.908']],
    ['an error value', { error: '#REF!' }, undefined, ['#REF!', 'Error', 'General', '#REF!']],
    ['a formula result', { formula: 'C2+D2', result: 12 }, '#,##0', [12, 'Double', '#,##0', '=C2+D2']],
    ['a boolean', true, undefined, [true, 'Boolean', 'General', 'TRUE']],
  ] as const)('reads %s as the exceljs reader does', (_, value, numFmt, excel) => {
    const { cli, addin } = bothWays(value as ExcelJS.CellValue, numFmt, excel as unknown as [unknown, string, string, string]);
    expect(addin).toEqual(cli);
    expect(addin).toBeDefined();
  });

  it('takes an empty cell as no cell', () => {
    expect(rawCellOfExcel('', 'Empty', 'General', '')).toBeUndefined();
    expect(rawCellOfExcel('', 'Empty', '0.00%', '')).toBeUndefined();
  });
});
