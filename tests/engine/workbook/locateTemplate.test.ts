import { describe, expect, it } from 'vitest';
import { ForeignWorkbookError, WrongPackError } from '../../../src/engine/workbook/errors.js';
import { sheetMarkerName } from '../../../src/engine/workbook/markers.js';
import { locateTemplate, packLabel } from '../../../src/engine/workbook/locateTemplate.js';
import { compileTiny, insertColumn, insertRow, rawWorkbook, tinyPack, tinySheet } from '../fixtures.js';

const sheets = () => [tinySheet('S1'), tinySheet('S2')];
const pack = compileTiny([], sheets());
const wb = () => rawWorkbook(tinyPack([], sheets()), {});

/** Where a cell was located, as "sheet name!row,col" (0-based), or undefined. */
function at(located: ReturnType<typeof locateTemplate>, sheet: string, row: string, col: string) {
  const p = located.positions[pack.slotOf(sheet, row, col)!];
  return p && `${p.sheet.name}!${p.rowIndex},${p.colIndex}`;
}

describe('locateTemplate: a workbook as the template draws it', () => {
  it('finds every input cell under its row code (column A) and column code (row 3)', () => {
    const located = locateTemplate(pack, wb(), 'x.xlsx');
    expect(located.layoutProblems).toEqual([]);
    expect(located.positions.every((p) => p !== undefined)).toBe(true);
    expect(at(located, 'S1', '1', '(1)')).toBe('Biểu S1!3,2');
    expect(at(located, 'S1', '1.2', '(3)')).toBe('Biểu S1!5,4');
    expect(at(located, 'S2', '1.1', '(2)')).toBe('Biểu S2!4,3');
  });

  it('packLabel is the pack id and version', () => {
    expect(packLabel(pack)).toBe('tiny 1.0.0');
  });
});

describe('locateTemplate: what users do to a template does no harm', () => {
  it('an uncoded row inserted between coded rows', () => {
    const w = wb();
    insertRow(w, 'Biểu S1', 4, [undefined, { value: 'ghi chú' }, { value: 5 }, { value: 5 }]);
    const located = locateTemplate(pack, w, 'x.xlsx');
    expect(located.layoutProblems).toEqual([]);
    expect(at(located, 'S1', '1', '(1)')).toBe('Biểu S1!3,2');
    expect(at(located, 'S1', '1.1', '(1)')).toBe('Biểu S1!5,2');
    expect(at(located, 'S1', '1.2', '(1)')).toBe('Biểu S1!6,2');
  });

  it('rows inserted above the header', () => {
    const w = wb();
    insertRow(w, 'Biểu S1', 0, [{ value: 'Đảng bộ tỉnh Kon Tum' }]);
    insertRow(w, 'Biểu S1', 0, []);
    const located = locateTemplate(pack, w, 'x.xlsx');
    expect(at(located, 'S1', '1', '(1)')).toBe('Biểu S1!5,2');
  });

  it('a column inserted between coded columns, and one before the row-code column', () => {
    const w = wb();
    insertColumn(w, 'Biểu S1', 3, { value: 'x' });
    insertColumn(w, 'Biểu S1', 0);
    const located = locateTemplate(pack, w, 'x.xlsx');
    expect(located.layoutProblems).toEqual([]);
    expect(at(located, 'S1', '1.1', '(1)')).toBe('Biểu S1!4,3');
    expect(at(located, 'S1', '1.1', '(2)')).toBe('Biểu S1!4,5');
    expect(at(located, 'S1', '1.1', '(3)')).toBe('Biểu S1!4,6');
    expect(at(located, 'S2', '1.1', '(2)')).toBe('Biểu S2!4,3');
  });

  it('a renamed sheet is found through its defined-name marker', () => {
    const w = wb();
    w.sheets[1]!.name = 'Số liệu 2017';
    w.names[sheetMarkerName('S2')] = { sheet: 'Số liệu 2017', rowIndex: 0, colIndex: 0 };
    const located = locateTemplate(pack, w, 'x.xlsx');
    expect(located.layoutProblems).toEqual([]);
    expect(at(located, 'S2', '1', '(1)')).toBe('Số liệu 2017!3,2');
  });

  it('the marker wins over a tab that took the old name', () => {
    const w = wb();
    w.sheets[1]!.name = 'Số liệu 2017';
    w.names[sheetMarkerName('S2')] = { sheet: 'Số liệu 2017', rowIndex: 0, colIndex: 0 };
    w.sheets.push({ name: 'Biểu S2', cells: [[{ value: 'bản nháp' }]] });
    expect(at(locateTemplate(pack, w, 'x.xlsx'), 'S2', '1', '(1)')).toBe('Số liệu 2017!3,2');
  });

  it('a sheet is found by its tab name when the marker is lost or stale', () => {
    const w = wb();
    delete w.names[sheetMarkerName('S1')];
    w.names[sheetMarkerName('S2')] = { sheet: 'đã xoá', rowIndex: 0, colIndex: 0 };
    const located = locateTemplate(pack, w, 'x.xlsx');
    expect(located.layoutProblems).toEqual([]);
    expect(at(located, 'S1', '1', '(1)')).toBe('Biểu S1!3,2');
    expect(at(located, 'S2', '1', '(1)')).toBe('Biểu S2!3,2');
  });

  it('reordered sheets', () => {
    const w = wb();
    w.sheets.reverse();
    w.sheets.unshift({ name: 'Hướng dẫn', cells: [[{ value: '(1)' }, { value: '(2)' }], [{ value: '1' }]] });
    const located = locateTemplate(pack, w, 'x.xlsx');
    expect(located.layoutProblems).toEqual([]);
    expect(at(located, 'S1', '1.2', '(2)')).toBe('Biểu S1!5,3');
    expect(at(located, 'S2', '1.2', '(2)')).toBe('Biểu S2!5,3');
  });

  it('row codes stored as numbers (1, 1.1, 1.2) and codes with stray spaces', () => {
    const w = wb();
    const cells = w.sheets[0]!.cells;
    cells[3]![0] = { value: 1 };
    cells[4]![0] = { value: 1.1 };
    cells[5]![0] = { value: ' 1.2 ' };
    cells[2]![3] = { value: '(2) ' };
    const located = locateTemplate(pack, w, 'x.xlsx');
    expect(located.layoutProblems).toEqual([]);
    expect(at(located, 'S1', '1', '(1)')).toBe('Biểu S1!3,2');
    expect(at(located, 'S1', '1.1', '(2)')).toBe('Biểu S1!4,3');
    expect(at(located, 'S1', '1.2', '(1)')).toBe('Biểu S1!5,2');
  });

  it('a figure equal to a row code in a data column does not move the row-code column', () => {
    const w = rawWorkbook(tinyPack([], sheets()), { S1: { '1': { '(1)': 1 }, '1.2': { '(2)': 1 } } });
    expect(at(locateTemplate(pack, w, 'x.xlsx'), 'S1', '1.2', '(1)')).toBe('Biểu S1!5,2');
  });
});

