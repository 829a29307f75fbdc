import { afterEach, describe, expect, it } from 'vitest';
import { HIGHLIGHT, paintHighlights } from '../../src/office/paintHighlights.js';
import type { HighlightPlan, Originals, Target } from '../../src/office/highlightPlan.js';
import { keyOf } from '../../src/office/highlightPlan.js';
import { mockCell, mockExcel } from './mockExcel.js';

const YELLOW = { color: '#FFF2CC', pattern: 'Solid' } as const;
const NONE = { color: '#FFFFFF', pattern: 'None' } as const;
const target = (address: string, severity: 'error' | 'warning', sheetName = 'Biểu 1'): Target => ({
  key: { sheet: 'B1', row: address, column: '(1)' },
  sheetName,
  address,
  severity,
});

function workbook() {
  const sheet = (cells: Record<string, object>) => ({
    cells,
    getRange(this: any, address: string) {
      return this.cells[address];
    },
  });
  return {
    worksheets: {
      getItem(this: any, name: string) {
        return name === 'Biểu 1' ? this.b1 : this.b2;
      },
      b1: sheet({ C4: mockCell(YELLOW), C5: mockCell(NONE), C6: mockCell(YELLOW), C7: mockCell(NONE) }),
      b2: sheet({ D9: mockCell(YELLOW) }),
    },
  };
}

describe('paintHighlights', () => {
  afterEach(() => delete (globalThis as any).Excel);

  it('saves the fills of new cells, paints by severity and puts back fills, in two syncs', async () => {
    const excel = mockExcel(workbook());
    const ctx = excel.mock.context;
    const c6 = target('C6', 'error');
    const c7 = target('C7', 'error');
    const originals: Originals = new Map([
      [keyOf(c6.key), { key: c6.key, fill: YELLOW }],
      [keyOf(c7.key), { key: c7.key, fill: NONE }],
    ]);
    const plan: HighlightPlan = {
      toSave: [target('C4', 'error'), target('C5', 'warning')],
      paint: [target('C4', 'error'), target('C5', 'warning')],
      restore: [
        { key: c6.key, sheetName: 'Biểu 1', address: 'C6', fill: YELLOW },
        { key: c7.key, sheetName: 'Biểu 1', address: 'C7', fill: NONE },
      ],
    };
    const next = await paintHighlights(ctx, plan, originals);
    const cells = ctx.workbook.worksheets.b1.cells;
    expect(cells.C4.format.fill.color).toBe(HIGHLIGHT.error);
    expect(cells.C5.format.fill.color).toBe(HIGHLIGHT.warning);
    expect(cells.C6.restored).toEqual([[{ format: { fill: YELLOW } }]]);
    expect(cells.C7.format.fill.color).toBe('');
    expect([...next.values()].map((o) => [o.key.row, o.fill])).toEqual([
      ['C4', YELLOW],
      ['C5', NONE],
    ]);
    expect(excel.syncs()).toBe(2);
  });

  it('keeps the saved fill of a painted cell it could not give back, for when the sheet is unlocked', async () => {
    const excel = mockExcel(workbook());
    const d9 = target('D9', 'error', 'Biểu 2');
    const originals: Originals = new Map([[keyOf(d9.key), { key: d9.key, fill: YELLOW }]]);
    const plan: HighlightPlan = {
      toSave: [],
      paint: [],
      restore: [{ key: d9.key, sheetName: 'Biểu 2', address: 'D9', fill: YELLOW }],
    };
    const next = await paintHighlights(excel.mock.context, plan, originals, new Set(['Biểu 2']));
    expect(excel.mock.context.workbook.worksheets.b2.cells.D9.restored).not.toEqual([[{ format: { fill: YELLOW } }]]);
    expect([...next.values()]).toEqual([{ key: d9.key, fill: YELLOW }]);
  });

  it('takes a cell showing our own colour, left by a check whose saved fills are gone, for an input cell', async () => {
    const wb = workbook();
    wb.worksheets.b1.cells.C4 = mockCell({ color: HIGHLIGHT.error, pattern: 'Solid' });
    const excel = mockExcel(wb);
    const c4 = target('C4', 'error');
    const next = await paintHighlights(excel.mock.context, { toSave: [c4], paint: [c4], restore: [] }, new Map());
    expect(next.get(keyOf(c4.key))?.fill).toEqual(YELLOW);
  });

  it('leaves sheets locked against formatting alone', async () => {
    const excel = mockExcel(workbook());
    const ctx = excel.mock.context;
    const d9 = target('D9', 'error', 'Biểu 2');
    const plan: HighlightPlan = { toSave: [d9], paint: [d9], restore: [] };
    const next = await paintHighlights(ctx, plan, new Map(), new Set(['Biểu 2']));
    expect(ctx.workbook.worksheets.b2.cells.D9.format.fill.color).not.toBe(HIGHLIGHT.error);
    expect(next.size).toBe(0);
    expect(excel.syncs()).toBe(1);
  });
});
