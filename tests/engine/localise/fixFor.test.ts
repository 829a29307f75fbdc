/** Beside a finding, the one smallest fix's suggestion for its cells; none when that fix leaves the rule failing. */
import { describe, expect, it } from 'vitest';
import { fixFor } from '../../../src/engine/localise/fixFor.js';
import { softChecked, softPack } from './softRule.js';

describe('fixFor', () => {
  const findingOf = (report: ReturnType<typeof softChecked>['report'], rule: string) =>
    report.findings.find((f) => f.rule === rule)!;

  it('suggests the cell to change when the rule must hold', () => {
    const { report } = softChecked(softPack(3), [40, 25, 15, 41]);
    const fix = fixFor(report.suspects, findingOf(report, 'dong'));
    expect(fix.map((s) => [s.cell.row, s.cell.column, s.suggested])).toEqual([['1', '(2)', 40]]);
  });

  it('suggests nothing for a rule the fix leaves failing, though the fix changes one of its cells', () => {
    const { report } = softChecked(softPack(0.5), [40, 25, 16, 39]);
    const [set] = report.suspects![0]!.sets;
    expect([set!.cells.map((s) => [s.cell.row, s.cell.column, s.suggested]), set!.waived]).toEqual([
      [['1', '(1)', 41]],
      ['dong'],
    ]);
    expect(fixFor(report.suspects, findingOf(report, 'tong')).map((s) => s.suggested)).toEqual([41]);
    expect(fixFor(report.suspects, findingOf(report, 'dong'))).toEqual([]);
  });
});