describe('locateTemplate: missing parts are findings, and their cells have no position', () => {
  it('a missing row', () => {
    const w = wb();
    w.sheets[0]!.cells[4]![0] = { value: '1.1a' };
    const located = locateTemplate(pack, w, 'x.xlsx');
    expect(located.layoutProblems).toEqual([
      {
        code: 'missing-row',
        rule: 'template',
        severity: 'error',
        cells: [],
        found: '1.1',
        sheet: 'S1',
        sheetName: 'Biểu S1',
      },
    ]);
    expect(at(located, 'S1', '1.1', '(1)')).toBeUndefined();
    expect(at(located, 'S1', '1.1', '(3)')).toBeUndefined();
    expect(at(located, 'S1', '1.2', '(1)')).toBe('Biểu S1!5,2');
  });

  it('a missing column', () => {
    const w = wb();
    w.sheets[1]!.cells[2]![4] = undefined;
    const located = locateTemplate(pack, w, 'x.xlsx');
    expect(located.layoutProblems).toEqual([
      {
        code: 'missing-column',
        rule: 'template',
        severity: 'error',
        cells: [],
        found: '(3)',
        sheet: 'S2',
        sheetName: 'Biểu S2',
      },
    ]);
    expect(at(located, 'S2', '1', '(3)')).toBeUndefined();
    expect(at(located, 'S2', '1', '(2)')).toBe('Biểu S2!3,3');
    expect(at(located, 'S1', '1', '(3)')).toBe('Biểu S1!3,4');
  });

  it('a missing sheet', () => {
    const w = wb();
    w.sheets.splice(1, 1);
    const located = locateTemplate(pack, w, 'x.xlsx');
    expect(located.layoutProblems).toEqual([
      {
        code: 'missing-sheet',
        rule: 'template',
        severity: 'error',
        cells: [],
        found: 'S2',
        sheet: 'S2',
        sheetName: 'Biểu S2',
      },
    ]);
    expect(pack.slots.filter((s, i) => s.sheet === 'S2' && located.positions[i])).toEqual([]);
    expect(pack.slots.filter((s, i) => s.sheet === 'S1' && !located.positions[i])).toEqual([]);
  });

  it('a renamed sheet without its marker is missing', () => {
    const w = wb();
    w.sheets[1]!.name = 'Số liệu 2017';
    delete w.names[sheetMarkerName('S2')];
    expect(locateTemplate(pack, w, 'x.xlsx').layoutProblems.map((m) => `${m.code} ${m.found}`)).toEqual([
      'missing-sheet S2',
    ]);
  });
});

