/** What localisation makes of a finding, or of one view's findings: its cells, its soft rule waived, a tie, elsewhere. */
import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/engine/check/validate.js';
import { fixKind } from '../../../src/engine/localise/fixKind.js';
import konTum from '../../../scripts/data/kon-tum-2017.js';
import { rawWorkbook } from '../fixtures.js';
import { screenPack } from '../screen/screenFixtures.js';
import { checkValues, reference } from './helpers.js';
import { softChecked, softPack } from './softRule.js';

describe('fixKind', () => {
  const { report } = checkValues(reference, konTum);
  const findingOf = (rule: string) => report.findings.find((f) => f.rule === rule)!;
  const kindOf = (...rules: string[]) => fixKind(report.suspects, rules.map(findingOf));

  it('Kon Tum: the cells of a finding the one smallest fix changes, with their suggestions', () => {
    const fix = kindOf('B1=B3a.dang-vien');
    expect(fix?.kind).toBe('cells');
    expect(
      fix?.kind === 'cells' && fix.cells.map((s) => [s.cell.sheet, s.cell.row, s.cell.column, s.suggested]),
    ).toEqual([['B1', '4', '(1)', 26773]]);
    const percent = kindOf('B7.ty-le-2017[2]');
    expect(percent?.kind === 'cells' && percent.cells.map((s) => [s.cell.row, s.cell.column])).toEqual([['2', '(4)']]);
  });

  it('Kon Tum: a tie, with how many smallest fixes, never one picked', () => {
    expect(kindOf('B1=PL1.chi-bo-truc-thuoc')).toEqual({ kind: 'tie', sets: 2 });
    expect(kindOf('PL1.tang[1.1]')).toEqual({ kind: 'tie', sets: 2 });
  });

  it("several findings of one view: the fix lies in the group's cells, or a tie when any of their groups ties", () => {
    expect(kindOf('B7.ty-le-2017[2]', 'B7.ty-le-2017[3]')).toEqual({ kind: 'elsewhere' });
    expect(kindOf('B7.ty-le-2017[2]', 'B1=PL1.chi-bo-truc-thuoc')).toEqual({ kind: 'tie', sets: 2 });
  });

  it("a soft rule the one smallest fix leaves failing: waived, while the fix's own rule gets its cell", () => {
    const { report: soft } = softChecked(softPack(0.5), [40, 25, 16, 39]);
    const of = (rule: string) => fixKind(soft.suspects, [soft.findings.find((f) => f.rule === rule)!]);
    expect(of('dong')).toEqual({ kind: 'waived', rule: 'dong' });
    const tong = of('tong');
    expect(tong?.kind === 'cells' && tong.cells.map((s) => s.suggested)).toEqual([41]);
  });

  it('nothing for a finding no group of suspects explains: a warning, or a workbook whose error rules hold', () => {
    const pack = screenPack();
    const figures = { orgs: 10, members: 100, admitted: 5, disciplined: 1, women: 95 };
    const rows = Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, { '(1)': v }]));
    const warned = validate(pack, rawWorkbook(pack.pack, { S: rows }), 'x.xlsx');
    expect(warned.findings.map((f) => f.severity)).toEqual(['warning']);
    expect(fixKind(warned.suspects, warned.findings)).toBeUndefined();
    expect(fixKind(report.suspects, [])).toBeUndefined();
  });
});
