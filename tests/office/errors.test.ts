/** The pane's refusals name Excel's menus as the clerk's Excel shows them: in Vietnamese, or in English. */
import { describe, expect, it } from 'vitest';
import {
  CellChangedError,
  CellLockedError,
  FillsLockedError,
  FormulaCellError,
  WorkbookLockedError,
} from '../../src/office/errors.js';

describe('menu names in the language of the sentence', () => {
  it('Vietnamese sentences name the Vietnamese menus; English ones the English menus', () => {
    const fills = new FillsLockedError(['Biểu 1']);
    expect(fills.text.vi).toContain('(Xem lại > Bỏ bảo vệ trang tính)');
    expect(fills.text.en).toContain('(Review > Unprotect Sheet)');
    const locked = new WorkbookLockedError();
    expect(locked.text.vi).toContain('(Xem lại > Bảo vệ sổ làm việc)');
    expect(locked.text.en).toContain('(Review > Protect Workbook)');
    for (const e of [fills, locked]) expect(e.text.vi).not.toMatch(/Review|Unprotect|Protect|Sheet|Workbook/);
  });

  it('the refusals to write a suggestion: the menu in each language, no English in Vietnamese', () => {
    const cellLocked = new CellLockedError('Biểu 1', 'C17');
    expect(cellLocked.text.vi).toContain('(Xem lại > Bỏ bảo vệ trang tính)');
    expect(cellLocked.text.en).toContain('(Review > Unprotect Sheet)');
    const refusals = [cellLocked, new CellChangedError('Biểu 1', 'C17'), new FormulaCellError('Biểu 1', 'C17')];
    for (const e of refusals) {
      expect(e.text.vi).toContain('C17');
      expect(e.text.vi).not.toMatch(/Review|Unprotect|Sheet|Check|cell|formula/);
    }
  });
});