describe('locateTemplate: a code that stands twice is a warning, and the first place is used', () => {
  it('a row copied with its code', () => {
    const w = wb();
    insertRow(w, 'Biểu S1', 5, [{ value: '1.1' }, { value: 'bản sao' }, { value: 7 }]);
    const located = locateTemplate(pack, w, 'x.xlsx');
    expect(located.layoutProblems).toEqual([
      expect.objectContaining({
        code: 'duplicate-row',
        severity: 'warning',
        sheet: 'S1',
        found: '1.1',
        addresses: ['A5', 'A6'],
        repeats: 1,
      }),
    ]);
    expect(at(located, 'S1', '1.1', '(1)')).toBe('Biểu S1!4,2');
  });

  it('row codes repeated thousands of times below the table: one warning per code, counting them', () => {
    const w = wb();
    const s1 = w.sheets.find((s) => s.name === 'Biểu S1')!;
    const top = s1.cells.length;
    for (let i = 0; i < 130_000; i++) s1.cells.push([{ value: i % 2 ? '1.2' : '1.1' }]);
    const located = locateTemplate(pack, w, 'x.xlsx');
    expect(located.layoutProblems).toEqual([
      expect.objectContaining({
        code: 'duplicate-row',
        sheet: 'S1',
        found: '1.1',
        addresses: ['A5', `A${top + 1}`, `A${top + 3}`, `A${top + 5}`],
        repeats: 65_000,
      }),
      expect.objectContaining({
        code: 'duplicate-row',
        found: '1.2',
        addresses: ['A6', `A${top + 2}`, `A${top + 4}`, `A${top + 6}`],
        repeats: 65_000,
      }),
    ]);
    expect(at(located, 'S1', '1.2', '(1)')).toBe('Biểu S1!5,2');
  });

  it('a column copied with its code', () => {
    const w = wb();
    insertColumn(w, 'Biểu S2', 5, { value: '(2)' });
    const located = locateTemplate(pack, w, 'x.xlsx');
    expect(located.layoutProblems).toEqual([
      expect.objectContaining({
        code: 'duplicate-column',
        severity: 'warning',
        sheet: 'S2',
        found: '(2)',
        addresses: ['D3', 'F3'],
      }),
    ]);
    expect(at(located, 'S2', '1.1', '(2)')).toBe('Biểu S2!4,3');
  });
});

describe('locateTemplate: workbooks that are not this pack`s', () => {
  it('a workbook of another pack', () => {
    const w = wb();
    w.meta = { packId: 'nq22-2018', packVersion: '1.0.0' };
    const e = (() => {
      try {
        locateTemplate(pack, w, 'don-vi.xlsx');
      } catch (e) {
        return e;
      }
    })() as WrongPackError;
    expect(e).toBeInstanceOf(WrongPackError);
    expect(e.file).toBe('don-vi.xlsx');
    expect(e.found).toBe('nq22-2018 1.0.0');
    expect(e.expected).toBe('tiny 1.0.0');
  });

  it('a workbook of another version of this pack, or with no version', () => {
    const w = wb();
    w.meta = { packId: 'tiny', packVersion: '1.0.1' };
    expect(() => locateTemplate(pack, w, 'x.xlsx')).toThrow(WrongPackError);
    w.meta = { packId: 'tiny' };
    expect(() => locateTemplate(pack, w, 'x.xlsx')).toThrow(/tiny \?/);
  });

  it('a workbook without the pack identity is checked by its sheets', () => {
    const w = rawWorkbook(tinyPack([], sheets()), {}, false);
    expect(w.meta).toBeUndefined();
    expect(locateTemplate(pack, w, 'x.xlsx').layoutProblems).toEqual([]);
  });

  it('a foreign workbook with none of the sheets', () => {
    const w = { sheets: [{ name: 'Sheet1', cells: [[{ value: '(1)' }], [{ value: '1' }]] }], names: {} };
    expect(() => locateTemplate(pack, w, 'bang-luong.xlsx')).toThrow(ForeignWorkbookError);
    expect(() => locateTemplate(pack, w, 'bang-luong.xlsx')).toThrow(/bang-luong\.xlsx.*tiny 1\.0\.0/);
  });
});
