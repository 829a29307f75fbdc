import { describe, expect, it } from 'vitest';
import { cellRanges } from '../../../src/engine/workbook/cellRanges.js';

describe('cellRanges', () => {
  it('gathers addresses into the rectangles they fill, top to bottom, left to right', () => {
    expect(cellRanges(['C8', 'C9', 'C10', 'D8', 'D9', 'D10'])).toEqual([['C8', 'D10']]);
    expect(cellRanges(['C12', 'C8', 'C9', 'E8', 'C10', 'C11'])).toEqual([
      ['C8', 'C12'],
      ['E8', 'E8'],
    ]);
    expect(cellRanges(['D11', 'C8', 'D12', 'C9'])).toEqual([
      ['C8', 'C9'],
      ['D11', 'D12'],
    ]);
    expect(cellRanges(['Z3', 'AA3', 'AB3', 'AB3'])).toEqual([['Z3', 'AB3']]);
  });
});
