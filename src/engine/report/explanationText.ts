/** A warning's explanation (giải trình) in words, said to be stale when its cells changed after it was written. */
import type { Finding } from '../check/finding.js';
import type { Report } from '../check/validate.js';
import { explanationOf } from '../explain/readiness.js';
import type { Lang } from '../pack/pack.js';

const WORDS = {
  vi: { label: 'Giải trình', stale: ' (đã cũ: số liệu đã sửa sau khi giải trình)' },
  en: { label: 'Explanation', stale: ' (stale: the figures changed after it was written)' },
};

/** “text” with its staleness; undefined when the finding has no explanation. */
export function explanationText(report: Pick<Report, 'explanations'>, f: Finding, lang: Lang): string | undefined {
  const e = explanationOf(report, f);
  return e && `“${e.text}”${e.stale ? WORDS[lang].stale : ''}`;
}

/** "Giải trình: “…”", for a line under the finding. */
export function explanationLine(report: Pick<Report, 'explanations'>, f: Finding, lang: Lang): string | undefined {
  const text = explanationText(report, f, lang);
  return text && `${WORDS[lang].label}: ${text}`;
}

export const EXPLANATION_LABEL = { vi: WORDS.vi.label, en: WORDS.en.label };
