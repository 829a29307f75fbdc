/** What bears out a suggestion, in words: figures and confirming rules, long lists cut and counted. */
import { describe, expect, it } from 'vitest';
import { agreementText } from '../../../src/engine/report/agreementText.js';
import type { Suspect } from '../../../src/engine/localise/suspect.js';
import type { FindingCell } from '../../../src/engine/check/finding.js';
import { reference } from '../localise/helpers.js';

const b7 = (address: string, row: string, value: number): FindingCell => ({
  sheet: 'B7',
  sheetName: 'Biểu 7',
  address,
  row,
  column: '(3)',
  value,
});
const suspect = (cells: FindingCell[], rules: string[]): Suspect => ({
  cell: { ...b7('F11', '2', 48.34), column: '(4)' },
  suggested: 87.26,
  min: 87.26,
  max: 87.26,
  cause: null,
  agrees: cells.length ? { cells, rules } : null,
});

describe('agreementText', () => {
  it('names each figure once with its sheet, and the rules by their description and id', () => {
    const s = suspect([b7('E11', '2', 1788), b7('E8', '1', 2049)], ['B7.tang[2]', 'B7.tong[(3)]']);
    expect(agreementText(reference, s, 'vi')).toBe(
      "khớp với 'Biểu 7'!E11 = 1.788 và E8 = 2.049, các số này đúng với các quy tắc " +
        '“Tỷ lệ tăng, giảm bằng (số tháng 12-2017 − số năm 2008) / số năm 2008 × 100” (B7.tang[2]) và ' +
        '“Tổng số cán bộ, công chức cấp xã bằng số cán bộ cộng số công chức” (B7.tong[(3)])',
    );
  });

  it('names three figures and two rules at most, and counts the rest', () => {
    const cells = ['8', '9', '10', '11', '12'].map((r, i) => b7(`E${r}`, String(i + 1), 100 + i));
    const s = suspect(cells, ['B7.tang[1]', 'B7.tang[2]', 'B7.tang[3]', 'B7.tong[(1)]']);
    const vi = agreementText(reference, s, 'vi');
    expect(vi).toMatch(
      /^khớp với 'Biểu 7'!E8 = 100, E9 = 101, E10 = 102 và 2 số khác, các số này đúng với các quy tắc /,
    );
    expect(vi).toMatch(/ \(B7\.tang\[1\]\), “[^”]+” \(B7\.tang\[2\]\) và 2 quy tắc khác$/);
    const en = agreementText(reference, suspect(cells.slice(0, 1), ['B7.tang[1]', 'B7.tang[2]', 'B7.tang[3]']), 'en');
    expect(en).toMatch(/^agrees with 'Biểu 7'!E8 = 100, a figure confirmed by the rules “/);
    expect(en).toMatch(/ and 1 more rule$/);
  });

  it('a rule without a description by its id; one rule alone', () => {
    const s = suspect([b7('E11', '2', 1788)], ['no-such-rule']);
    expect(agreementText(reference, s, 'en')).toBe(
      "agrees with 'Biểu 7'!E11 = 1,788, a figure confirmed by the rule no-such-rule",
    );
    expect(agreementText(reference, s, 'vi')).toBe(
      "khớp với 'Biểu 7'!E11 = 1.788, số này đúng với quy tắc no-such-rule",
    );
  });

  it('says nothing when nothing bears a suggestion out', () => {
    expect(agreementText(reference, suspect([], []), 'vi')).toBe('');
  });
});
