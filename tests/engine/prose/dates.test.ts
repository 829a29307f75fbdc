import { describe, expect, it } from 'vitest';
import { impossible, parsePeriod, pastPeriod } from '../../../src/engine/prose/dates.js';
import { notFigures } from '../../../src/engine/prose/notFigures.js';

const span = (text: string) =>
  notFigures(text)
    .filter((s) => s.kind === 'date' || s.kind === 'term')
    .at(-1)!;

describe('dates and terms', () => {
  it('says which dates and terms cannot be', () => {
    expect(impossible(span('Kết luận số 322-KL/TU, ngày 03-1/2011 về'))).toBe('date');
    expect(impossible(span('ngày 31-4-2016'))).toBe('date');
    expect(impossible(span('tháng 13-2017'))).toBe('date');
    expect(impossible(span('trong nhiệm kỳ 20101 -2015'))).toBe('term');
    expect(impossible(span('nhiệm kỳ 2020-2015'))).toBe('term');
    expect(impossible(span('ngày 02-02-2008'))).toBeUndefined();
    expect(impossible(span('ngày 29-2-2016'))).toBeUndefined();
    expect(impossible(span('nhiệm kỳ 2015-2020'))).toBeUndefined();
  });

  it("finds counts that run past the end of the period, and not the report's own date", () => {
    const period = parsePeriod('12-2017');
    expect(pastPeriod(span('từ năm 2008 đến quý I-2018, đã thi hành kỷ luật'), period)).toBe(true);
    expect(pastPeriod(span('Đến tháng 12-2017, toàn tỉnh có'), period)).toBe(false);
    expect(pastPeriod(span('Kon Tum, ngày 19 tháng 6 năm 2018'), period)).toBe(false);
    expect(pastPeriod(span('đến hết năm 2018'), period)).toBe(true);
  });

  it('reads a period as its clerks write it', () => {
    expect(parsePeriod('12-2017')).toEqual({ year: 2017, month: 12 });
    expect(parsePeriod('06/2018')).toEqual({ year: 2018, month: 6 });
    expect(parsePeriod('2017')).toEqual({ year: 2017, month: 12 });
    expect(parsePeriod('')).toBeUndefined();
  });
});
