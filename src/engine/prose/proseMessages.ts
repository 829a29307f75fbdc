/** The words of the report's findings, in Vietnamese and English, kept apart from the checks. */
import type { CompiledPack } from '../pack/compilePack.js';
import type { Lang, Text } from '../pack/pack.js';
import { formatNumber } from '../report/formatNumber.js';
import type { ProseFinding, Quote } from './proseFinding.js';

type Phrase = (f: any, n: (v: number) => string, q: (i: number) => string) => Text;

const PHRASES: Record<ProseFinding['code'], Phrase> = {
  'prose-cell-mismatch': (f, n, q) => ({
    vi: `Báo cáo ghi ${q(0)}, nhưng ô của biểu ghi ${n(f.expected)}`,
    en: `The report says ${q(0)}, but the sheet's cell holds ${n(f.expected)}`,
  }),
  'prose-same-mismatch': (f, n, q) => ({
    vi: `Báo cáo ghi hai số khác nhau cho cùng một số liệu: ${q(0)} và ${q(1)}`,
    en: `The report gives two different figures for the same thing: ${q(0)} and ${q(1)}`,
  }),
  'prose-sum-mismatch': (f, n) => ({
    vi:
      `Tổng số báo cáo nêu không bằng cộng các phần cùng câu (hoặc chú thích của câu) nêu: ghi ${n(f.found)}, ` +
      `cộng lại được ${n(f.expected)}`,
    en:
      `A total in the report is not the sum of the parts its sentence (or footnote) gives: ${n(f.found)} ` +
      `given, the parts add up to ${n(f.expected)}`,
  }),
  'prose-percent-mismatch': (f, n) => ({
    vi:
      `Tỷ lệ báo cáo nêu không khớp với các số chính báo cáo đưa ra: ghi ${n(f.found)}%, tính lại được ` +
      `${n(f.expected)}%`,
    en:
      `A percentage in the report does not recompute from the report's own counts: ${n(f.found)}% given, they ` +
      `give ${n(f.expected)}%`,
  }),
  'prose-part-exceeds-whole': (f, n) => ({
    vi: `Trong báo cáo, số bộ phận (${n(f.found)}) lớn hơn số tổng (${n(f.expected)})`,
    en: `In the report, a part (${n(f.found)}) exceeds its whole (${n(f.expected)})`,
  }),
  'prose-mixed-decimals': (f) => ({
    vi:
      `Cùng một đoạn viết số thập phân theo hai cách: "${f.quotes[0].text}" (dấu phẩy) và ` +
      `"${f.quotes[1].text}" (dấu chấm); nên viết thống nhất bằng dấu phẩy`,
    en:
      `One paragraph writes decimals both ways: "${f.quotes[0].text}" (comma) and "${f.quotes[1].text}" ` +
      `(point); write them all with a comma, as Vietnamese does`,
  }),
  'prose-impossible-date': (f) => ({
    vi: `Ngày tháng không thể có: "${f.quotes[0].text}"`,
    en: `A date that cannot be: "${f.quotes[0].text}"`,
  }),
  'prose-impossible-term': (f) => ({
    vi: `Nhiệm kỳ không thể có: "${f.quotes[0].text}"`,
    en: `A term of office that cannot be: "${f.quotes[0].text}"`,
  }),
  'prose-past-period': (f) => ({
    vi: `Số liệu tính "${f.quotes[0].text}", quá kỳ báo cáo (đến ${f.period})`,
    en: `A figure counted "${f.quotes[0].text}", past the end of the report's period (${f.period})`,
  }),
};

/** One plain sentence for a clerk, with the rule's own description when the pack gives one. */
export function proseMessage(f: ProseFinding, lang: Lang, pack: CompiledPack): string {
  const percent = f.code === 'prose-percent-mismatch';
  const decimals = 'decimals' in f ? f.decimals : 6;
  const n = (v: number) => formatNumber(v, percent ? Math.max(decimals, 2) : decimals, lang);
  const q = (i: number) => `${f.quotes[i]?.text ?? ''} (${f.quotes[i] ? placeText(f.quotes[i], lang) : ''})`;
  const text = PHRASES[f.code](f, n, q)[lang];
  const description = pack.rules.find((r) => r.id === f.rule)?.description?.[lang]?.replace(/\.$/, '');
  return description ? `${text}. ${description}.` : `${text}.`;
}

/** "mục II.2.2", "chú thích 2, mục I.1"; "section II.2.2", "footnote 2, section I.1". */
export function placeText(q: Quote, lang: Lang): string {
  const section = q.section
    ? lang === 'vi'
      ? `mục ${q.section}`
      : `section ${q.section}`
    : lang === 'vi'
      ? 'phần mở đầu'
      : 'opening';
  if (q.footnote === undefined) return section;
  return lang === 'vi' ? `chú thích ${q.footnote}, ${section}` : `footnote ${q.footnote}, ${section}`;
}

/** The sentence around the quoted text, cut to about `width` letters at word boundaries. */
export function excerpt(q: Quote, width = 160): string {
  const s = q.sentence;
  if (s.length <= width) return s;
  const at = Math.max(0, s.indexOf(q.text));
  let from = Math.max(0, at - Math.floor(width / 2));
  let to = Math.min(s.length, from + width);
  from = Math.max(0, to - width);
  if (from > 0) from = s.indexOf(' ', from) + 1 || from;
  if (to < s.length) to = s.lastIndexOf(' ', to) > at ? s.lastIndexOf(' ', to) : to;
  return `${from > 0 ? '…' : ''}${s.slice(from, to).trim()}${to < s.length ? '…' : ''}`;
}
