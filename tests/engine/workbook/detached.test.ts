import { describe, expect, it } from 'vitest';
import { detached, detachedCopy } from '../../../src/engine/workbook/detached.js';

describe('detached', () => {
  it('gives the same text', () => {
    expect(detached('Đảng bộ huyện Đăk Hà')).toBe('Đảng bộ huyện Đăk Hà');
    expect(detached('')).toBe('');
  });
});

describe('detachedCopy', () => {
  it('copies plain data deeply: equal, sharing no object or array with the original', () => {
    const original = {
      file: 'a.xlsx',
      counts: { errors: 1, warnings: 0 },
      findings: [{ cells: [{ value: 27.023, sheetName: 'Biểu 1' }], left: NaN, right: null, note: undefined }],
      consolidated: undefined,
    };
    const copy = detachedCopy(original);
    expect(copy).toEqual(original);
    expect(Object.keys(copy)).toEqual(Object.keys(original));
    expect('note' in copy.findings[0]!).toBe(true);
    expect(copy.findings[0]!.left).toBeNaN();
    expect(copy).not.toBe(original);
    expect(copy.counts).not.toBe(original.counts);
    expect(copy.findings).not.toBe(original.findings);
    expect(copy.findings[0]!.cells[0]).not.toBe(original.findings[0]!.cells[0]);
  });

  it('leaves numbers, booleans and null as they are', () => {
    expect(detachedCopy(3)).toBe(3);
    expect(detachedCopy(false)).toBe(false);
    expect(detachedCopy(null)).toBe(null);
  });
});
