/** Counts that tell the kinds of finding apart: "9 sai lệch, 193 ô còn trống, 2 cảnh báo". */
import type { FindingCounts } from '../check/findingCounts.js';
import type { Lang } from '../pack/pack.js';

const WORDS: Record<Lang, Record<'discrepancies' | 'problems' | 'blanks' | 'warnings', (n: number) => string>> = {
  vi: {
    discrepancies: (n) => `${n} sai lệch`,
    problems: (n) => `${n} lỗi khác`,
    blanks: (n) => `${n} ô còn trống`,
    warnings: (n) => `${n} cảnh báo`,
  },
  en: {
    discrepancies: (n) => `${n} ${n === 1 ? 'discrepancy' : 'discrepancies'}`,
    problems: (n) => `${n} other ${n === 1 ? 'error' : 'errors'}`,
    blanks: (n) => `${n} blank ${n === 1 ? 'cell' : 'cells'}`,
    warnings: (n) => `${n} ${n === 1 ? 'warning' : 'warnings'}`,
  },
};

/** Other errors are named only when there are some. */
export function countsText(c: FindingCounts, lang: Lang): string {
  const w = WORDS[lang];
  return [
    w.discrepancies(c.discrepancies),
    ...(c.problems ? [w.problems(c.problems)] : []),
    w.blanks(c.blanks),
    w.warnings(c.warnings),
  ].join(', ');
}
