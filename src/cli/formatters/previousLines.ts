/** `check --previous`: under a unit not screened against a previous workbook, the line saying why. */
import { previousNote, type BatchEntry, type Lang } from '../../engine/index.js';

export function previousLines(e: BatchEntry, lang: Lang): string[] {
  if (!('report' in e) || !e.report.previous) return [];
  const note = previousNote(e.report.previous, e.report.unit);
  return note ? [`    · ${note[lang]}`] : [];
}
