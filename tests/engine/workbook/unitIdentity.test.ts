import { describe, expect, it } from 'vitest';
import { IDENTITY_NAMES } from '../../../src/engine/workbook/markers.js';
import { matchKey, readIdentity } from '../../../src/engine/workbook/unitIdentity.js';
import type { RawCell, RawWorkbook } from '../../../src/engine/workbook/workbook.js';
import { rawWorkbook, tinyPack } from '../fixtures.js';

/** The tiny workbook with identity cells on row 1 of its sheet, columns E, F and G. */
function withIdentity(name: RawCell | undefined, code: RawCell | undefined, period: RawCell | undefined): RawWorkbook {
  const wb = rawWorkbook(tinyPack(), {});
  const sheet = wb.sheets[0]!;
  sheet.cells[0]![4] = name;
  sheet.cells[0]![5] = code;
  sheet.cells[0]![6] = period;
  wb.names[IDENTITY_NAMES.name] = { sheet: sheet.name, rowIndex: 0, colIndex: 4 };
  wb.names[IDENTITY_NAMES.code] = { sheet: sheet.name, rowIndex: 0, colIndex: 5 };
  wb.names[IDENTITY_NAMES.period] = { sheet: sheet.name, rowIndex: 0, colIndex: 6 };
  return wb;
}

describe('readIdentity', () => {
  it('reads the three cells by their defined names, trimmed, spaces collapsed', () => {
    const wb = withIdentity({ value: '  Đảng bộ huyện   Đăk Hà ' }, { value: 'DH' }, { value: '12-2017' });
    expect(readIdentity(wb)).toEqual({ name: 'Đảng bộ huyện Đăk Hà', code: 'DH', period: '12-2017' });
  });

  it('a code typed as a number is read as its digits; blank, error and absent cells are ""', () => {
    expect(readIdentity(withIdentity({ value: null }, { value: 7 }, { value: '#N/A', error: '#N/A' }))).toEqual({
      name: '',
      code: '7',
      period: '',
    });
    expect(readIdentity(withIdentity(undefined, undefined, undefined))).toEqual({ name: '', code: '', period: '' });
    expect(readIdentity(rawWorkbook(tinyPack(), {}))).toEqual({ name: '', code: '', period: '' });
  });

  it('follows the names to a renamed sheet', () => {
    const wb = withIdentity({ value: 'A' }, { value: 'B' }, { value: 'C' });
    wb.sheets[0]!.name = 'Đổi tên';
    for (const key of Object.values(IDENTITY_NAMES)) wb.names[key]!.sheet = 'Đổi tên';
    expect(readIdentity(wb)).toEqual({ name: 'A', code: 'B', period: 'C' });
  });
});

describe('identityKey', () => {
  it('ignores case, spacing and the separator of a period; keeps what differs', () => {
    expect(new Set(['12-2017', '12/2017', '12.2017', ' 12 - 2017 ', '12–2017'].map(matchKey)).size).toBe(1);
    expect(matchKey('DH ')).toBe(matchKey('dh'));
    expect(matchKey('Đăk Hà')).toBe(matchKey('ĐĂK HÀ'));
    expect(matchKey('Đăk Hà'.normalize('NFD'))).toBe(matchKey('Đăk Hà'));
    expect(matchKey('12-2017')).not.toBe(matchKey('12-2018'));
    expect(matchKey('01')).not.toBe(matchKey('1'));
  });
});
