/** How the report is written: both decimal marks in a paragraph, impossible dates and terms, counts past the period. */
import { impossible, pastPeriod, type Period } from './dates.js';
import type { ReadPassage } from './link.js';
import type { ProseFinding } from './proseFinding.js';
import { quoteOf } from './quote.js';

export function mixedMarks(read: ReadPassage[]): ProseFinding[] {
  const byParagraph = new Map<string, ReadPassage[]>();
  for (const r of read) {
    const key = r.passage.footnote !== undefined ? `f${r.passage.footnote}` : `p${r.passage.paragraph}`;
    byParagraph.set(key, [...(byParagraph.get(key) ?? []), r]);
  }
  const out: ProseFinding[] = [];
  for (const group of byParagraph.values()) {
    const marked = group.flatMap((r) => r.figures.filter((f) => f.mark).map((f) => ({ r, f })));
    const comma = marked.find((m) => m.f.mark === ',');
    const dot = marked.find((m) => m.f.mark === '.');
    if (!comma || !dot) continue;
    out.push({
      code: 'prose-mixed-decimals',
      rule: 'prose',
      severity: 'warning',
      quotes: [comma, dot].map((m) => quoteOf(m.r.passage, m.f.text, m.f.value)),
      cells: [],
    });
  }
  return out;
}

export function dateProblems(
  read: ReadPassage[],
  period: Period | undefined,
  periodText: string | undefined,
): ProseFinding[] {
  const out: ProseFinding[] = [];
  for (const r of read) {
    for (const span of r.spans) {
      const bad = impossible(span);
      const past = !bad && pastPeriod(span, period);
      if (!bad && !past) continue;
      const code = bad === 'term' ? 'prose-impossible-term' : bad ? 'prose-impossible-date' : 'prose-past-period';
      const quote = quoteOf(r.passage, span.text.trim());
      out.push({
        code,
        rule: 'prose',
        severity: 'warning',
        quotes: [quote],
        cells: [],
        ...(past ? { period: periodText } : {}),
      });
    }
  }
  return out;
}
