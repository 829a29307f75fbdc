/** The sentences of unusual figures, in Vietnamese and English. */
import type { UnusualFigure } from '../check/finding.js';
import { formatNumber } from '../report/formatNumber.js';
import type { Lang, Text } from '../pack/pack.js';

type Say = (f: UnusualFigure) => Text;
type Num = (v: number | undefined) => string;

function both(f: UnusualFigure, make: (num: Num, lang: Lang) => string): Text {
  const num = (lang: Lang) => (v: number | undefined) => formatNumber(v ?? NaN, f.decimals, lang, f.percent);
  return { vi: make(num('vi'), 'vi'), en: make(num('en'), 'en') };
}

const times = (v: number, lang: Lang) => formatNumber(v, 1, lang);

function across(f: UnusualFigure, num: Num, lang: Lang): string {
  const { median, lo, hi } = f.reference;
  const [d, t] = [times(f.distance, lang), times(f.threshold, lang)];
  if (lang === 'vi') {
    return (
      `Bất thường so với các đơn vị khác: ${f.label.vi} là ${num(f.found)}, trung vị các đơn vị là ${num(median)}, ` +
      `thường từ ${num(lo)} đến ${num(hi)} (điểm z hiệu chỉnh ${d}, ngưỡng ${t})`
    );
  }
  return (
    `Unusual against the other units: ${f.label.en} is ${num(f.found)}; the units' median is ${num(median)}, ` +
    `usually ${num(lo)} to ${num(hi)} (modified z-score ${d}, threshold ${t})`
  );
}

function previous(f: UnusualFigure, num: Num, lang: Lang): string {
  const { previous: before, lo, hi } = f.reference;
  const [d, t] = [times(f.distance, lang), times(f.threshold, lang)];
  if (lang === 'vi') {
    return (
      `Thay đổi bất thường so với kỳ trước: ${f.label.vi} từ ${num(before)} thành ${num(f.found)}; ` +
      `với quy mô này thường từ ${num(lo)} đến ${num(hi)} (cách ${d} lần khoảng tứ phân vị, ngưỡng ${t})`
    );
  }
  return (
    `Unusual change from the previous period: ${f.label.en} went from ${num(before)} to ${num(f.found)}; ` +
    `for a unit this size usually ${num(lo)} to ${num(hi)} (${d} quartile distances off, threshold ${t})`
  );
}

function limit(f: UnusualFigure, num: Num, lang: Lang): string {
  const { lo, hi } = f.reference;
  const two = lo !== undefined && hi !== undefined;
  if (lang === 'vi') {
    const range = two
      ? `từ ${num(lo)} đến ${num(hi)}`
      : lo !== undefined
        ? `không dưới ${num(lo)}`
        : `không quá ${num(hi)}`;
    return `Ngoài giới hạn hợp lý của gói biểu mẫu: ${f.label.vi} là ${num(f.found)}, giới hạn ${range}`;
  }
  const range = two ? `${num(lo)} to ${num(hi)}` : lo !== undefined ? `at least ${num(lo)}` : `at most ${num(hi)}`;
  return `Beyond the plausible limits of the pack: ${f.label.en} is ${num(f.found)}, limits ${range}`;
}

export const UNUSUAL_PHRASES: Record<UnusualFigure['code'], Say> = {
  'unusual-across': (f) => both(f, (num, lang) => across(f, num, lang)),
  'unusual-previous': (f) => both(f, (num, lang) => previous(f, num, lang)),
  'beyond-limit': (f) => both(f, (num, lang) => limit(f, num, lang)),
};
