import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { rawCellOfExcel } from '../../src/office/rawCellOfExcel.js';
import { readWorkbook } from '../../src/xlsx/readWorkbook.js';

/**
 * The same cell read by the command line (exceljs, after a save) and as Excel's API reports it (values,
 * valueTypes, numberFormat): the engine must get the same raw cell from both.
 */
async function viaFile(value: ExcelJS.CellValue, numFmt: string | undefined) {
  const workbook = new ExcelJS.Workbook();
  const cell = workbook.addWorksheet('S').getCell('B2');
  cell.value = value;
  if (numFmt) cell.numFmt = numFmt;
  const raw = await readWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()), 'x.xlsx');
  return raw.sheets[0]!.cells[1]![1];
}

describe('rawCellOfExcel', () => {
  it.each([
    ['a count', 27023, undefined, [27023, 'Double', 'General']],
    ['a percentage shown with %', 0.4834, '0.00%', [0.4834, 'Double', '0.00%']],
    ['number text', '1.908', undefined, ['1.908', 'String', 'General']],
    ['an error value', { error: '#REF!' }, undefined, ['#REF!', 'Error', 'General']],
    ['a formula result', { formula: 'C2+D2', result: 12 }, '#,##0', [12, 'Double', '#,##0']],
    ['a boolean', true, undefined, [true, 'Boolean', 'General']],
    ['a date typed in a count cell (1/2 stored as serial 32)', 32, 'm/d/yyyy', [32, 'Double', 'm/d/yyyy']],
    ['a date and time', 43270.25, 'dd/mm/yyyy hh:mm', [43270.25, 'Double', 'dd/mm/yyyy hh:mm']],
    [
      'rich text',
      { richText: [{ text: 'Đảng ' }, { font: { bold: true }, text: 'viên' }] },
      undefined,
      ['Đảng viên', 'String', 'General'],
    ],
  ] as const)('reads %s as the exceljs reader does', async (_, value, numFmt, excel) => {
    const cli = await viaFile(value as ExcelJS.CellValue, numFmt);
    expect(cli).toBeDefined();
    expect(rawCellOfExcel(...(excel as unknown as [unknown, string, string]))).toEqual(cli);
  });

  it('takes an empty cell as no cell', () => {
    expect(rawCellOfExcel('', 'Empty', 'General')).toBeUndefined();
    expect(rawCellOfExcel('', 'Empty', '0.00%')).toBeUndefined();
  });
});
