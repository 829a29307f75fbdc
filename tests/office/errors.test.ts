/** The pane's refusals name Excel's menus as the clerk's Excel shows them: in Vietnamese, or in English. */
import { describe, expect, it } from 'vitest';
import { FillsLockedError, WorkbookLockedError } from '../../src/office/errors.js';

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
});
