import { afterEach, describe, expect, it } from 'vitest';
import type { FindingCell } from '../../src/engine/check/finding.js';
import { selectCells } from '../../src/office/selectCells.js';
import { mockExcel } from './mockExcel.js';

const cell = (sheetName: string, address: string): FindingCell => ({
  sheet: 'B1',
  sheetName,
  address,
  row: '1',
  column: '(1)',
  value: 1,
});

function workbook() {
  return {
    worksheets: {
      asked: '',
      getItem(this: any, name: string) {
        this.asked = name;
        return this.sheet;
      },
      sheet: {
        active: false,
        activate(this: any) {
          this.active = true;
        },
        getRanges(this: any, address: string) {
          this.areas.address = address;
          return this.areas;
        },
        areas: {
          address: '',
          selected: false,
          select(this: any) {
            this.selected = true;
          },
        },
      },
    },
  };
}

describe('selectCells', () => {
  afterEach(() => delete (globalThis as any).Excel);

  it("activates the first cell's sheet and selects that sheet's cells of the finding, in one sync", async () => {
    const excel = mockExcel(workbook());
    await selectCells([cell('Biểu 1', 'C17'), cell('Biểu 3a', 'G8'), cell('Biểu 1', 'D17'), cell('Biểu 1', 'C17')]);
    const sheets = excel.mock.context.workbook.worksheets;
    expect(sheets.asked).toBe('Biểu 1');
    expect(sheets.sheet.active).toBe(true);
    expect(sheets.sheet.areas.address).toBe('C17, D17');
    expect(sheets.sheet.areas.selected).toBe(true);
    expect(excel.syncs()).toBe(1);
  });

  it('does nothing for a finding without cells', async () => {
    const excel = mockExcel(workbook());
    await selectCells([]);
    expect(excel.syncs()).toBe(0);
  });
});
