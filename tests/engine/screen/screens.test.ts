/** The three screens on units built through the real reading path: what they flag, and what they say. */
import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/engine/check/validate.js';
import { message } from '../../../src/engine/report/messages.js';
import { screenAcross } from '../../../src/engine/screen/screenAcross.js';
import { screenBatch, withUnusual } from '../../../src/engine/screen/screenBatch.js';
import { pairPrevious } from '../../../src/engine/screen/pairPrevious.js';
import { screenPrevious } from '../../../src/engine/screen/screenPrevious.js';
import { rawWorkbook } from '../fixtures.js';
import { figures, screenPack, unit, type UnitCounts } from './screenFixtures.js';

const pack = screenPack();
const province = Array.from({ length: 12 }, (_, k) => unit(1000 + 400 * k, k));
/** The province a year earlier: each unit grew by 2 to 6%. */
const before = province.map(
  (u, k) =>
    Object.fromEntries(Object.entries(u).map(([c, v]) => [c, Math.round(v! / (1.02 + 0.01 * (k % 5)))])) as UnitCounts,
);
const units = (list: UnitCounts[], period?: string) => list.map((u, i) => figures(pack, `U${i}`, u, period));

describe('across units', () => {
  it('nothing on a province whose ratios are alike', () => {
    expect(screenAcross(pack, units(province)).flat()).toEqual([]);
  });

  it('a ratio far from the others: its unit, cells, value, median, range and distance', () => {
    const odd = province.map((u, i) => (i === 3 ? { ...u, admitted: u.admitted! * 4 } : u));
    const found = screenAcross(pack, units(odd));
    expect(found.map((f) => f.length)).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    const f = found[3]![0]!;
    expect(f).toMatchObject({
      code: 'unusual-across',
      rule: 'screen.admitted',
      severity: 'warning',
      threshold: 3.5,
      percent: true,
    });
    expect(f.found).toBeCloseTo((odd[3]!.admitted! / odd[3]!.members!) * 100);
    expect(f.reference.median).toBeGreaterThan(4);
    expect(f.reference.hi).toBeLessThan(f.found);
    expect(f.distance).toBeGreaterThan(3.5);
    expect(f.cells.map((c) => c.row)).toEqual(['admitted', 'members']);
    expect(message(f, 'vi', pack)).toMatch(
      /^Bất thường so với các đơn vị khác: admitted per 100 members là \d+,\d+%, trung vị các đơn vị là/,
    );
    expect(message(f, 'en', pack)).toMatch(
      /^Unusual against the other units: admitted per 100 members is \d+\.\d+%; the units' median is/,
    );
  });

  it('nothing with fewer than 5 units giving the ratio', () => {
    const four = province.slice(0, 4).map((u, i) => (i === 0 ? { ...u, admitted: u.admitted! * 10 } : u));
    expect(screenAcross(pack, units(four)).flat()).toEqual([]);
  });

  it('zero-heavy: a figure many units share is never unusual, and no spread means no screen', () => {
    const none = province.map((u, i) => ({ ...u, disciplined: i < 7 ? 0 : u.disciplined, admitted: i < 9 ? 0 : 50 }));
    expect(screenAcross(pack, units(none)).flat()).toEqual([]);
  });

  it('a ratio over a blank or zero base is not given, so not screened', () => {
    const blank = province.map((u, i) => (i === 2 ? { ...u, members: null } : i === 5 ? { ...u, orgs: 0 } : u));
    expect(screenAcross(pack, units(blank)).flat()).toEqual([]);
  });
});

describe('against the previous period', () => {
  it('a count that jumped, matched by unit code whatever the order', () => {
    const now = province.map((u, i) => (i === 6 ? { ...u, women: u.women! * 3 } : u));
    const shuffled = [...units(before, '12-2016')].reverse().map((f, i) => ({ file: `P${i}.xlsx`, figures: f }));
    const paired = pairPrevious(units(now, '12-2017'), shuffled);
    const found = screenPrevious(
      pack,
      units(now),
      paired.map((p) => p?.figures),
    );
    expect(found[6]!.map((f) => f.cells[0]!.row)).toEqual(['women']);
    const f = found[6]![0]!;
    expect(f).toMatchObject({
      code: 'unusual-previous',
      rule: 'screen.previous',
      found: now[6]!.women,
      reference: { previous: before[6]!.women },
    });
    expect(f.reference.hi).toBeLessThan(f.found);
    expect(message(f, 'vi', pack)).toMatch(
      /^Thay đổi bất thường so với kỳ trước: dòng women \(Biểu S, dòng women, cột \(1\)\) từ/,
    );
    expect(found.flat()).toHaveLength(1);
  });

  it('units without a previous workbook are not screened', () => {
    const now = province.map((u, i) => (i === 6 ? { ...u, women: u.women! * 3 } : u));
    expect(screenPrevious(pack, units(now), units(before).slice(0, 3)).flat()).toEqual([]);
  });
});

describe('plausibility limits', () => {
  it('are checked in every workbook on its own, as warnings', () => {
    const wb = rawWorkbook(pack.pack, {
      S: {
        orgs: { '(1)': 10 },
        members: { '(1)': 100 },
        admitted: { '(1)': 5 },
        disciplined: { '(1)': 1 },
        women: { '(1)': 95 },
      },
    });
    const report = validate(pack, wb, 'x.xlsx');
    expect(report.findings.map((f) => [f.code, f.rule, f.severity])).toEqual([
      ['beyond-limit', 'limit.women', 'warning'],
    ]);
    expect(report.counts).toMatchObject({ errors: 0, warnings: 1 });
    expect(message(report.findings[0]!, 'vi', pack)).toBe(
      'Ngoài giới hạn hợp lý của gói biểu mẫu: women per 100 members là 95%, giới hạn không quá 90%.',
    );
    expect(message(report.findings[0]!, 'en', pack)).toBe(
      'Beyond the plausible limits of the pack: women per 100 members is 95%, limits at most 90%.',
    );
  });
});

describe('a batch', () => {
  it('screens across its units and, when given, against their previous workbooks; unreadable entries get none', () => {
    const now = province.map((u, i) => (i === 1 ? { ...u, admitted: u.admitted! * 4 } : u));
    const list = [undefined, ...units(now)];
    const found = screenBatch(pack, list);
    expect(found[0]).toEqual([]);
    expect(found[2]!.map((f) => f.code)).toEqual(['unusual-across']);
    const both = screenBatch(pack, list, [undefined, ...units(before)]);
    expect(both[2]!.map((f) => f.code)).toEqual(['unusual-across', 'unusual-previous']);
  });

  it('a report with the batch’s figures counts them as warnings', () => {
    const wb = rawWorkbook(pack.pack, {
      S: {
        orgs: { '(1)': 10 },
        members: { '(1)': 100 },
        admitted: { '(1)': 5 },
        disciplined: { '(1)': 1 },
        women: { '(1)': 30 },
      },
    });
    const report = validate(pack, wb, 'x.xlsx');
    const f = screenAcross(
      pack,
      units(province.map((u, i) => (i === 0 ? { ...u, admitted: u.admitted! * 4 } : u))),
    )[0]!;
    const added = withUnusual(report, f, ['across']);
    expect(added.counts.warnings).toBe(report.counts.warnings + 1);
    expect(added.findings.at(-1)).toBe(f[0]);
    expect(added.screened).toEqual(['across']);
    const none = withUnusual(added, [], ['previous']);
    expect(none.findings).toEqual(added.findings);
    expect(none.counts).toEqual(added.counts);
    expect(none.screened).toEqual(['across', 'previous']);
  });
});
