import { describe, expect, it } from 'vitest';
import { locateTemplate } from '../../../src/engine/workbook/locateTemplate.js';
import { CellState, heldNumber, readCells } from '../../../src/engine/workbook/readCells.js';
import type { RawCell } from '../../../src/engine/workbook/workbook.js';
import { compileTiny, rawWorkbook, type SheetValues } from '../fixtures.js';

const pack = compileTiny();

function read(values: SheetValues) {
  const wb = rawWorkbook(pack.pack, { S1: values });
  return readCells(pack, locateTemplate(pack, wb, 'x.xlsx'));
}
/** Reads one cell of S1 (a count in (1) and (2), a 2-decimal percent in (3)). */
function one(row: string, col: string, cell: RawCell['value'] | RawCell) {
  const out = read({ [row]: { [col]: cell } });
  const i = pack.slotOf('S1', row, col)!;
  return { state: out.state[i], value: out.value[i], cell: out.cell(i), findings: out.findings };
}

describe('readCells', () => {
  it('reads numbers as they are, and names each cell by sheet, address and codes', () => {
    const r = one('1.1', '(2)', 511);
    expect(r.state).toBe(CellState.Number);
    expect(r.value).toBe(511);
    expect(r.cell).toEqual({ sheet: 'S1', sheetName: 'Biểu S1', address: 'D5', row: '1.1', column: '(2)', value: 511 });
    expect(r.findings).toEqual([]);
  });

  it('blank is not zero: an empty cell, a null and a string of spaces are blank, 0 is a number', () => {
    for (const blank of [undefined, null, '', '   ', { value: null, numFmt: '#,##0' }]) {
      const r = one('1', '(1)', blank as RawCell['value']);
      expect(r.state, JSON.stringify(blank)).toBe(CellState.Blank);
      expect(r.cell!.value).toBeNull();
      expect(r.findings).toEqual([]);
    }
    const zero = one('1', '(1)', 0);
    expect(zero.state).toBe(CellState.Number);
    expect(zero.value).toBe(0);
  });

  it('a number typed as text is read, and reported as a warning with the value used', () => {
    const r = one('1', '(1)', '1.908');
    expect(r.state).toBe(CellState.Number);
    expect(r.value).toBe(1908);
    expect(r.cell!.value).toBe('1.908');
    expect(r.findings).toEqual([
      { code: 'text-number', rule: 'cell', severity: 'warning', found: '1.908', expected: 1908, cells: [r.cell] },
    ]);
  });

  it('a count typed the English way, and a percentage typed with its sign', () => {
    expect(one('1', '(2)', '27,023').value).toBe(27023);
    expect(one('1', '(3)', '48,34%').value).toBe(48.34);
    expect(one('1', '(3)', '48,34').value).toBe(48.34);
    expect(one('1', '(3)', '43.65').value).toBe(43.65);
  });

  it('unreadable text is not-a-number: an error, the cell is invalid', () => {
    for (const text of ['abc', 'x', '1,2,3', '12a', '1..2']) {
      const r = one('1.2', '(1)', text);
      expect(r.state).toBe(CellState.Invalid);
      expect(r.findings).toEqual([
        { code: 'not-a-number', rule: 'cell', severity: 'error', found: text, cells: [r.cell] },
      ]);
      expect(r.cell!.address).toBe('C6');
    }
  });

  it('a percentage typed into a count is not a number', () => {
    const r = one('1', '(1)', '50%');
    expect(r.state).toBe(CellState.Invalid);
    expect(r.findings[0]!.code).toBe('not-a-number');
  });

  it('error cells (#REF!, #DIV/0!) are cell-error, even when a cached value is present', () => {
    for (const error of ['#REF!', '#DIV/0!', '#VALUE!']) {
      const r = one('1', '(3)', { value: null, error });
      expect(r.state).toBe(CellState.Invalid);
      expect(r.cell!.value).toBe(error);
      expect(r.findings).toEqual([
        { code: 'cell-error', rule: 'cell', severity: 'error', found: error, cells: [r.cell] },
      ]);
    }
    expect(one('1', '(1)', { value: 5, error: '#N/A' }).state).toBe(CellState.Invalid);
  });

  it('a percent cell with a % format holds a fraction: 0.4834 is read as 48.34', () => {
    const r = one('1', '(3)', { value: 0.4834, numFmt: '0.00%' });
    expect(r.value).toBe(48.34); // 0.4834 * 100 is 48.339999999999996 in floating point
    expect(r.cell!.value).toBe(48.34);
    expect(r.findings).toEqual([]);
    expect(one('1', '(3)', { value: 1.0158, numFmt: '0%' }).value).toBe(101.58);
  });

  it('a percent cell without a % format holds points', () => {
    expect(one('1', '(3)', { value: 48.34, numFmt: '0.00' }).value).toBe(48.34);
    expect(one('1', '(3)', 48.34).value).toBe(48.34);
  });

  it('a quoted or escaped % in a format is a literal sign and does not scale', () => {
    expect(one('1', '(3)', { value: 48.34, numFmt: '0.00"%"' }).value).toBe(48.34);
    expect(one('1', '(3)', { value: 48.34, numFmt: '0.00\\%' }).value).toBe(48.34);
    expect(one('1', '(3)', { value: 0.4834, numFmt: '"tỷ lệ "0.00%' }).value).toBe(48.34);
  });

  it('a % format on a count column does not scale it', () => {
    expect(one('1', '(1)', { value: 0.5, numFmt: '0%' }).value).toBe(0.5);
  });

  it('a boolean in a number cell is not a number, shown as Excel shows it', () => {
    const r = one('1', '(1)', true);
    expect(r.state).toBe(CellState.Invalid);
    expect(r.cell!.value).toBe('TRUE');
    expect(r.findings).toEqual([
      { code: 'not-a-number', rule: 'cell', severity: 'error', found: 'TRUE', cells: [r.cell] },
    ]);
    expect(one('1', '(1)', false).cell!.value).toBe('FALSE');
  });

  it('negative and non-whole counts are read as they are (checkCells reports them)', () => {
    const neg = one('1', '(1)', -3);
    expect([neg.state, neg.value, neg.findings]).toEqual([CellState.Number, -3, []]);
    const frac = one('1', '(1)', 2.5);
    expect([frac.state, frac.value, frac.findings]).toEqual([CellState.Number, 2.5, []]);
  });

  it('cells of a missing row are invalid and have no cell, and no finding of their own', () => {
    const wb = rawWorkbook(pack.pack, { S1: { '1.1': { '(1)': 5 } } });
    wb.sheets[0]!.cells[4]![0] = { value: 'x' };
    const out = readCells(pack, locateTemplate(pack, wb, 'x.xlsx'));
    const i = pack.slotOf('S1', '1.1', '(1)')!;
    expect(out.state[i]).toBe(CellState.Invalid);
    expect(out.cell(i)).toBeUndefined();
    expect(out.findings).toEqual([]);
  });

  it('heldNumber: the number a cell holds for a figure, a fraction only where a % format scales it', () => {
    const slot = (col: string) => pack.slots[pack.slotOf('S1', '1', col)!]!;
    expect(heldNumber(slot('(3)'), 87.26, '0.00%')).toBe(0.8726);
    expect(heldNumber(slot('(3)'), 87.26, '0.00"%"')).toBe(87.26);
    expect(heldNumber(slot('(3)'), 87.26, undefined)).toBe(87.26);
    expect(heldNumber(slot('(1)'), 50, '0%')).toBe(50);
    expect(one('1', '(3)', { value: heldNumber(slot('(3)'), 61.15, '0.00%'), numFmt: '0.00%' }).value).toBe(61.15);
  });
});
