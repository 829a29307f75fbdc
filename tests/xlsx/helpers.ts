/** What the xlsx tests share: a small pack, and exceljs on bytes. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Pack } from '../../src/engine/pack/pack.js';

export async function openExcel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  return new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
}

export async function excelBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Every cell address under a data validation, as the sheet XML lists them: repeats mean overlapping ranges. */
export async function validatedCells(bytes: Uint8Array, sheetNumber: number): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file(`xl/worksheets/sheet${sheetNumber}.xml`)?.async('string');
  const sqrefs = [...(xml ?? '').matchAll(/sqref="([^"]+)"/g)].flatMap((match) => (match[1] ?? '').split(' '));
  return sqrefs.flatMap(cellsOf);
}

function cellsOf(range: string): string[] {
  const [from = '', to = from] = range.split(':');
  const [, fromCol = '', fromRow = ''] = /^([A-Z]+)(\d+)$/.exec(from) ?? [];
  const [, toCol = '', toRow = ''] = /^([A-Z]+)(\d+)$/.exec(to) ?? [];
  const cells: string[] = [];
  for (let code = fromCol.charCodeAt(0); code <= toCol.charCodeAt(0); code++) {
    for (let row = Number(fromRow); row <= Number(toRow); row++) cells.push(`${String.fromCharCode(code)}${row}`);
  }
  return cells;
}

const t = (vi: string, en = vi) => ({ vi, en });

/** A grouped sheet with a heading row and a partial-input row, and a flat sheet with a text column. */
export const testPack: Pack = {
  id: 'test-pack',
  version: '1.2.0',
  title: t('Bộ biểu thử', 'Test pack'),
  sheets: [
    {
      code: 'PL1',
      name: 'Phụ lục 1',
      title: t('Tổ chức cơ sở đảng', 'Grassroots party organisations'),
      subtitle: t('(Kèm theo báo cáo số 303-BC/TU)', '(Appended to report 303-BC/TU)'),
      unit: t('tổ chức', 'organisations'),
      columns: [
        { code: '(1)', label: t('Năm 2008', '2008'), group: t('Số lượng', 'Number'), kind: 'count', decimals: 0 },
        { code: '(2)', label: t('Năm 2017', '2017'), group: t('Số lượng', 'Number'), kind: 'count', decimals: 0 },
        { code: '(3)', label: t('Tăng, giảm (%)', 'Change (%)'), kind: 'percent', decimals: 2, width: 16 },
      ],
      rows: [
        { code: '1', label: t('Tổng số tổ chức cơ sở đảng', 'All grassroots organisations'), level: 0 },
        { code: '1.1', label: t('Đảng bộ cơ sở', 'Grassroots committees'), level: 1 },
        { code: '1.2', label: t('Chi bộ cơ sở', 'Grassroots cells'), level: 1 },
        { code: '2', label: t('Chia theo loại hình', 'By type'), level: 0, inputs: [] },
        { code: '2.1', label: t('Xã, phường, thị trấn', 'Communes'), level: 1, inputs: ['(1)', '(2)'] },
      ],
    },
    {
      code: 'B3a',
      name: 'B3a',
      title: t('Phát triển đảng viên', 'Member development'),
      unit: t('người', 'people'),
      columns: [
        { code: '(1)', label: t('Kết nạp', 'Admitted'), kind: 'count', decimals: 0 },
        { code: '(2)', label: t('Bình quân', 'Average'), kind: 'number', decimals: 1 },
        { code: '(3)', label: t('Ghi chú', 'Notes'), kind: 'text', decimals: 0 },
      ],
      rows: [
        { code: '1', label: t('Tổng số', 'Total'), level: 0 },
        { code: '10', label: t('Trong đó nữ', 'Of whom women'), level: 1, optional: true },
      ],
    },
  ],
  rules: [],
};
