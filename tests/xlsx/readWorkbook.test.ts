import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { PlainError } from '../../src/engine/errors.js';
import { UnreadableWorkbookError } from '../../src/xlsx/errors.js';
import { readWorkbook } from '../../src/xlsx/readWorkbook.js';
import { sheetRef } from '../../src/engine/workbook/sheetRef.js';
import { excelBytes } from './helpers.js';

async function sampleWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Số liệu');
  sheet.getCell('A1').value = 2;
  sheet.getCell('B1').value = { formula: 'A1*2', result: 4 };
  sheet.getCell('C1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  sheet.getCell('D1').value = { formula: 'A1+1' };
  sheet.getCell('A2').value = { error: '#REF!' };
  sheet.getCell('B2').value = { richText: [{ text: 'Đảng ' }, { font: { bold: true }, text: 'viên' }] };
  sheet.getCell('C2').value = { text: 'Nghị quyết 22', hyperlink: 'https://example.org' };
  sheet.getCell('D2').value = new Date(Date.UTC(2017, 11, 31));
  sheet.getCell('E2').value = true;
  sheet.getCell('F2').value = '1.908';
  sheet.getCell('A3').value = 0.4834;
  sheet.getCell('A3').numFmt = '0.00%';
  sheet.fillFormula('A5:C5', 'A1*3', [6, 6, 6]);
  sheet.getCell('A7').value = 'merged';
  sheet.mergeCells('A7:C8');
  workbook.addWorksheet("Bob's");
  workbook.definedNames.add(sheetRef('Số liệu', 3, 1), 'PERCENT');
  workbook.definedNames.add(sheetRef("Bob's", 2, 28), 'QUOTED');
  workbook.definedNames.add("'Số liệu'!$A$1:$B$2", 'BLOCK');
  return excelBytes(workbook);
}

const raw = await readWorkbook(await sampleWorkbook(), 'sample.xlsx');
const cells = raw.sheets[0]?.cells ?? [];

describe('readWorkbook', () => {
  it('reads every worksheet, with plain values at 0-based positions', () => {
    expect(raw.sheets.map((sheet) => sheet.name)).toEqual(['Số liệu', "Bob's"]);
    expect(cells[0]?.[0]).toEqual({ value: 2 });
    expect(cells[1]?.[4]).toEqual({ value: true });
    expect(cells[1]?.[5]).toEqual({ value: '1.908' });
    expect(raw.sheets[1]?.cells).toEqual([]);
  });

  it('gives a formula cell its cached result', () => {
    expect(cells[0]?.[1]).toEqual({ value: 4 });
    expect(cells[0]?.[2]).toEqual({ value: null, error: '#DIV/0!' });
    expect(cells[0]?.[3]).toEqual({ value: null });
    expect(cells[4]?.map((cell) => cell?.value)).toEqual([6, 6, 6]);
  });

  it('gives an error cell a null value and its error', () => {
    expect(cells[1]?.[0]).toEqual({ value: null, error: '#REF!' });
  });

  it('flattens rich text and hyperlinks to their text, and shows dates as ISO dates', () => {
    expect(cells[1]?.[1]).toEqual({ value: 'Đảng viên' });
    expect(cells[1]?.[2]).toEqual({ value: 'Nghị quyết 22' });
    expect(cells[1]?.[3]?.value).toBe('2017-12-31');
  });

  it('keeps the number format, and leaves empty and merged-over cells out', () => {
    expect(cells[2]?.[0]).toEqual({ value: 0.4834, numFmt: '0.00%' });
    expect(cells[3]).toEqual([]);
    expect(cells[6]?.[0]).toEqual({ value: 'merged' });
    expect(cells[6]?.filter(Boolean)).toHaveLength(1);
    expect(cells).toHaveLength(7);
  });

  it('resolves the names that point at one cell, whatever quoting the sheet name needs', () => {
    expect(raw.names).toEqual({
      PERCENT: { sheet: 'Số liệu', rowIndex: 2, colIndex: 0 },
      QUOTED: { sheet: "Bob's", rowIndex: 1, colIndex: 27 },
    });
  });

  it('has no meta for a workbook that is not a template', () => {
    expect(raw.meta).toBeUndefined();
  });

  it('takes an ArrayBuffer as well', async () => {
    const buffer = new Uint8Array(await sampleWorkbook()).buffer;
    expect((await readWorkbook(buffer, 'sample.xlsx')).sheets).toHaveLength(2);
  });
});

describe('readWorkbook on what is not a workbook', () => {
  const badInputs: [string, () => Promise<Uint8Array>][] = [
    ['an empty file', async () => new Uint8Array(0)],
    ['random bytes', async () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)],
    ['a text file', async () => new TextEncoder().encode('Số đảng viên: 27.023\n')],
    ['a truncated workbook', async () => (await sampleWorkbook()).slice(0, 3000)],
    ['a workbook missing its last bytes', async () => (await sampleWorkbook()).slice(0, -20)],
    ['a Word-like zip', () => zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' })],
    ['a zip whose workbook part is not XML', () => zip({ 'xl/workbook.xml': '<<< not xml' })],
  ];

  it.each(badInputs)('throws UnreadableWorkbookError naming the file for %s', async (_, bytes) => {
    const error = await readWorkbook(await bytes(), 'bao-cao.xlsx').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnreadableWorkbookError);
    expect(error).toBeInstanceOf(PlainError);
    expect(error).toMatchObject({
      fileName: 'bao-cao.xlsx',
      message: '"bao-cao.xlsx" is not an Excel workbook (.xlsx) or is damaged: it cannot be opened.',
      text: { vi: expect.stringContaining('"bao-cao.xlsx"') },
    });
  });
});

async function zip(files: Record<string, string>): Promise<Uint8Array> {
  const archive = new JSZip();
  for (const [path, content] of Object.entries(files)) archive.file(path, content);
  return archive.generateAsync({ type: 'uint8array' });
}
