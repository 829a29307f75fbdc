/** A batch in the words every output uses: the terminal, HTML, xlsx and the browser page. */
import { readinessLine } from '../explain/readinessText.js';
import type { BatchSummary } from '../batch/summary.js';
import type { Report } from '../check/validate.js';
import type { Lang } from '../pack/pack.js';
import type { UnitIdentity } from '../workbook/unitIdentity.js';
import { countsText } from './countsText.js';

export const BATCH_TEXT = {
  vi: {
    stamp: {
      unchanged: 'đã kiểm tra, không sửa sau đó',
      changed: 'đã sửa sau khi kiểm tra',
      unchecked: 'chưa kiểm tra',
    },
    noUnit: '(không ghi đơn vị)',
    noPeriod: '(không ghi kỳ)',
    unreadable: 'không kiểm tra được',
    consolidated: (n: number) => `tổng hợp từ ${n} đơn vị`,
    errors: 'lỗi',
    warnings: 'cảnh báo',
    error: 'Lỗi',
    warning: 'Cảnh báo',
  },
  en: {
    stamp: { unchanged: 'checked, unchanged since', changed: 'changed after checking', unchecked: 'never checked' },
    noUnit: '(no unit given)',
    noPeriod: '(no period given)',
    unreadable: 'cannot be checked',
    consolidated: (n: number) => `consolidated from ${n} units`,
    errors: 'errors',
    warnings: 'warnings',
    error: 'Error',
    warning: 'Warning',
  },
} satisfies Record<Lang, unknown>;

/** The stamp's state in words, with the day of the check: "đã kiểm tra, không sửa sau đó (05/06/2018)". */
export function stampText(stamp: Report['stamp'], lang: Lang): string {
  const words = BATCH_TEXT[lang].stamp[stamp.state];
  const day = stamp.checkedAt ? dayOf(stamp.checkedAt, lang) : '';
  return day && stamp.state !== 'unchecked' ? `${words} (${day})` : words;
}

/** A day as the reader writes it, in Viet Nam's time zone; the text as given when it is not a time. */
export function dayOf(iso: string, lang: Lang): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(time);
}

/**
 * A time as the reader writes it, in Viet Nam's time zone: "05/06/2018 09:00"; the text as given when it is not a time.
 */
export function timeText(iso: string, lang: Lang): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  const clock = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
  }).format(t);
  return `${dayOf(iso, lang)} ${clock}`;
}

/** How a unit is shown in one line: "DH · Đảng bộ huyện Đăk Hà", what there is of it, or "(không ghi đơn vị)". */
export function unitText(unit: UnitIdentity, lang: Lang): string {
  return [unit.code, unit.name].filter(Boolean).join(' · ') || BATCH_TEXT[lang].noUnit;
}

/** The summary in sentences, the same in the terminal and in both reports. */
export function summaryLines(s: BatchSummary, lang: Lang): string[] {
  const vi = lang === 'vi';
  const stamps = (['unchanged', 'changed', 'unchecked'] as const).map(
    (k) => `${s.stamps[k]} ${BATCH_TEXT[lang].stamp[k]}`,
  );
  const lines = [
    vi
      ? `${s.files} tệp: ${s.clean} không có lỗi, ${s.withErrors} có lỗi, ${s.unreadable} không kiểm tra được; ` +
        `tổng cộng ${countsText(s, lang)}.`
      : `${s.files} ${plural(s.files, 'file')}: ${s.clean} without errors, ${s.withErrors} with errors, ` +
        `${s.unreadable} cannot be checked; ${countsText(s, lang)} in all.`,
    `${vi ? 'Dấu kiểm tra' : 'Stamps'}: ${stamps.join('; ')}.`,
    readinessLine(s, lang),
  ];
  for (const g of s.sameUnit) {
    lines.push(
      vi
        ? `Cùng một đơn vị ${g.unit}: ${g.files.join(', ')}.`
        : `One unit, ${g.unit}, in ${g.files.length} files: ${g.files.join(', ')}.`,
    );
  }
  if (s.periods.length) {
    const list = s.periods.map((p) => `${p.period || BATCH_TEXT[lang].noPeriod} (${p.files.length})`).join(', ');
    lines.push(vi ? `Các tệp không cùng kỳ báo cáo: ${list}.` : `The files are not all of one period: ${list}.`);
  }
  return lines;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
