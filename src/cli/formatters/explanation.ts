/** A warning's explanation (giải trình), printed under it; said to be stale when its cells changed since. */
import { explanationOf, type Finding, type Lang, type Report } from '../../engine/index.js';

const STALE = {
  vi: ' (đã cũ: số liệu đã sửa sau khi giải trình)',
  en: ' (stale: the figures changed after it was written)',
};

export function explanationLines(
  report: Pick<Report, 'explanations'>,
  f: Finding,
  lang: Lang,
  indent: string,
): string[] {
  const e = explanationOf(report, f);
  if (!e) return [];
  return [`${indent}${lang === 'vi' ? 'Giải trình' : 'Explanation'}: “${e.text}”${e.stale ? STALE[lang] : ''}`];
}
