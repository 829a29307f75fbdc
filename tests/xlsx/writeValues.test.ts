import type { Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { META_SHEET } from '../../src/engine/workbook/markers.js';
import type { Pack } from '../../src/engine/pack/pack.js';
import type { FiguresByCode } from '../../src/engine/batch/values.js';
import { compilePack } from '../../src/engine/pack/compilePack.js';
import { NoCellError, NotInPackError } from '../../src/xlsx/errors.js';
import { locateSheet } from '../helpers/locateSheet.js';
import { readWorkbook } from '../../src/xlsx/readWorkbook.js';
import { writeTemplate } from '../../src/xlsx/writeTemplate.js';
import { writeValues } from '../../src/xlsx/writeValues.js';
import { excelBytes, openExcel, testPack, validatedCells } from './helpers.js';

const template = await writeTemplate(testPack);
const pack = compilePack(testPack);

const values: FiguresByCode = {
  PL1: {
    '1': { '(1)': 566, '(2)': 698, '(3)': 23.32 },
    '1.1': { '(1)': 139, '(2)': 186, '(3)': 48.34 },
    '2.1': { '(2)': 102 },
  },
  B3a: { '10': { '(1)': '1.908', '(3)': 'ghi chú' } },
};

/** The value at a row and column code, read through the tests' own locator. */
async function valueAt(bytes: Uint8Array, sheet: string, row: string, col: string): Promise<unknown> {
  return locateSheet(await openExcel(bytes), sheet).cell(row, col).value;
}

function sheetOf(workbook: Awaited<ReturnType<typeof openExcel>>, name: string): Worksheet {
  return workbook.getWorksheet(name) as Worksheet;
}

/** Worksheet parts exceljs has but does not type. */
function untyped(sheet: Worksheet): { dataValidations: { model: unknown }; sheetProtection: unknown } {
  return sheet as unknown as { dataValidations: { model: unknown }; sheetProtection: unknown };
}

describe('writeValues', () => {
  it('writes each value into the cell its codes name', async () => {
    const raw = await readWorkbook(await writeValues(template, pack, values), 'filled.xlsx');
    const [pl1, b3a] = raw.sheets.map((sheet) => sheet.cells);
    expect(pl1?.[7]?.slice(2).map((cell) => cell?.value)).toEqual([566, 698, 0.2332]);
    expect(pl1?.[8]?.slice(2).map((cell) => cell?.value)).toEqual([139, 186, 0.4834]);
    expect(pl1?.[11]?.[3]).toEqual({ value: 102, numFmt: '#,##0' });
    expect(b3a?.[7]?.[2]).toEqual({ value: '1.908', numFmt: '#,##0' });
    expect(b3a?.[7]?.[4]).toEqual({ value: 'ghi chú', numFmt: '@' });
  });

  it('stores percentage points as fractions in % formatted cells', async () => {
    const filled = await openExcel(await writeValues(template, pack, values));
    const cell = locateSheet(filled, 'PL1').cell('1.1', '(3)');
    expect(cell.value).toBe(0.4834);
    expect(cell.numFmt).toBe('0.00%');
  });

  it('clears a cell given null', async () => {
    const filled = await writeValues(template, pack, values);
    const cleared = await writeValues(filled, pack, { PL1: { '1': { '(1)': null } } });
    expect(await valueAt(cleared, 'PL1', '1', '(1)')).toBeNull();
    expect(await valueAt(cleared, 'PL1', '1', '(2)')).toBe(698);
  });

  it('finds the cells by codes after rows and columns were inserted', async () => {
    const moved = await openExcel(template);
    sheetOf(moved, 'Phụ lục 1').spliceRows(9, 0, []);
    sheetOf(moved, 'Phụ lục 1').spliceColumns(4, 0, []);
    sheetOf(moved, 'B3a').spliceRows(1, 0, ['ĐẢNG BỘ TỈNH KON TUM']);
    const raw = await readWorkbook(await writeValues(await excelBytes(moved), pack, values), 'moved.xlsx');
    const [pl1, b3a] = raw.sheets.map((sheet) => sheet.cells);
    expect(pl1?.[7]?.map((cell) => cell?.value)).toEqual([
      '1',
      'Tổng số tổ chức cơ sở đảng',
      566,
      undefined,
      698,
      0.2332,
    ]);
    expect(pl1?.[8]).toEqual([]);
    expect(pl1?.[9]?.map((cell) => cell?.value)).toEqual(['1.1', 'Đảng bộ cơ sở', 139, undefined, 186, 0.4834]);
    expect(b3a?.[8]?.map((cell) => cell?.value)).toEqual(['10', 'Trong đó nữ', '1.908', undefined, 'ghi chú']);
  });

  it('keeps styles, protection, validations, merges, names and the hidden meta sheet', async () => {
    const before = await openExcel(template);
    const after = await openExcel(await writeValues(template, pack, values));
    expect(after.definedNames.model).toEqual(before.definedNames.model);
    expect(after.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual(
      before.worksheets.map((sheet) => [sheet.name, sheet.state]),
    );
    expect(sheetOf(after, META_SHEET).state).toBe('veryHidden');
    for (const name of ['Phụ lục 1', 'B3a']) {
      const [was, is] = [sheetOf(before, name), sheetOf(after, name)];
      expect(is.model.merges).toEqual(was.model.merges);
      expect(untyped(is).dataValidations.model).toEqual(untyped(was).dataValidations.model);
      expect(untyped(is).sheetProtection).toEqual(untyped(was).sheetProtection);
      expect(is.views).toEqual(was.views);
      // exceljs turns useFirstPageNumber on when it reads back what it wrote; the rest of the page setup must stay.
      expect({ ...is.pageSetup, useFirstPageNumber: false }).toEqual({ ...was.pageSetup, useFirstPageNumber: false });
      is.eachRow((row, r) =>
        row.eachCell((cell, c) => expect(cell.style, `${name}!${cell.address}`).toEqual(was.getCell(r, c).style)),
      );
    }
  });

  it('writes validation ranges that do not overlap, however often the workbook goes through exceljs', async () => {
    const twice = await writeValues(await writeValues(template, pack, values), pack, values);
    for (const sheet of [1, 2]) {
      const cells = await validatedCells(twice, sheet);
      expect(cells.length).toBeGreaterThan(0);
      expect(new Set(cells).size).toBe(cells.length);
    }
  });

  it('refuses codes the pack lacks, and pack parts the template lacks', async () => {
    const wider: Pack = {
      ...testPack,
      sheets: [
        ...testPack.sheets.map((sheet) => ({
          ...sheet,
          columns: [...sheet.columns, { ...sheet.columns[0]!, code: '(9)' }],
        })),
        { ...testPack.sheets[1]!, code: 'B9', name: 'B9' },
      ],
    };
    await expect(writeValues(template, pack, { X: {} })).rejects.toBeInstanceOf(NotInPackError);
    await expect(writeValues(template, pack, { PL1: { '1': { '(9)': 1 } } })).rejects.toBeInstanceOf(NotInPackError);
    const widerPack = compilePack(wider);
    const b9Row = wider.sheets[2]!.rows[0]!.code;
    await expect(writeValues(template, widerPack, { B9: { [b9Row]: { '(1)': 1 } } })).rejects.toBeInstanceOf(
      NoCellError,
    );
    await expect(writeValues(template, widerPack, { PL1: { '1': { '(9)': 1 } } })).rejects.toBeInstanceOf(NoCellError);
    await expect(writeValues(template, pack, { PL1: { '9.9': { '(1)': 1 } } })).rejects.toBeInstanceOf(NotInPackError);
  });
});
