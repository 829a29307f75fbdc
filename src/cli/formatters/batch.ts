/** `check` in a terminal: one aligned line per workbook, in the order given, then the summary. */
import {
  BATCH_TEXT,
  countsText,
  readiness,
  readinessText,
  stampText,
  summarise,
  summaryLines,
  unitText,
  type BatchEntry,
  type Lang,
  type Report,
  type Text,
} from '../../engine/index.js';

/** What a line needs of a check: a whole BatchEntry, or a consolidated unit. */
export type LineEntry =
  | { file: string; report: Pick<Report, 'unit' | 'pack' | 'counts' | 'stamp' | 'consolidated'> }
  | { file: string; error: Text };

/**
 * A line per workbook: mark, unit, period, pack and version, errors
 * and warnings, stamp, ready to send (for a whole check), file.
 */
export function batchLines(entries: LineEntry[], lang: Lang): string[] {
  const b = BATCH_TEXT[lang];
  const fields = entries.map((e) => {
    if (!('report' in e)) return undefined;
    const r = e.report;
    const unit = unitText(r.unit, lang) + (r.consolidated ? ` (${b.consolidated(r.consolidated.units)})` : '');
    const ready = 'findings' in r ? [readinessText(readiness(r as Report), lang)] : [];
    const pack = `${r.pack.id} ${r.pack.version}`;
    return [unit, r.unit.period || b.noPeriod, pack, countsText(r.counts, lang), stampText(r.stamp, lang), ...ready];
  });
  const widths = [0, 1, 2, 3, 4, 5].map((k) =>
    Math.max(0, ...fields.map((f) => (f?.[k] === undefined ? 0 : width(f[k])))),
  );
  return entries.map((e, i) => {
    if (!('report' in e)) return `✖ ${e.file} · ${b.unreadable}: ${e.error[lang]}`;
    const f = fields[i]!;
    const { errors, warnings } = e.report.counts;
    const mark = errors ? '✖' : warnings ? '⚠' : '✔';
    return `${mark} ${f.map((text, k) => pad(text, widths[k]!)).join('  ')}  ${e.file}`;
  });
}

/** `details` gives lines to print under an entry's line (its unusual figures). */
export function formatBatch(
  entries: BatchEntry[],
  lang: Lang,
  hint?: string,
  details?: (e: BatchEntry) => string[],
): string {
  const rows = batchLines(entries, lang).flatMap((line, i) => [line, ...(details?.(entries[i]!) ?? [])]);
  const lines = [...rows, '', ...summaryLines(summarise(entries), lang)];
  if (hint) lines.push(hint);
  return `${lines.join('\n')}\n`;
}

/** Characters as a terminal shows them: Vietnamese letters with their marks are one each once composed. */
function width(text: string): number {
  return [...text.normalize('NFC')].length;
}

function pad(text: string, to: number): string {
  return text + ' '.repeat(Math.max(0, to - width(text)));
}
