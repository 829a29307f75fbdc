import { describe, expect, it } from 'vitest';
import { parseNumberText } from '../../../src/engine/workbook/parseNumberText.js';

const count = (s: string) => parseNumberText(s, true);
const figure = (s: string) => parseNumberText(s, false);

describe('parseNumberText: Vietnamese writing', () => {
  it('reads "." as a thousands mark: 1.908 is one thousand nine hundred and eight', () => {
    expect(count('1.908')).toEqual({ value: 1908, percent: false });
    expect(figure('1.908')).toEqual({ value: 1908, percent: false });
    expect(count('1.234.567')).toEqual({ value: 1234567, percent: false });
  });

  it('reads "," as the decimal mark', () => {
    expect(figure('8,59')).toEqual({ value: 8.59, percent: false });
    expect(figure('0,5')).toEqual({ value: 0.5, percent: false });
  });

  it('reads both marks together: 1.234.567,5', () => {
    expect(figure('1.234.567,5')).toEqual({ value: 1234567.5, percent: false });
    expect(count('1.234.567,5')).toEqual({ value: 1234567.5, percent: false });
  });

  it('reads a percentage with a decimal comma: 48,34%', () => {
    expect(figure('48,34%')).toEqual({ value: 48.34, percent: true });
    expect(figure('100%')).toEqual({ value: 100, percent: true });
  });

  it('reads a space, a no-break space or a narrow no-break space as a thousands mark', () => {
    expect(count('27 023')).toEqual({ value: 27023, percent: false });
    expect(count('27\u00a0023')).toEqual({ value: 27023, percent: false });
    expect(count('27\u202f023')).toEqual({ value: 27023, percent: false });
    expect(figure('1 234 567,5')).toEqual({ value: 1234567.5, percent: false });
    expect(figure('27 023.5')).toEqual({ value: 27023.5, percent: false });
  });

  it('ignores spaces around the figure, after the sign and before the % sign', () => {
    expect(count('  1.908 ')).toEqual({ value: 1908, percent: false });
    expect(figure('48,34 %')).toEqual({ value: 48.34, percent: true });
    expect(figure('- 5')).toEqual({ value: -5, percent: false });
  });
});

describe('parseNumberText: English writing', () => {
  it('reads "27,023" in a count as twenty-seven thousand and twenty-three', () => {
    expect(count('27,023')).toEqual({ value: 27023, percent: false });
    expect(count('1,234,567')).toEqual({ value: 1234567, percent: false });
  });

  it('reads a lone "," as the decimal mark when the figure is not a count', () => {
    // Outside a count "27,023" is Vietnamese for 27.023: the comma is a thousands mark only in counts.
    expect(figure('27,023')).toEqual({ value: 27.023, percent: false });
  });

  it('keeps a comma that cannot be a thousands mark decimal, even in a count', () => {
    expect(count('8,59')).toEqual({ value: 8.59, percent: false });
    expect(count('27,0230')).toEqual({ value: 27.023, percent: false });
  });

  it('reads a "." that cannot be a thousands mark as the decimal mark: 43.65', () => {
    expect(figure('43.65')).toEqual({ value: 43.65, percent: false });
    expect(figure('43.65%')).toEqual({ value: 43.65, percent: true });
    expect(figure('1.2345')).toEqual({ value: 1.2345, percent: false });
  });

  it('reads both marks the English way: 1,234,567.5', () => {
    expect(figure('1,234,567.5')).toEqual({ value: 1234567.5, percent: false });
  });
});

describe('parseNumberText: signs', () => {
  it('reads an ASCII minus, a unicode minus (U+2212) and a plus', () => {
    expect(count('-5')).toEqual({ value: -5, percent: false });
    expect(count('\u22125')).toEqual({ value: -5, percent: false });
    expect(figure('\u22121,5%')).toEqual({ value: -1.5, percent: true });
    expect(count('+5')).toEqual({ value: 5, percent: false });
  });
});

describe('parseNumberText: rubbish is not a number', () => {
  const rubbish = [
    'abc',
    '12a',
    'a12',
    '',
    '   ',
    '1..2',
    '1,,2',
    '.5',
    '5.',
    '-',
    '%',
    '5%%',
    '--5',
    '+-5',
    '1e5',
    'Infinity',
    'NaN',
    '0x10',
    '12,34.5', // a comma group of two digits before a decimal point
    '1.23,4.5',
    '1.234,5,6',
    '1 2', // a space is a thousands mark only between groups of three digits
    '12 34',
    '1 2345',
    '1.234 567',
    '9'.repeat(400), // beyond the range of a double
  ];
  for (const s of rubbish) {
    it(`refuses ${JSON.stringify(s)}`, () => {
      expect(count(s)).toBeUndefined();
      expect(figure(s)).toBeUndefined();
    });
  }

  it('refuses "1,2,3" in a non-count (and in a count, whose groups are not three digits)', () => {
    expect(figure('1,2,3')).toBeUndefined();
    expect(count('1,2,3')).toBeUndefined();
  });

  it('refuses "1,234,567" outside a count, where "," can only be one decimal mark', () => {
    expect(figure('1,234,567')).toBeUndefined();
  });
});
