import { describe, expect, it } from 'vitest';
import { alignOf, orientationFor, PAGE_MARGINS, printLayout } from '../../../src/engine/report/printLayout.js';

describe('printLayout', () => {
  it('turns a sheet across the page when its columns are wider than A4 upright shows at full size', () => {
    expect(orientationFor([40, 56])).toBe('portrait');
    expect(orientationFor([40, 57])).toBe('landscape');
  });

  it('repeats the first header row, 1-based, and says the page in the language of the report', () => {
    const sheet = { rows: [['Title'], [], ['a', 'b']], widths: [10, 10], headers: [2, 5] };
    expect(printLayout(sheet, 'vi')).toMatchObject({ titleRow: 3, footer: 'Trang &P', margins: PAGE_MARGINS });
    expect(printLayout(sheet, 'en').footer).toBe('Page &P');
    expect(printLayout({ ...sheet, headers: [] }, 'vi').titleRow).toBeUndefined();
  });

  it("spans a short row's last cell to the table's end and gives each row the lines its longest cell needs", () => {
    const long = 'x'.repeat(38);
    const rows = [[long], [], [1, long, 'b'], ['a', 'three\nshort\nlines', 'c'], ['a', long]];
    const layout = printLayout({ rows, widths: [5, 21, 20], headers: [2] }, 'vi');
    expect(layout.rows).toEqual([
      // 38 characters (and some for wide letters) across 46 or 41: one line; in a column of 21: two.
      { height: 15, spanFrom: 0 },
      {},
      { height: 30 },
      { height: 45 },
      { height: 15, spanFrom: 1 },
    ]);
  });

  it('stands numbers right and text left', () => {
    expect([alignOf(3), alignOf('3'), alignOf(null)]).toEqual(['right', 'left', 'left']);
  });
});
