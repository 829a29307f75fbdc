/** A warning's explanation (giải trình), printed under it; said to be stale when its cells changed since. */
import { explanationLine, type Finding, type Lang, type Report } from '../../engine/index.js';

export function explanationLines(
  report: Pick<Report, 'explanations'>,
  f: Finding,
  lang: Lang,
  indent: string,
): string[] {
  const line = explanationLine(report, f, lang);
  return line ? [`${indent}${line}`] : [];
}
