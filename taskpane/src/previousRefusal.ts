/** The sentence saying why a chosen workbook cannot be the open one's previous period, in the pane's languages. */
import { previousMismatch, type PreviousMismatch, type Text, type UnitIdentity } from '../../src/engine/index.js';

type Why = (name: string, current: UnitIdentity, previous: UnitIdentity) => string;

const VI: Record<PreviousMismatch, Why> = {
  'other-unit': (name, c, p) => `tệp ${name} là biểu của đơn vị mã ${p.code}, không phải mã ${c.code} của biểu đang mở`,
  'not-earlier': (name, c, p) => `tệp ${name} là biểu kỳ ${p.period}, không trước kỳ ${c.period} của biểu đang mở`,
  'previous-no-code': (name) => `tệp ${name} chưa ghi mã đơn vị, nên không biết có phải biểu của đơn vị này`,
  'current-no-code': (name) => `biểu đang mở chưa ghi mã đơn vị, nên không biết tệp ${name} có phải của đơn vị này`,
  'previous-no-period': (name, _, p) => `tệp ${name} ${periodVi(p.period)}, nên không biết có phải kỳ trước`,
  'current-no-period': (name, c) => `biểu đang mở ${periodVi(c.period)}, nên không biết tệp ${name} có phải kỳ trước`,
};

const EN: Record<PreviousMismatch, Why> = {
  'other-unit': (name, c, p) => `${name} is the workbook of unit ${p.code}, not of unit ${c.code}, the one open`,
  'not-earlier': (name, c, p) => `${name} is for ${p.period}, not a period before ${c.period}, the one open`,
  'previous-no-code': (name) => `${name} gives no unit code, so it cannot be told to be this unit's`,
  'current-no-code': (name) => `the open workbook gives no unit code, so ${name} cannot be told to be this unit's`,
  'previous-no-period': (name, _, p) => `${name} ${periodEn(p.period)}, so it cannot be told to be earlier`,
  'current-no-period': (name, c) => `the open workbook ${periodEn(c.period)}, so ${name} cannot be told to be earlier`,
};

const periodVi = (p: string) => (p ? `ghi kỳ báo cáo “${p}”, không rõ tháng, năm` : 'chưa ghi kỳ báo cáo');
const periodEn = (p: string) => (p ? `gives its period as “${p}”, no month or year` : 'gives no period');

/** Why `previous`, the file `name`, cannot be the previous period of `current`; undefined when it can. */
export function previousRefusal(name: string, current: UnitIdentity, previous: UnitIdentity): Text | undefined {
  const problem = previousMismatch(current, previous);
  return (
    problem && {
      vi: `Không so với kỳ trước: ${VI[problem](name, current, previous)}.`,
      en: `Not compared with the previous period: ${EN[problem](name, current, previous)}.`,
    }
  );
}
