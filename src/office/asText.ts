/**
 * Rows for `range.values` that Excel keeps as written: a string goes in behind an apostrophe, which Excel
 * drops, so "27.023", "1.0" or "=…" stay text instead of being read as a number, a date or a formula.
 */
export function asText<T>(rows: T[][]): (T | string)[][] {
  return rows.map((r) => r.map((v) => (typeof v === 'string' && v !== '' ? `'${v}` : v)));
}
