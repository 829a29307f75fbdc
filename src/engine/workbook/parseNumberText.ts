/**
 * A number typed as text, in Vietnamese writing or English: "1.908", "27 023", "48,34%", "1,074.5".
 * Vietnamese groups thousands with "." and marks decimals with ","; "1.908" is one thousand nine
 * hundred and eight. A lone "," followed by three digits is a thousands mark only in a count.
 */

export interface ParsedNumber {
  value: number;
  percent: boolean;
}

const GROUPED = (sep: string) => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`);
const DOT_GROUPED = GROUPED('.');
const COMMA_GROUPED = GROUPED(',');

export function parseNumberText(text: string, wholeOnly: boolean): ParsedNumber | undefined {
  let s = text.trim().replace(/\u2212/g, '-');
  const percent = s.endsWith('%');
  if (percent) s = s.slice(0, -1).trimEnd();
  const sign = /^[+-]/.test(s) ? s[0]! : '';
  s = s.slice(sign.length).trimStart();
  const joined = joinSpaceGroups(s);
  const digits = joined === undefined ? undefined : normalise(joined, wholeOnly);
  if (digits === undefined || !/^\d+(\.\d+)?$/.test(digits)) return undefined;
  const value = Number(sign + digits);
  return Number.isFinite(value) ? { value, percent } : undefined;
}

/** Spaces (also no-break ones) inside a figure mark thousands: "27 023", never "1 2" or "12 34". */
function joinSpaceGroups(s: string): string | undefined {
  const groups = s.split(/\s+/);
  if (groups.length === 1) return s;
  const last = groups[groups.length - 1]!;
  const grouped =
    /^\d{1,3}$/.test(groups[0]!) &&
    groups.slice(1, -1).every((g) => /^\d{3}$/.test(g)) &&
    /^\d{3}([.,]\d+)?$/.test(last);
  return grouped ? groups.join('') : undefined;
}

/** The digits with "." as the only, decimal, separator; undefined when the writing is unclear. */
function normalise(s: string, wholeOnly: boolean): string | undefined {
  const dot = s.lastIndexOf('.');
  const comma = s.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) {
    const [thousands, decimal] = dot > comma ? [',', '.'] : ['.', ','];
    const [int, frac, ...rest] = s.split(decimal);
    if (rest.length || !GROUPED(thousands).test(int!)) return undefined;
    return `${int!.split(thousands).join('')}.${frac}`;
  }
  if (dot >= 0) return DOT_GROUPED.test(s) ? s.split('.').join('') : s;
  if (comma >= 0) {
    if (wholeOnly && COMMA_GROUPED.test(s)) return s.split(',').join('');
    return s.split(',').length === 2 ? s.replace(',', '.') : undefined;
  }
  return s;
}
