import { describe, expect, it } from 'vitest';
import { inputStamp, stampOf } from '../../../src/engine/check/inputStamp.js';
import { META_KEYS } from '../../../src/engine/workbook/markers.js';
import { locateTemplate } from '../../../src/engine/workbook/locateTemplate.js';
import type { RawWorkbook } from '../../../src/engine/workbook/workbook.js';
import { compileTiny, insertRow, rawWorkbook, tinyPack, type SheetValues } from '../fixtures.js';

const pack = compileTiny();
const values = (): SheetValues => ({
  '1': { '(1)': 10, '(2)': 20, '(3)': 100 },
  '1.1': { '(1)': 4, '(2)': 5, '(3)': 25 },
  '1.2': { '(1)': 6, '(2)': 15, '(3)': 75 },
});
const stamp = (wb: RawWorkbook) => inputStamp(pack, locateTemplate(pack, wb, 'x.xlsx'));
const wbOf = (v: SheetValues) => rawWorkbook(tinyPack(), { S1: v });

describe('inputStamp', () => {
  it('is the same for the same figures and changes when any input cell changes', () => {
    const base = stamp(wbOf(values()));
    expect(stamp(wbOf(values()))).toBe(base);
    const edits: [string, string, SheetValues[string][string]][] = [
      ['1.2', '(3)', 76],
      ['1', '(1)', null],
      ['1', '(1)', '10'],
      ['1.1', '(2)', { value: null, error: '#REF!' }],
    ];
    for (const [row, col, value] of edits) {
      const v = values();
      v[row]![col] = value;
      expect(stamp(wbOf(v)), `${row} ${col}`).not.toBe(base);
    }
  });

  it('does not change when a row is inserted or a sheet renamed, since cells are taken by code', () => {
    const base = stamp(wbOf(values()));
    const wb = wbOf(values());
    insertRow(wb, 'Biểu S1', 4);
    wb.sheets[0]!.name = 'Đổi tên';
    wb.names['KB_SHEET_S1'] = { sheet: 'Đổi tên', rowIndex: 0, colIndex: 0 };
    expect(stamp(wb)).toBe(base);
  });
});

describe('stampOf', () => {
  const withMeta = (extra: Record<string, string>) => {
    const wb = wbOf(values());
    wb.meta = { ...wb.meta, ...extra };
    return wb;
  };
  const state = (wb: RawWorkbook) => stampOf(pack, locateTemplate(pack, wb, 'x.xlsx'), wb);

  it('tells never checked, unchanged since the check, and changed after it', () => {
    const current = stamp(wbOf(values()));
    expect(state(wbOf(values()))).toEqual({ value: current, state: 'unchecked' });
    const checked = { [META_KEYS.inputStamp]: current, [META_KEYS.checkedAt]: '2026-11-28T01:00:00.000Z' };
    expect(state(withMeta(checked))).toEqual({
      value: current,
      state: 'unchanged',
      checkedAt: '2026-11-28T01:00:00.000Z',
    });
    const changed = withMeta(checked);
    changed.sheets[0]!.cells[3]![2] = { value: 11 };
    expect(state(changed).state).toBe('changed');
  });
});
