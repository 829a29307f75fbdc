/** The sentences saying why a previous workbook is not screened against: the pane's, and `check --previous`'s. */
import { describe, expect, it } from 'vitest';
import { previousNote, previousRefusal } from '../../../src/engine/report/previousRefusal.js';

const unit = (code: string, period: string) => ({ name: 'Đảng bộ huyện Ya Lê', code, period });

describe('previousRefusal', () => {
  it('the pane names the open workbook; undefined for its own earlier period', () => {
    expect(previousRefusal('09-ya-le.xlsx', unit('09', '12-2017'), unit('09', '12-2016'))).toBeUndefined();
    expect(previousRefusal('08-te-rong.xlsx', unit('09', '12-2017'), unit('08', '12-2016'))).toEqual({
      vi: 'Không so với kỳ trước: tệp 08-te-rong.xlsx là biểu của đơn vị mã 08, không phải mã 09 của biểu đang mở.',
      en: 'Not compared with the previous period: 08-te-rong.xlsx is the workbook of unit 08, not of unit 09, the one open.',
    });
    expect(previousRefusal('x.xlsx', unit('09', ''), unit('09', '12-2016'))!.en).toBe(
      'Not compared with the previous period: the open workbook gives no period, so x.xlsx cannot be told to be earlier.',
    );
  });

  it('check names the unit of its line', () => {
    expect(previousRefusal('x.xlsx', unit('09', '12-2017'), unit('09', '12-2017'), 'this')).toEqual({
      vi: 'Không so với kỳ trước: tệp x.xlsx là biểu kỳ 12-2017, không trước kỳ 12-2017 của biểu này.',
      en: 'Not compared with the previous period: x.xlsx is for 12-2017, not a period before 12-2017, this one.',
    });
  });
});

describe('previousNote', () => {
  it('none when screened; the refusal when refused; "no previous workbook" when none was found', () => {
    const now = unit('09', '12-2017');
    expect(previousNote({ file: 'p.xlsx', unit: unit('09', '12-2016') }, now)).toBeUndefined();
    expect(previousNote({ file: 'p.xlsx', unit: unit('09', 'năm ngoái'), refused: 'previous-no-period' }, now)).toEqual(
      {
        vi: 'Không so với kỳ trước: tệp p.xlsx ghi kỳ báo cáo “năm ngoái”, không rõ tháng, năm, nên không biết có phải kỳ trước.',
        en: 'Not compared with the previous period: p.xlsx gives its period as “năm ngoái”, no month or year, so it cannot be told to be earlier.',
      },
    );
    expect(previousNote({ refused: 'missing' }, now)).toEqual({
      vi: 'Không so với kỳ trước: không có biểu kỳ trước của đơn vị mã 09.',
      en: 'Not compared with the previous period: no previous workbook of unit 09.',
    });
    expect(previousNote({ refused: 'missing' }, unit('', '12-2017'))!.vi).toBe(
      'Không so với kỳ trước: không có biểu kỳ trước, vì biểu này chưa ghi mã đơn vị để tìm.',
    );
  });
});
