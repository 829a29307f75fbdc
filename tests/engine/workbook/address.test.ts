import { describe, expect, it } from 'vitest';
import { address } from '../../../src/engine/workbook/address.js';

describe('address', () => {
  it('turns 0-based row and column into an A1 address', () => {
    expect(address(0, 0)).toBe('A1');
    expect(address(3, 2)).toBe('C4');
    expect(address(9, 25)).toBe('Z10');
  });

  it('goes on past Z with two and three letters', () => {
    expect(address(0, 26)).toBe('AA1');
    expect(address(0, 27)).toBe('AB1');
    expect(address(0, 51)).toBe('AZ1');
    expect(address(0, 52)).toBe('BA1');
    expect(address(0, 701)).toBe('ZZ1');
    expect(address(0, 702)).toBe('AAA1');
    expect(address(1048575, 16383)).toBe('XFD1048576'); // Excel's last cell
  });
});
