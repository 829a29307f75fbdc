import { describe, expect, it } from 'vitest';
import type { Finding, FindingCell } from '../../src/engine/check/finding.js';
import { locateTemplate } from '../../src/engine/workbook/locateTemplate.js';
import { keyOf, planHighlights, targetsOf, type Originals } from '../../src/office/highlightPlan.js';
import { compileTiny, insertRow, rawWorkbook, tinyPack } from '../engine/fixtures.js';

const pack = compileTiny();
const cell = (row: string, column: string, address: string): FindingCell => ({
  sheet: 'S1',
  sheetName: 'Biểu S1',
  address,
  row,
  column,
  value: 1,
});
const finding = (severity: 'error' | 'warning', cells: FindingCell[]): Finding =>
  ({ code: 'required-blank', rule: 'cell', severity, cells, found: null }) as Finding;
const located = (wb = rawWorkbook(tinyPack(), {})) => locateTemplate(pack, wb, 'x.xlsx');
const NONE = { color: '#FFFFFF', pattern: 'None' } as const;

describe('targetsOf', () => {
  it('names each cell once, as an error when any finding on it is an error', () => {
    const targets = targetsOf([
      finding('warning', [cell('1', '(1)', 'C4')]),
      finding('error', [cell('1', '(1)', 'C4'), cell('1.1', '(1)', 'C5')]),
    ]);
    expect(targets.map((t) => [t.address, t.severity])).toEqual([
      ['C4', 'error'],
      ['C5', 'error'],
    ]);
  });
});

describe('targetsOf with suspects', () => {
  it('marks the cells of every smallest fix as suspects, over errors, those no finding names too', () => {
    const suspect = (c: FindingCell) => ({ cell: c, suggested: 2, min: 2, max: 2, cause: null, agrees: null });
    const targets = targetsOf(
      [finding('error', [cell('1', '(1)', 'C4'), cell('1.1', '(1)', 'C5')])],
      [
        {
          rules: ['r'],
          weight: 1,
          complete: true,
          more: false,
          sets: [
            { cells: [suspect(cell('1', '(1)', 'C4'))], waived: [] },
            { cells: [suspect(cell('1.2', '(1)', 'C6'))], waived: [] },
          ],
        },
      ],
    );
    expect(targets.map((t) => [t.address, t.severity])).toEqual([
      ['C4', 'suspect'],
      ['C5', 'error'],
      ['C6', 'suspect'],
    ]);
  });
});

describe('planHighlights', () => {
  it('saves the fill of cells painted for the first time only', () => {
    const c4 = targetsOf([finding('error', [cell('1', '(1)', 'C4')])])[0]!;
    const originals: Originals = new Map([[keyOf(c4.key), { key: c4.key, fill: NONE }]]);
    const targets = targetsOf([finding('error', [cell('1', '(1)', 'C4'), cell('1.1', '(1)', 'C5')])]);
    const plan = planHighlights(originals, targets, located());
    expect(plan.toSave.map((t) => t.address)).toEqual(['C5']);
    expect(plan.paint.map((t) => t.address)).toEqual(['C4', 'C5']);
    expect(plan.restore).toEqual([]);
  });

  it('gives back its fill to a cell no finding names any more, where the cell is now', () => {
    const c4 = targetsOf([finding('error', [cell('1', '(1)', 'C4')])])[0]!;
    const fill = { color: '#FFF2CC', pattern: 'Solid' } as const;
    const originals: Originals = new Map([[keyOf(c4.key), { key: c4.key, fill }]]);
    const wb = rawWorkbook(tinyPack(), {});
    insertRow(wb, 'Biểu S1', 3);
    expect(planHighlights(originals, [], located(wb)).restore).toEqual([
      { key: c4.key, sheetName: 'Biểu S1', address: 'C5', fill },
    ]);
    expect(planHighlights(originals, [], located()).restore).toEqual([
      { key: c4.key, sheetName: 'Biểu S1', address: 'C4', fill },
    ]);
  });
});
