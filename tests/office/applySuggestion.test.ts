import { afterEach, describe, expect, it } from 'vitest';
import { errorText } from '../../src/engine/index.js';
import { applySuggestion } from '../../src/office/applySuggestion.js';
import { CellChangedError, CellLockedError, FormulaCellError } from '../../src/office/errors.js';
import type { CellChange } from '../../src/office/suggestedChange.js';
import { mockExcel } from './mockExcel.js';

/** One cell of 'Biểu 1' as Excel shows it, recording what is written into it. */
function workbook(cell: { value: number | string; formula?: string; locked?: boolean; protected?: boolean }) {
  let held: unknown[][] = [[cell.value]];
  const range = {
    get values() {
      return held;
    },
    set values(rows: unknown[][]) {
      range.written.push(rows);
      held = rows.map((r) => r.map((x) => (typeof x === 'string' ? x.replace(/^'/, '') : x)));
    },
    formulas: [[cell.formula ?? cell.value]],
    numberFormat: [['#,##0']],
    written: [] as unknown[][][],
    format: { protection: { locked: cell.locked ?? true, load: () => range.format.protection } },
    load: () => range,
  };
  const sheet = {
    asked: '',
    protection: { protected: cell.protected ?? false, load: () => sheet.protection },
    getRange(address: string) {
      sheet.asked = address;
      return range;
    },
  };
  return { range, sheet, worksheets: { getItem: (name: string) => (name === 'Biểu 1' ? sheet : undefined) } };
}

const C17: CellChange = { sheetName: 'Biểu 1', address: 'C17', holds: 27023, write: 26773 };

describe('applySuggestion', () => {
  afterEach(() => delete (globalThis as any).Excel);

  it('writes the suggested number into the cell read, in one sync to read and one to write', async () => {
    const wb = workbook({ value: 27023 });
    const excel = mockExcel(wb);
    const back = await applySuggestion(C17);
    expect(wb.sheet.asked).toBe('C17');
    expect(wb.range.written).toEqual([[[26773]]]);
    expect(wb.range.numberFormat).toEqual([['#,##0']]);
    expect(back).toEqual({ sheetName: 'Biểu 1', address: 'C17', holds: 26773, write: 27023 });
    expect(excel.syncs()).toBe(2);
  });

  it('puts the old value back with the change it returned, text staying text', async () => {
    const wb = workbook({ value: '27.023' });
    mockExcel(wb);
    const back = await applySuggestion({ ...C17, holds: '27.023' });
    expect(wb.range.values).toEqual([[26773]]);
    await applySuggestion(back);
    expect(wb.range.written.at(-1)).toEqual([["'27.023"]]);
    expect(wb.range.values).toEqual([['27.023']]);
  });

  it('refuses, writing nothing, a cell the clerk changed since the check', async () => {
    const wb = workbook({ value: 27000 });
    const excel = mockExcel(wb);
    const refused = await applySuggestion(C17).catch((e) => e);
    expect(refused).toBeInstanceOf(CellChangedError);
    expect(errorText(refused).vi).toBe(
      "Ô 'Biểu 1'!C17 đã được sửa sau lần kiểm tra nên không ghi gì vào ô: " +
        'hãy bấm Kiểm tra để xem gợi ý cho số liệu đang có.',
    );
    expect(errorText(refused).en).toMatch(/^The cell 'Biểu 1'!C17 was changed after the check/);
    expect(wb.range.written).toEqual([]);
    expect(excel.syncs()).toBe(1);
  });

  it('refuses a locked cell of a protected sheet, and a formula, writing nothing', async () => {
    const locked = workbook({ value: 27023, protected: true });
    mockExcel(locked);
    expect(await applySuggestion(C17).catch((e) => e)).toBeInstanceOf(CellLockedError);
    const formula = workbook({ value: 27023, formula: '=C15+C16' });
    mockExcel(formula);
    expect(await applySuggestion(C17).catch((e) => e)).toBeInstanceOf(FormulaCellError);
    expect([...locked.range.written, ...formula.range.written]).toEqual([]);
  });

  it('writes an unlocked cell of a protected sheet, as Excel lets the clerk type there', async () => {
    const wb = workbook({ value: 27023, protected: true, locked: false });
    mockExcel(wb);
    await applySuggestion(C17);
    expect(wb.range.written).toEqual([[[26773]]]);
  });
});
