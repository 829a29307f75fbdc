import { describe, expect, it } from 'vitest';
import { parseSheetRef, sheetRef } from '../../../src/engine/workbook/sheetRef.js';

describe('sheetRef', () => {
  it('quotes the sheet name and doubles its apostrophes', () => {
    expect(sheetRef('Biểu 3a', 1, 1)).toBe("'Biểu 3a'!$A$1");
    expect(sheetRef("Bob's", 12, 28)).toBe("'Bob''s'!$AB$12");
    expect(sheetRef('PL1', 3, 702)).toBe("'PL1'!$ZZ$3");
  });

  it('parses one cell, quoted or not, to 0-based row and column', () => {
    expect(parseSheetRef("'Biểu 3a'!$A$1")).toEqual({ sheet: 'Biểu 3a', rowIndex: 0, colIndex: 0 });
    expect(parseSheetRef("'Bob''s'!$AB$12")).toEqual({ sheet: "Bob's", rowIndex: 11, colIndex: 27 });
    expect(parseSheetRef('B3a!C7')).toEqual({ sheet: 'B3a', rowIndex: 6, colIndex: 2 });
  });

  it('gives nothing for a range, a bare address or a formula', () => {
    expect(parseSheetRef("'S'!$A$1:$B$2")).toBeUndefined();
    expect(parseSheetRef('$A$1')).toBeUndefined();
    expect(parseSheetRef('SUM(S!$A$1)')).toBeUndefined();
  });
});
