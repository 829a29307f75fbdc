/**
 * Why a unit's previous-period workbook is not screened against, in both languages: the pane's sentence for
 * the workbook chosen, and `check --previous`'s under a unit's line.
 */
import type { Text } from '../pack/pack.js';
import type { PreviousUse } from '../screen/pairPrevious.js';
import { previousMismatch, type PreviousMismatch } from '../screen/previousMismatch.js';
import type { UnitIdentity } from '../workbook/unitIdentity.js';

/** How the workbook checked is named: the one open in the pane, or the unit whose line it is in `check`. */
export type CheckedNamed = 'open' | 'this';

interface Named {
  vi: string;
  en: string;
  /** After "not of unit X," / "not a period before P,". */
  enTail: string;
}

const NAMED: Record<CheckedNamed, Named> = {
  open: { vi: 'biểu đang mở', en: 'the open workbook', enTail: 'the one open' },
  this: { vi: 'biểu này', en: 'this workbook', enTail: 'this one' },
};

type Why = (name: string, current: UnitIdentity, previous: UnitIdentity, w: Named) => string;

const VI: Record<PreviousMismatch, Why> = {
  'other-unit': (name, c, p, w) => `tệp ${name} là biểu của đơn vị mã ${p.code}, không phải mã ${c.code} của ${w.vi}`,
  'not-earlier': (name, c, p, w) => `tệp ${name} là biểu kỳ ${p.period}, không trước kỳ ${c.period} của ${w.vi}`,
  'previous-no-code': (name) => `tệp ${name} chưa ghi mã đơn vị, nên không biết có phải biểu của đơn vị này`,
  'current-no-code': (name, _c, _p, w) =>
    `${w.vi} chưa ghi mã đơn vị, nên không biết tệp ${name} có phải của đơn vị này`,
  'previous-no-period': (name, _, p) => `tệp ${name} ${periodVi(p.period)}, nên không biết có phải kỳ trước`,
  'current-no-period': (name, c, _p, w) => `${w.vi} ${periodVi(c.period)}, nên không biết tệp ${name} có phải kỳ trước`,
};

const EN: Record<PreviousMismatch, Why> = {
  'other-unit': (name, c, p, w) => `${name} is the workbook of unit ${p.code}, not of unit ${c.code}, ${w.enTail}`,
  'not-earlier': (name, c, p, w) => `${name} is for ${p.period}, not a period before ${c.period}, ${w.enTail}`,
  'previous-no-code': (name) => `${name} gives no unit code, so it cannot be told to be this unit's`,
  'current-no-code': (name, _c, _p, w) => `${w.en} gives no unit code, so ${name} cannot be told to be this unit's`,
  'previous-no-period': (name, _, p) => `${name} ${periodEn(p.period)}, so it cannot be told to be earlier`,
  'current-no-period': (name, c, _p, w) => `${w.en} ${periodEn(c.period)}, so ${name} cannot be told to be earlier`,
};

const periodVi = (p: string) => (p ? `ghi kỳ báo cáo “${p}”, không rõ tháng, năm` : 'chưa ghi kỳ báo cáo');
const periodEn = (p: string) => (p ? `gives its period as “${p}”, no month or year` : 'gives no period');

/** Why `previous`, the file `name`, cannot be the previous period of `current`; undefined when it can. */
export function previousRefusal(
  name: string,
  current: UnitIdentity,
  previous: UnitIdentity,
  named: CheckedNamed = 'open',
): Text | undefined {
  const problem = previousMismatch(current, previous);
  return problem && refusalText(problem, name, current, previous, NAMED[named]);
}

/** `check --previous`'s note under a unit not screened against a previous workbook; undefined when it was. */
export function previousNote(use: Omit<PreviousUse, 'figures'>, current: UnitIdentity): Text | undefined {
  if (!use.refused) return undefined;
  if (use.refused !== 'missing') return refusalText(use.refused, use.file!, current, use.unit!, NAMED.this);
  return current.code
    ? {
        vi: `Không so với kỳ trước: không có biểu kỳ trước của đơn vị mã ${current.code}.`,
        en: `Not compared with the previous period: no previous workbook of unit ${current.code}.`,
      }
    : {
        vi: 'Không so với kỳ trước: không có biểu kỳ trước, vì biểu này chưa ghi mã đơn vị để tìm.',
        en: 'Not compared with the previous period: no previous workbook, as this workbook gives no unit code.',
      };
}

function refusalText(problem: PreviousMismatch, name: string, c: UnitIdentity, p: UnitIdentity, w: Named): Text {
  return {
    vi: `Không so với kỳ trước: ${VI[problem](name, c, p, w)}.`,
    en: `Not compared with the previous period: ${EN[problem](name, c, p, w)}.`,
  };
}
