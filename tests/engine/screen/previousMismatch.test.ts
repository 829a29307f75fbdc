/** A previous workbook must be the same unit (by code, as `check --previous` matches) and an earlier period. */
import { describe, expect, it } from 'vitest';
import { previousMismatch } from '../../../src/engine/screen/previousMismatch.js';

const unit = (code: string, period: string) => ({ name: 'Đảng bộ Khối doanh nghiệp tỉnh', code, period });

describe('previousMismatch', () => {
  it("accepts the same unit's earlier period, however code and period are spaced or separated", () => {
    expect(previousMismatch(unit('12', '12-2017'), unit('12', '12-2016'))).toBeUndefined();
    expect(previousMismatch(unit('DH', '12/2017'), unit('dh ', '6.2017'))).toBeUndefined();
    expect(previousMismatch(unit('12', 'tháng 12 năm 2017'), unit('12', '2016'))).toBeUndefined();
  });

  it('refuses another unit, the same or a later period', () => {
    expect(previousMismatch(unit('12', '12-2017'), unit('09', '12-2016'))).toBe('other-unit');
    expect(previousMismatch(unit('12', '12-2017'), unit('12', '12/2017'))).toBe('not-earlier');
    expect(previousMismatch(unit('12', '12-2017'), unit('12', '2017'))).toBe('not-earlier');
    expect(previousMismatch(unit('12', '12-2016'), unit('12', '12-2017'))).toBe('not-earlier');
  });

  it('refuses what cannot be told: a code or a period missing on either side', () => {
    expect(previousMismatch(unit('', '12-2017'), unit('12', '12-2016'))).toBe('current-no-code');
    expect(previousMismatch(unit('12', '12-2017'), unit('', '12-2016'))).toBe('previous-no-code');
    expect(previousMismatch(unit('12', ''), unit('12', '12-2016'))).toBe('current-no-period');
    expect(previousMismatch(unit('12', '12-2017'), unit('12', 'năm trước'))).toBe('previous-no-period');
  });
});
