import { describe, expect, it } from 'vitest';
import { figures, readNumber } from '../../../src/engine/prose/figures.js';

const values = (text: string) => figures(text).map((f) => f.value);
const one = (text: string) => {
  const found = figures(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('figures in Vietnamese writing', () => {
  it('reads "." as thousands and "," as decimals', () => {
    expect(one('và 27.023 đảng viên')).toMatchObject({ text: '27.023', value: 27023, decimals: 0, percent: false });
    expect(one('với 1.908 tổ chức đảng')).toMatchObject({ value: 1908 });
    expect(one('diện tích tự nhiên 9.690,46 km2')).toMatchObject({
      text: '9.690,46',
      value: 9690.46,
      decimals: 2,
      mark: ',',
    });
  });

  it('reads percentages, with or without a space before the sign', () => {
    expect(one('(đạt 48,34%)')).toMatchObject({ text: '48,34%', value: 48.34, decimals: 2, percent: true, mark: ',' });
    expect(one('tăng 101,58 % so với năm 2008')).toMatchObject({ text: '101,58 %', value: 101.58, percent: true });
    expect(one('tăng 19,91% so với năm 2008')).toMatchObject({ value: 19.91, percent: true });
  });

  it('reads the other convention mixed in, and says which mark it used', () => {
    expect(one('(đạt 33.87% và')).toMatchObject({ value: 33.87, decimals: 2, mark: '.', percent: true });
    expect(one('tăng 148.12%')).toMatchObject({ value: 148.12, mark: '.' });
    expect(one('tăng 68,3%')).toMatchObject({ value: 68.3, decimals: 1, mark: ',' });
  });

  it('reads "giảm" before a percentage as a fall: negative growth, quoted with its word', () => {
    expect(one('(giảm 2,5% so với năm 2008)')).toMatchObject({ text: 'giảm 2,5%', value: -2.5, percent: true });
    expect(one('Giảm 12,25 %')).toMatchObject({ text: 'Giảm 12,25 %', value: -12.25, decimals: 2 });
    expect(one('tăng 2,5%')).toMatchObject({ text: '2,5%', value: 2.5 });
    expect(one('tỷ lệ hộ nghèo giảm còn 2,5%')).toMatchObject({ text: '2,5%', value: 2.5 });
    expect(one('giảm 12 đảng viên')).toMatchObject({ text: '12', value: 12 });
    expect(one('để giảm biên chế, bố trí 148 cán bộ')).toMatchObject({ value: 148 });
  });

  it('reads ratios, approximate figures, leading zeros and scale words', () => {
    expect(one('gấp 1,5 lần')).toMatchObject({ value: 1.5, times: true });
    expect(one('dân số toàn tỉnh hơn 515.000 người')).toMatchObject({ value: 515000, approximate: true });
    expect(one('Kết nạp trên 5.000 đảng viên')).toMatchObject({ approximate: true });
    expect(one('01 đảng bộ bộ phận')).toMatchObject({ text: '01', value: 1, approximate: false });
    expect(one('khoảng 515 nghìn người')).toMatchObject({ value: 515000, decimals: -3 });
    expect(one('1,5 triệu đồng')).toMatchObject({ value: 1500000, decimals: -5 });
    expect(one('3 tỷ đồng')).toMatchObject({ value: 3e9 });
  });
});

describe('what is not a figure', () => {
  it('does not take dates for figures', () => {
    expect(values('Nghị quyết số 22-NQ/TW, ngày 02-02-2008 của Ban Chấp hành')).toEqual([]);
    expect(values('Đến tháng 12-2017, toàn tỉnh có 2.049 cán bộ')).toEqual([2049]);
    expect(values('Kon Tum, ngày 19 tháng 6 năm 2018')).toEqual([]);
    expect(values('từ năm 2008 đến quý I-2018, đã thi hành kỷ luật 27 tổ chức đảng')).toEqual([27]);
    expect(values('Hướng dẫn số 10-HD/BTCTU, ngày 10/11/2003 của Ban Tổ chức Tỉnh ủy')).toEqual([]);
    expect(values('(tăng 23,32% so với 2008)')).toEqual([23.32]);
    expect(values('giai đoạn 2013-2020')).toEqual([]);
  });

  it('reads a four-digit count without a thousands dot as a count, a year only where the words make it one', () => {
    expect(values('Toàn tỉnh có 1908 đảng viên')).toEqual([1908]);
    expect(values('Năm 2017 có 2017 đảng viên, với 1999 người')).toEqual([2017, 1999]);
    expect(values('Từ 2010 đến 2017 kết nạp 1850 đảng viên')).toEqual([1850]);
    expect(values('năm 1908')).toEqual([]);
    expect(values('các năm 2008 và 2017; năm 2010 - 2015; đến hết năm 2016 đến 2017')).toEqual([]);
    expect(values('từ 2010 đến nay; từ 2008 - 2017; so với 2008')).toEqual([]);
    expect(values('giai đoạn 2010 – 2015, nhiệm kỳ 2015-2020, ngày 02-02-2008, tháng 12-2017')).toEqual([]);
  });

  it('does not take document numbers, terms, citations or list numbers for figures', () => {
    expect(values('Số 303-BC/TU')).toEqual([]);
    expect(values('Công văn số 4781-CV/BTCTW')).toEqual([]);
    expect(values('Quyết định số 170/QĐ-TTg, Nghị quyết số 35/2012/QH13')).toEqual([]);
    expect(values('Ban Chấp hành Trung ương Đảng (khoá X), Quốc hội khóa 13')).toEqual([]);
    expect(values('Nghị quyết Đại hội lần thứ XV Đảng bộ tỉnh nhiệm kỳ 2015-2020')).toEqual([]);
    expect(values('Hội nghị Trung ương 6 khóa X; Nghị quyết Trung ương 4 khóa XI')).toEqual([]);
    expect(values('về thực hiện Quy định 76.')).toEqual([]);
    expect(values('698 TCCSĐ (Phụ lục số 1); 26.773 đồng chí (Biểu số 3a)')).toEqual([698, 26773]);
    expect(values('Đề nghị: (1) Sớm ban hành; (2) Giải thể chi bộ')).toEqual([]);
    expect(values('2.2. Công tác xây dựng tổ chức đảng')).toEqual([]);
    expect(values('II. KẾT QUẢ THỰC HIỆN')).toEqual([]);
  });

  it('takes both figures of "99 chi bộ quân sự/102 xã" and not the 2 of km2', () => {
    expect(values('có 99 chi bộ quân sự/102 xã, phường, thị trấn với 872 đảng viên')).toEqual([99, 102, 872]);
    expect(values('9.690,46 km2')).toEqual([9690.46]);
  });
});

describe('readNumber', () => {
  it('refuses writings no convention reads', () => {
    expect(readNumber('1.2.3')).toBeUndefined();
    expect(readNumber('12.34,5.6')).toBeUndefined();
    expect(readNumber('1,074.5')).toEqual({ value: 1074.5, decimals: 1, mark: '.' });
    expect(readNumber('1,234,567')).toEqual({ value: 1234567, decimals: 0 });
  });
});
