/** Dates and terms that cannot be, and counts said to run past the end of the report's period. */
import type { NotFigure } from './notFigures.js';

export interface Period {
  year: number;
  month: number;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Why a date or term cannot be, or undefined when it can. */
export function impossible(span: NotFigure): 'date' | 'term' | undefined {
  if (span.term)
    return goodYear(span.term.from) && goodYear(span.term.to) && +span.term.to > +span.term.from ? undefined : 'term';
  const d = span.date;
  if (!d) return undefined;
  const badYear = d.year !== undefined && !goodYear(String(d.year));
  const badMonth = d.month !== undefined && (d.month < 1 || d.month > 12);
  const badDay = d.day !== undefined && (d.day < 1 || d.day > (DAYS[(d.month ?? 1) - 1] ?? 31));
  const badQuarter = d.quarter !== undefined && (d.quarter < 1 || d.quarter > 4);
  const mixed = /-/.test(d.separators) && /[/.]/.test(d.separators);
  return badYear || badMonth || badDay || badQuarter || mixed ? 'date' : undefined;
}

function goodYear(text: string): boolean {
  return /^\d{4}$/.test(text) && +text >= 1900 && +text <= 2100;
}

/** "đến quý I-2018" in a report whose period ends 12-2017: the count runs past the period. */
export function pastPeriod(span: NotFigure, period: Period | undefined): boolean {
  const d = span.date;
  if (!period || !span.until || !d?.year) return false;
  const month = d.quarter ? (d.quarter - 1) * 3 + 1 : (d.month ?? 1);
  return d.year * 12 + month > period.year * 12 + period.month;
}

/** "12-2017", "12/2017", "tháng 12 năm 2017", "2017" → the last month of the period. */
export function parsePeriod(text: string | undefined): Period | undefined {
  const m = /(?:(\d{1,2})\D+)?(\d{4})\s*$/.exec(text?.trim() ?? '');
  if (!m) return undefined;
  const month = m[1] ? Number(m[1]) : 12;
  return month >= 1 && month <= 12 ? { year: Number(m[2]), month } : undefined;
}
