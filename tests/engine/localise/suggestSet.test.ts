/** Suggestions of a set that waives a soft rule are worked out without that rule. */
import { describe, expect, it } from 'vitest';
import { minimalSets } from '../../../src/engine/localise/minimalSets.js';
import { problemOf } from '../../../src/engine/localise/problem.js';
import { suggestSet } from '../../../src/engine/localise/suggestSet.js';
import { softChecked, softPack } from './softRule.js';

describe('suggestSet with a waived rule', () => {
  const pack = softPack(0.5);
  const p = problemOf(pack, softChecked(pack, [40, 25, 16, 40]).values);
  const [set] = minimalSets(p, p.failing).sets;

  it('suggests what the rules left hold for, and names the rule waived', () => {
    const out = suggestSet(p, set!, true);
    expect(out.waived).toEqual(['dong']);
    expect(out.cells.map((c) => [c.cell.row, c.cell.column, c.suggested])).toEqual([['1', '(1)', 41]]);
  });

  it('the same cell alone, the rule not waived, has no value letting both rules hold', () => {
    const out = suggestSet(p, { cells: set!.cells, waived: [] });
    expect(out.waived).toEqual([]);
    expect(out.cells[0]!.suggested).not.toBe(41);
  });
});
