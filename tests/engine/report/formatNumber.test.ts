import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/engine/report/formatNumber.js';

describe('formatNumber', () => {
  it('writes thousands with "." and decimals with "," in Vietnamese', () => {
    expect(formatNumber(27023, 0, 'vi')).toBe('27.023');
    expect(formatNumber(1908, 0, 'vi')).toBe('1.908');
    expect(formatNumber(48.34, 2, 'vi', true)).toBe('48,34%');
    expect(formatNumber(1234567.5, 2, 'vi')).toBe('1.234.567,5');
  });

  it('writes thousands with "," and decimals with "." in English', () => {
    expect(formatNumber(27023, 0, 'en')).toBe('27,023');
    expect(formatNumber(48.34, 2, 'en', true)).toBe('48.34%');
    expect(formatNumber(1234567.5, 2, 'en')).toBe('1,234,567.5');
  });

  it('rounds to the decimals asked for and drops trailing zeros', () => {
    expect(formatNumber(100 / 3, 2, 'vi', true)).toBe('33,33%');
    expect(formatNumber(23.3215547, 2, 'en')).toBe('23.32');
    expect(formatNumber(12, 2, 'en')).toBe('12');
  });

  it('keeps the sign', () => {
    expect(formatNumber(-250, 0, 'vi')).toBe('-250');
    expect(formatNumber(-0.5, 1, 'en')).toBe('-0.5');
  });

  it('does not mix up the formats of different languages or decimals (cache)', () => {
    expect(formatNumber(1.25, 2, 'vi')).toBe('1,25');
    expect(formatNumber(1.25, 2, 'en')).toBe('1.25');
    expect(formatNumber(1.25, 1, 'en')).not.toBe('1.25');
  });
});
