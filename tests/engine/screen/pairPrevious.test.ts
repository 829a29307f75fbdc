/** Each unit of a batch with its previous workbook: by code, only the same unit's earlier period. */
import { describe, expect, it } from 'vitest';
import { pairPrevious } from '../../../src/engine/screen/pairPrevious.js';
import { figures, screenPack } from './screenFixtures.js';

const pack = screenPack();
const counts = { orgs: 10, members: 200, admitted: 10, disciplined: 3, women: 60 };
const unit = (code: string, period: string) => figures(pack, code, counts, period);
const file = (name: string, code: string, period: string) => ({ file: name, figures: unit(code, period) });

describe('pairPrevious', () => {
  it('matches by code, whatever the order and spacing; an unreadable entry gets none', () => {
    const before = [file('b.xlsx', ' 02', '12-2016'), file('a.xlsx', '01', '12-2016')];
    const paired = pairPrevious([unit('01', '12-2017'), undefined, unit('02 ', '12-2017')], before);
    expect(paired.map((p) => p && [p.file, p.refused])).toEqual([
      ['a.xlsx', undefined],
      undefined,
      ['b.xlsx', undefined],
    ]);
    expect(paired[0]!.figures).toBe(before[1]!.figures);
  });

  it('the same period is refused, with its file; a unit with no previous workbook, or no code, is missing', () => {
    const before = [file('same.xlsx', '01', '12-2017'), file('nocode.xlsx', '', '12-2016')];
    const paired = pairPrevious([unit('01', '12-2017'), unit('02', '12-2017'), unit('', '12-2017')], before);
    expect(paired[0]).toMatchObject({ file: 'same.xlsx', refused: 'not-earlier' });
    expect(paired[0]!.figures).toBeUndefined();
    expect(paired[1]).toEqual({ refused: 'missing' });
    expect(paired[2]).toEqual({ refused: 'missing' });
  });

  it('of two workbooks of the unit, the earlier period is the one kept', () => {
    const before = [file('2017.xlsx', '01', '12-2017'), file('2016.xlsx', '01', '12-2016')];
    expect(pairPrevious([unit('01', '12-2017')], before)[0]).toMatchObject({ file: '2016.xlsx' });
    expect(pairPrevious([unit('01', '12-2017')], before)[0]!.refused).toBeUndefined();
  });
});
