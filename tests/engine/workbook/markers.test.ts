import { describe, expect, it } from 'vitest';
import {
  IDENTITY_NAMES,
  META_KEYS,
  META_SHEET,
  metaOf,
  sheetMarkerName,
  sheetNameKey,
} from '../../../src/engine/workbook/markers.js';

describe('layout', () => {
  it('a sheet marker is a valid Excel defined name made from the sheet code', () => {
    expect(sheetMarkerName('PL1')).toBe('KB_SHEET_PL1');
    expect(sheetMarkerName('B3a')).toBe('KB_SHEET_B3a');
    expect(sheetMarkerName('B3.a-x')).toBe('KB_SHEET_B3_a_x');
    expect(sheetMarkerName('Biểu')).toMatch(/^KB_SHEET_[A-Za-z0-9_]+$/);
  });

  it('keeps the pack identity under fixed keys on a fixed sheet', () => {
    expect(META_SHEET).toBe('_kiembieu');
    expect(META_KEYS).toEqual({
      packId: 'packId',
      packVersion: 'packVersion',
      inputStamp: 'inputStamp',
      checkedAt: 'checkedAt',
      consolidatedAt: 'consolidatedAt',
      consolidatedUnits: 'consolidatedUnits',
      resultsSheet: 'resultsSheet',
      explanationsSheet: 'explanationsSheet',
    });
  });

  it("names the cells of the reporting unit's identity", () => {
    expect(IDENTITY_NAMES).toEqual({ name: 'KB_UNIT_NAME', code: 'KB_UNIT_CODE', period: 'KB_PERIOD' });
  });

  it('reads the meta sheet as key/value rows, skipping rows without a key', () => {
    const sheet = {
      name: META_SHEET,
      cells: [[{ value: 'packId' }, { value: 'nq22-2018' }], [], [{ value: 'n' }, { value: 3 }], [{ value: 'blank' }]],
    };
    expect(metaOf(sheet)).toEqual({ packId: 'nq22-2018', n: '3', blank: '' });
  });

  it('compares sheet names as Excel does, ignoring letter case', () => {
    expect(sheetNameKey('Kết quả kiểm tra')).toBe(sheetNameKey('KẾT QUẢ KIỂM TRA'));
    expect(sheetNameKey('Biểu 1'.normalize('NFD'))).toBe(sheetNameKey('biểu 1'));
    expect(sheetNameKey('Biểu 1')).not.toBe(sheetNameKey('Biểu 2'));
  });
});
