import type ExcelJS from 'exceljs';
import type { Cell, Worksheet } from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compilePack } from '../../src/engine/pack/compilePack.js';
import { IDENTITY_NAMES, META_KEYS, META_SHEET, sheetMarkerName } from '../../src/engine/workbook/markers.js';
import { validate } from '../../src/engine/check/validate.js';
import type { Pack } from '../../src/engine/pack/pack.js';
import { UnknownInputError } from '../../src/xlsx/errors.js';
import { readWorkbook } from '../../src/xlsx/readWorkbook.js';
import { PACK_ID_NAME, PACK_VERSION_NAME } from '../../src/xlsx/writeMeta.js';
import { writeIdentity } from '../../src/xlsx/writeIdentity.js';
import { writeTemplate } from '../../src/xlsx/writeTemplate.js';
import { excelBytes, openExcel, testPack, validatedCells } from './helpers.js';

const bytes = await writeTemplate(testPack);
const excel = await openExcel(bytes);
const raw = await readWorkbook(bytes, 'template.xlsx');
const pl1 = excel.getWorksheet('Phụ lục 1') as Worksheet;
const b3a = excel.getWorksheet('B3a') as Worksheet;

/** PL1 has a group header, so its header takes rows 5-6, its code row is 7 and its data starts at row 8. */
const PL1_ROWS = { '1': 8, '1.1': 9, '1.2': 10, '2': 11, '2.1': 12 };
const B3A_ROWS = { '1': 7, '10': 8 };

function fillColor(cell: Cell): string | undefined {
  return cell.fill?.type === 'pattern' && cell.fill.pattern === 'solid' ? cell.fill.fgColor?.argb : undefined;
}

function text(sheet: Worksheet, address: string): unknown {
  return sheet.getCell(address).value;
}

