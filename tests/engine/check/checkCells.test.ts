import { describe, expect, it } from 'vitest';
import { checkCells } from '../../../src/engine/check/checkCells.js';
import { locateTemplate } from '../../../src/engine/workbook/locateTemplate.js';
import { readCells } from '../../../src/engine/workbook/readCells.js';
import { compileTiny, customSheet, rawWorkbook, tinyPack, type SheetValues } from '../fixtures.js';

/** S1: counts in (1), a 1-decimal number in (2); row 1 required, row 2 optional, heading row I. */
const sheet = customSheet(
  'S1',
  [
    { code: '(1)', kind: 'count', decimals: 0 },
    { code: '(2)', kind: 'number', decimals: 1 },
  ],
  [{ code: 'I', inputs: [] }, { code: '1' }, { code: '2', optional: true }],
);
const pack = compileTiny([], [sheet]);

function check(values: SheetValues) {
  const wb = rawWorkbook(tinyPack([], [sheet]), { S1: values });
  return checkCells(pack, readCells(pack, locateTemplate(pack, wb, 'x.xlsx')));
}
const full = (extra: SheetValues = {}): SheetValues => ({
  '1': { '(1)': 1, '(2)': 1, ...extra['1'] },
  '2': { ...extra['2'] },
});

describe('checkCells', () => {
  it('a filled workbook has no cell findings, and optional cells may be blank', () => {
    expect(check(full())).toEqual([]);
  });

  it('a required blank cell is reported, naming it; 0 is not blank', () => {
    const findings = check({ '1': { '(1)': 0 } });
    expect(findings).toEqual([
      {
        code: 'required-blank',
        rule: 'required-blank',
        severity: 'error',
        found: null,
        cells: [{ sheet: 'S1', sheetName: 'Biểu S1', address: 'D5', row: '1', column: '(2)', value: null }],
      },
    ]);
  });

  it('a cell of spaces is blank too', () => {
    expect(check(full({ '1': { '(2)': '  ' } })).map((f) => f.code)).toEqual(['required-blank']);
  });

  it('a negative count', () => {
    const [f, ...rest] = check(full({ '1': { '(1)': -5 } }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: 'negative', severity: 'error', found: -5 });
    expect(f!.cells.map((c) => c.address)).toEqual(['C5']);
  });

  it('a non-whole count', () => {
    const findings = check(full({ '2': { '(1)': 2.5 } }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'not-whole', found: 2.5 });
    expect(findings[0]!.cells[0]).toMatchObject({ row: '2', column: '(1)', address: 'C6' });
  });

  it('a negative non-whole count is reported once, as negative', () => {
    expect(check(full({ '1': { '(1)': -2.5 } })).map((f) => f.code)).toEqual(['negative']);
  });

  it('a count typed as text is checked on the value read', () => {
    expect(check(full({ '1': { '(1)': '\u22125' } })).map((f) => `${f.code} ${f.found}`)).toEqual(['negative -5']);
    expect(check(full({ '1': { '(1)': '8,59' } })).map((f) => `${f.code} ${f.found}`)).toEqual(['not-whole 8.59']);
  });

  it('numbers other than counts may be negative or fractional', () => {
    expect(check(full({ '1': { '(2)': -2.5 } }))).toEqual([]);
  });

  it('unreadable and error cells are not reported again here', () => {
    expect(check(full({ '1': { '(1)': 'abc', '(2)': { value: null, error: '#REF!' } } }))).toEqual([]);
  });

  it('cells of a missing row are not reported as blank', () => {
    const wb = rawWorkbook(tinyPack([], [sheet]), { S1: {} });
    wb.sheets[0]!.cells[4]![0] = { value: '1x' }; // row 1's code
    expect(checkCells(pack, readCells(pack, locateTemplate(pack, wb, 'x.xlsx')))).toEqual([]);
  });
});
