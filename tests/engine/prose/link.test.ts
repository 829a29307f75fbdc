import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../src/engine/pack/compilePack.js';
import { PackError } from '../../../src/engine/pack/errors.js';
import { linkFigures, readPassages } from '../../../src/engine/prose/link.js';
import { proseNames } from '../../../src/engine/prose/names.js';
import { passages } from '../../../src/engine/prose/passages.js';
import { plainTextDocument } from '../../../src/engine/prose/plainText.js';
import { tinyPack, tinySheet } from '../fixtures.js';

function linksOf(prose: NonNullable<ReturnType<typeof tinyPack>['prose']>, text: string) {
  const sheets = [
    { ...tinySheet('S1'), name: 'Biểu 1' },
    { ...tinySheet('S2'), name: 'Biểu 2' },
  ];
  const pack = compilePack({ ...tinyPack([], sheets), prose });
  return linkFigures(pack, proseNames(pack), readPassages(passages(plainTextDocument(text, false))));
}

const names = { rows: { '1': ['# đảng viên'], '1.1': ['# … nữ'] }, columns: { '(2)': ['#'], '(3)': ['tăng #'] } };

describe('linkFigures', () => {
  it('links by the row and column phrases, a percentage to the row of the count before it', () => {
    const [count, rate] = linksOf({ sheets: { S1: names } }, 'Có 120 đảng viên (tăng 20% so với năm 2008).');
    expect(count).toMatchObject({ state: 'linked', cell: { sheet: 'S1', row: '1', col: '(2)' } });
    expect(rate).toMatchObject({ state: 'linked', cell: { sheet: 'S1', row: '1', col: '(3)' } });
  });

  it('calls a figure two sheets name alike ambiguous, and a citation settles it', () => {
    const prose = { sheets: { S1: names, S2: names } };
    const [alone] = linksOf(prose, 'Có 120 đảng viên.');
    expect(alone).toMatchObject({ state: 'ambiguous', candidates: [{ sheet: 'S1' }, { sheet: 'S2' }] });
    const [cited] = linksOf(prose, 'Có 120 đảng viên (Biểu số 2).');
    expect(cited).toMatchObject({ state: 'linked', cell: { sheet: 'S2' } });
  });

  it('leaves approximate figures, ratios and unnamed ones unlinked, with the reason', () => {
    const links = linksOf({ sheets: { S1: names } }, 'Hơn 120 đảng viên, gấp 1,5 lần, 45 chi bộ.');
    expect(links.map((l) => l.state === 'unlinked' && l.reason)).toEqual(['approximate', 'ratio', 'unnamed']);
  });

  it('refuses phrases for a row the sheet does not have', () => {
    const prose = { sheets: { S1: { rows: { '9': ['# đảng viên'] } } } };
    expect(() => compilePack({ ...tinyPack(), prose })).toThrow(PackError);
  });
});
