import { describe, expect, it } from 'vitest';
import { sheetOf, type Finding } from '../../../src/engine/check/finding.js';

const cell = (sheet: string) => ({
  sheet,
  sheetName: `Biểu ${sheet}`,
  address: 'C4',
  row: '1',
  column: '(1)',
  value: 1,
});

describe('sheetOf', () => {
  it('a missing part belongs to its own sheet, though it has no cells', () => {
    const f: Finding = {
      code: 'missing-row',
      rule: 'template',
      severity: 'error',
      cells: [],
      found: '1.1',
      sheet: 'B3a',
      sheetName: 'Biểu 3a',
    };
    expect(sheetOf(f)).toBe('B3a');
  });

  it('other findings belong to the sheet of their first cell', () => {
    const f: Finding = {
      code: 'same-mismatch',
      rule: 'r',
      severity: 'error',
      cells: [cell('B1'), cell('PL1')],
      comparison: '==',
      found: 1,
      expected: 2,
      difference: -1,
      decimals: 0,
    };
    expect(sheetOf(f)).toBe('B1');
  });

  it('a finding with no cells and no sheet has none', () => {
    const f: Finding = { code: 'rule-blank', rule: 'r', severity: 'error', cells: [] };
    expect(sheetOf(f)).toBeNull();
  });
});
