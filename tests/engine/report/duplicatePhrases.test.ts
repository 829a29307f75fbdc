import { describe, expect, it } from 'vitest';
import type { DuplicatePart } from '../../../src/engine/check/finding.js';
import { DUPLICATE_PHRASES } from '../../../src/engine/report/duplicatePhrases.js';

const finding = (code: DuplicatePart['code'], addresses: string[], repeats: number): DuplicatePart => ({
  code,
  rule: 'template',
  severity: 'warning',
  cells: [],
  sheet: 'B6',
  sheetName: 'Biểu 6',
  found: '2',
  addresses,
  repeats,
});
const say = (f: DuplicatePart) => DUPLICATE_PHRASES[f.code](f);

describe('a code standing more than once: one sentence, however many repeats', () => {
  it('twice: both places', () => {
    expect(say(finding('duplicate-row', ['A9', 'A30'], 1))).toEqual({
      vi: 'Mã dòng 2 có hai lần trong biểu "Biểu 6" (ô A9 và A30); chỉ dòng đầu được kiểm tra',
      en: 'Row code 2 stands twice in sheet "Biểu 6" (cells A9 and A30); only the first row is checked',
    });
  });

  it('65,000 times: the count, the first place and the first repeats', () => {
    expect(say(finding('duplicate-row', ['A9', 'A100', 'A102', 'A104'], 65_000))).toEqual({
      vi: 'Mã dòng 2 lặp lại 65.000 lần trong biểu "Biểu 6" sau ô A9 (ở A100, A102, A104 …); chỉ dòng đầu được kiểm tra',
      en:
        'Row code 2 is repeated 65,000 times in sheet "Biểu 6" after cell A9 (at A100, A102, A104 …); ' +
        'only the first row is checked',
    });
  });

  it('three times, a column: every repeat named, nothing left out', () => {
    expect(say(finding('duplicate-column', ['D3', 'F3', 'H3', 'J3'], 3))).toEqual({
      vi: 'Mã cột 2 lặp lại 3 lần trong biểu "Biểu 6" sau ô D3 (ở F3, H3, J3); chỉ cột đầu được kiểm tra',
      en: 'Column code 2 is repeated 3 times in sheet "Biểu 6" after cell D3 (at F3, H3, J3); only the first column is checked',
    });
  });
});