describe('writeTemplate', () => {
  it('gives one tab per pack sheet, named as in the pack, and a very hidden meta sheet', () => {
    expect(raw.sheets.map((sheet) => sheet.name)).toEqual(['Phụ lục 1', 'B3a']);
    expect(excel.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ['Phụ lục 1', 'visible'],
      ['B3a', 'visible'],
      [META_SHEET, 'veryHidden'],
    ]);
  });

  it('stores the pack identity as key/value rows and names its values', () => {
    expect(raw.meta).toEqual({
      [META_KEYS.packId]: 'test-pack',
      [META_KEYS.packVersion]: '1.2.0',
      packTitle: 'Bộ biểu thử',
    });
    const meta = excel.getWorksheet(META_SHEET) as Worksheet;
    const idRef = raw.names[PACK_ID_NAME];
    const versionRef = raw.names[PACK_VERSION_NAME];
    expect(idRef?.sheet).toBe(META_SHEET);
    expect(meta.getCell((idRef?.rowIndex ?? 0) + 1, (idRef?.colIndex ?? 0) + 1).value).toBe('test-pack');
    expect(meta.getCell((versionRef?.rowIndex ?? 0) + 1, (versionRef?.colIndex ?? 0) + 1).value).toBe('1.2.0');
  });

  it('names the A1 cell of each sheet after its code; A1 shows the form name', () => {
    expect(raw.names[sheetMarkerName('PL1')]).toEqual({ sheet: 'Phụ lục 1', rowIndex: 0, colIndex: 0 });
    expect(raw.names[sheetMarkerName('B3a')]).toEqual({ sheet: 'B3a', rowIndex: 0, colIndex: 0 });
    expect(text(pl1, 'A1')).toBe('Phụ lục 1');
  });

  it('draws the title block: bold title merged across the table, subtitle, unit on the right', () => {
    expect(text(pl1, 'A2')).toBe('Tổ chức cơ sở đảng');
    expect(pl1.getCell('A2').font.bold).toBe(true);
    expect(pl1.getCell('E2').master.address).toBe('A2');
    expect(text(pl1, 'A3')).toBe('(Kèm theo báo cáo số 303-BC/TU)');
    expect(text(pl1, 'A4')).toBe('Đơn vị tính: tổ chức');
    expect(pl1.getCell('A4').alignment.horizontal).toBe('right');
    expect(text(b3a, 'A3')).toBeNull();
  });

  it('draws the header with a merged group cell above the grouped columns', () => {
    expect(['A5', 'B5', 'C5', 'E5'].map((address) => text(pl1, address))).toEqual([
      'STT',
      'Chỉ tiêu',
      'Số lượng',
      'Tăng, giảm (%)',
    ]);
    expect(['C6', 'D6'].map((address) => text(pl1, address))).toEqual(['Năm 2008', 'Năm 2017']);
    expect(pl1.getCell('D5').master.address).toBe('C5');
    expect(pl1.getCell('A6').master.address).toBe('A5');
    expect(pl1.getCell('E6').master.address).toBe('E5');
    expect(['A5', 'B5', 'C5', 'D5', 'E5'].map((address) => text(b3a, address))).toEqual([
      'STT',
      'Chỉ tiêu',
      'Kết nạp',
      'Bình quân',
      'Ghi chú',
    ]);
  });

  it('writes the code row below the labels, every code a string as in the pack', () => {
    const codeRow = raw.sheets[0]?.cells[6]?.map((cell) => cell?.value);
    expect(codeRow).toEqual(['A', 'B', '(1)', '(2)', '(3)']);
    expect(raw.sheets[1]?.cells[5]?.map((cell) => cell?.value)).toEqual(['A', 'B', '(1)', '(2)', '(3)']);
  });

  it('writes row codes as strings and labels indented by level, bold at level 0', () => {
    for (const [code, row] of Object.entries(PL1_ROWS)) expect(raw.sheets[0]?.cells[row - 1]?.[0]?.value).toBe(code);
    for (const [code, row] of Object.entries(B3A_ROWS)) expect(raw.sheets[1]?.cells[row - 1]?.[0]?.value).toBe(code);
    expect(pl1.getCell('B8').font.bold).toBe(true);
    expect(pl1.getCell('B8').alignment.indent ?? 0).toBe(0);
    expect(pl1.getCell('B9').font.bold ?? false).toBe(false);
    expect(pl1.getCell('B9').alignment.indent).toBe(1);
    expect(pl1.getCell('B9').alignment.wrapText).toBe(true);
  });

  it('unlocks and fills exactly the input cells; every other cell stays locked', () => {
    const inputs = ['C8', 'D8', 'E8', 'C9', 'D9', 'E9', 'C10', 'D10', 'E10', 'C12', 'D12'];
    for (let row = 1; row <= 13; row++) {
      for (let col = 1; col <= 6; col++) {
        const cell = pl1.getCell(row, col);
        const input = inputs.includes(cell.address);
        expect(cell.protection?.locked ?? true, cell.address).toBe(!input);
        expect(fillColor(cell), cell.address).toBe(
          input ? 'FFFFF2CC' : row >= 5 && row <= 7 && col <= 5 ? 'FFF2F2F2' : undefined,
        );
      }
    }
    // The text column is no input unless a row lists it.
    expect(['C7', 'D7', 'E7'].map((address) => b3a.getCell(address).protection?.locked ?? true)).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('protects every form sheet without a password, leaving formatting, selection and inserting rows and columns free', () => {
    for (const sheet of [pl1, b3a]) {
      const protection = (sheet as unknown as { sheetProtection?: Record<string, unknown> }).sheetProtection;
      expect(protection).toMatchObject({
        sheet: true,
        formatCells: true,
        formatColumns: true,
        formatRows: true,
        insertRows: true,
        insertColumns: true,
      });
      expect(protection?.deleteRows).not.toBe(true);
      expect(protection?.hashValue).toBeUndefined();
      expect(protection?.selectLockedCells).not.toBe(false);
      expect(protection?.selectUnlockedCells).not.toBe(false);
    }
  });

  it('formats cells by column kind and decimals', () => {
    expect(['C8', 'D9', 'E10', 'C11', 'E11'].map((address) => pl1.getCell(address).numFmt)).toEqual([
      '#,##0',
      '#,##0',
      '0.00%',
      '#,##0',
      '0.00%',
    ]);
    expect(['C7', 'D7', 'E7', 'A7'].map((address) => b3a.getCell(address).numFmt)).toEqual([
      '#,##0',
      '#,##0.0',
      '@',
      '@',
    ]);
  });

  it('validates count inputs as whole numbers from 0 and other numeric inputs as decimals, in Vietnamese', () => {
    expect(pl1.getCell('C8').dataValidation).toMatchObject({
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formulae: [0],
      showErrorMessage: true,
      error: 'Ô này chỉ nhận số nguyên không âm (0, 1, 2 …).',
    });
    expect(pl1.getCell('E9').dataValidation).toMatchObject({ type: 'decimal', error: 'Ô này chỉ nhận số.' });
    expect(b3a.getCell('D8').dataValidation).toMatchObject({ type: 'decimal' });
    for (const address of ['C11', 'E12', 'C7', 'E7'])
      expect(pl1.getCell(address).dataValidation, address).toBeUndefined();
    expect(b3a.getCell('E7').dataValidation).toBeUndefined();
  });

  it('writes validation ranges that do not overlap', async () => {
    const cells = await validatedCells(bytes, 1);
    expect([...cells].sort()).toEqual(['C10', 'C12', 'C8', 'C9', 'D10', 'D12', 'D8', 'D9', 'E10', 'E8', 'E9']);
  });

  it('sizes columns, freezes panes below the header and prints landscape on one page wide', () => {
    expect(pl1.getColumn(2).width).toBeGreaterThanOrEqual(40);
    expect(pl1.getColumn(5).width).toBe(16);
    expect(pl1.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 7 });
    expect(b3a.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
    expect(pl1.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  });

  it('writes labels in the language asked for', async () => {
    const english = await openExcel(await writeTemplate(testPack, 'en'));
    const sheet = english.getWorksheet('Phụ lục 1') as Worksheet;
    expect(['A2', 'A4', 'A5', 'B5', 'C5', 'B9'].map((address) => text(sheet, address))).toEqual([
      'Grassroots party organisations',
      'Unit: organisations',
      'No.',
      'Indicator',
      'Number',
      'Grassroots committees',
    ]);
    expect(sheet.getCell('C8').dataValidation.error).toBe('This cell takes a whole number, 0 or more.');
  });

  it('refuses a row whose inputs name a column its sheet lacks', async () => {
    const [first, second] = testPack.sheets;
    if (!first || !second) throw new Error('test pack has two sheets');
    const broken: Pack = {
      ...testPack,
      sheets: [{ ...first, rows: [{ code: '9', label: first.title, level: 0, inputs: ['(7)'] }] }, second],
    };
    const error = await writeTemplate(broken).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnknownInputError);
    expect(error).toMatchObject({
      message: expect.stringContaining('"(7)"'),
      text: { vi: expect.stringContaining('"(7)"') },
    });
  });
});

describe('writeTemplate with an identity', () => {
  const field = (vi: string, en: string, value?: string) => ({ label: { vi, en }, ...(value ? { value } : {}) });
  const withIdentity: Pack = {
    ...testPack,
    identity: {
      name: field('Đơn vị báo cáo', 'Reporting unit'),
      code: field('Mã đơn vị', 'Unit code'),
      period: field('Kỳ báo cáo', 'Period', '12-2017'),
    },
  };
  let excelId: ExcelJS.Workbook;
  let rawId: Awaited<ReturnType<typeof readWorkbook>>;
  beforeAll(async () => {
    const b = await writeTemplate(withIdentity);
    excelId = await openExcel(b);
    rawId = await readWorkbook(b, 'template.xlsx');
  });

  it('puts labelled, unlocked, tinted text cells for the name, code and period on rows 2-4 of the first sheet', () => {
    const sheet = excelId.getWorksheet('Phụ lục 1') as Worksheet;
    expect(['B2', 'B3', 'B4'].map((a) => text(sheet, a))).toEqual(['Đơn vị báo cáo:', 'Mã đơn vị:', 'Kỳ báo cáo:']);
    for (const a of ['C2', 'C3', 'C4']) {
      const cell = sheet.getCell(a);
      expect(cell.protection?.locked, a).toBe(false);
      expect(fillColor(cell), a).toBe('FFFFF2CC');
      expect(cell.numFmt, a).toBe('@');
      expect(sheet.getCell(a.replace('C', 'E')).master.address, a).toBe(a);
    }
    expect(['C2', 'C3', 'C4'].map((a) => text(sheet, a))).toEqual([null, null, '12-2017']);
    expect(pl1Labels(sheet)).toBe(true);
  });

  it('names the three cells KB_UNIT_NAME, KB_UNIT_CODE and KB_PERIOD', () => {
    expect(rawId.names[IDENTITY_NAMES.name]).toEqual({ sheet: 'Phụ lục 1', rowIndex: 1, colIndex: 2 });
    expect(rawId.names[IDENTITY_NAMES.code]).toEqual({ sheet: 'Phụ lục 1', rowIndex: 2, colIndex: 2 });
    expect(rawId.names[IDENTITY_NAMES.period]).toEqual({ sheet: 'Phụ lục 1', rowIndex: 3, colIndex: 2 });
  });

  it('moves the rest of the first sheet down by 3 rows, and no other sheet', () => {
    const sheet = excelId.getWorksheet('Phụ lục 1') as Worksheet;
    expect(text(sheet, 'A5')).toBe('Tổ chức cơ sở đảng');
    expect(text(sheet, 'A8')).toBe('STT');
    for (const [code, row] of Object.entries(PL1_ROWS))
      expect(rawId.sheets[0]?.cells[row + 2]?.[0]?.value, code).toBe(code);
    for (const [code, row] of Object.entries(B3A_ROWS))
      expect(rawId.sheets[1]?.cells[row - 1]?.[0]?.value, code).toBe(code);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 10 });
    expect(sheet.pageSetup.printTitlesRow).toBe('8:10');
  });

  it('is read back by the checker through the names', async () => {
    writeIdentity(excelId, { name: 'Đảng bộ huyện Đăk Hà', code: '01' });
    const raw = await readWorkbook(await excelBytes(excelId), 'x.xlsx');
    expect(validate(compilePack(withIdentity), raw, 'x.xlsx').unit).toEqual({
      name: 'Đảng bộ huyện Đăk Hà',
      code: '01',
      period: '12-2017',
    });
  });
});

/** Whether the first sheet's identity labels sit right-aligned and bold. */
function pl1Labels(sheet: Worksheet): boolean {
  return ['B2', 'B3', 'B4'].every(
    (a) => sheet.getCell(a).alignment?.horizontal === 'right' && sheet.getCell(a).font?.bold === true,
  );
}
