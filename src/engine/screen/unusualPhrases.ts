/** The sentences of unusual figures, in Vietnamese and English. */
import type { UnusualFigure } from '../check/finding.js';
import { formatNumber } from '../report/formatNumber.js';
import type { Lang, Text } from '../pack/pack.js';

type Say = (f: UnusualFigure) => Text;

function both(f: UnusualFigure, make: (num: (v: number | undefined) => string, lang: Lang) => string): Text {
  const num = (lang: Lang) => (v: number | undefined) => formatNumber(v ?? NaN, f.decimals, lang, f.percent);
  return { vi: make(num('vi'), 'vi'), en: make(num('en'), 'en') };
}

const times = (v: number, lang: Lang) => formatNumber(v, 1, lang);

export const UNUSUAL_PHRASES: Record<UnusualFigure['code'], Say> = {
  'unusual-across': (f) =>
    both(f, (num, lang) => {
      const { median, lo, hi } = f.reference;
      const d = times(f.distance, lang);
      const t = times(f.threshold, lang);
      return lang === 'vi'
        ? `Bất thường so với các đơn vị khác: ${f.label.vi} là ${num(f.found)}, trung vị các đơn vị là ${num(median)}, thường từ ${num(lo)} đến ${num(hi)} (điểm z hiệu chỉnh ${d}, ngưỡng ${t})`
        : `Unusual against the other units: ${f.label.en} is ${num(f.found)}; the units' median is ${num(median)}, usually ${num(lo)} to ${num(hi)} (modified z-score ${d}, threshold ${t})`;
    }),
  'unusual-previous': (f) =>
    both(f, (num, lang) => {
      const { previous, lo, hi } = f.reference;
      const d = times(f.distance, lang);
      const t = times(f.threshold, lang);
      return lang === 'vi'
        ? `Thay đổi bất thường so với kỳ trước: ${f.label.vi} từ ${num(previous)} thành ${num(f.found)}; với quy mô này thường từ ${num(lo)} đến ${num(hi)} (cách ${d} lần khoảng tứ phân vị, ngưỡng ${t})`
        : `Unusual change from the previous period: ${f.label.en} went from ${num(previous)} to ${num(f.found)}; for a unit this size usually ${num(lo)} to ${num(hi)} (${d} quartile distances off, threshold ${t})`;
    }),
  'beyond-limit': (f) =>
    both(f, (num, lang) => {
      const { lo, hi } = f.reference;
      const vi = lo !== undefined && hi !== undefined ? `từ ${num(lo)} đến ${num(hi)}` : lo !== undefined ? `không dưới ${num(lo)}` : `không quá ${num(hi)}`;
      const en = lo !== undefined && hi !== undefined ? `${num(lo)} to ${num(hi)}` : lo !== undefined ? `at least ${num(lo)}` : `at most ${num(hi)}`;
      return lang === 'vi'
        ? `Ngoài giới hạn hợp lý của gói biểu mẫu: ${f.label.vi} là ${num(f.found)}, giới hạn ${vi}`
        : `Beyond the plausible limits of the pack: ${f.label.en} is ${num(f.found)}, limits ${en}`;
    }),
};
