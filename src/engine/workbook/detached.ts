/**
 * A copy of a text that keeps nothing else alive. A string read from a workbook may be a slice of the
 * whole XML part it was parsed from (V8 shares the characters), so keeping the string keeps that part:
 * a batch that keeps one unit's name per workbook would keep every workbook's shared strings.
 */
export function detached(text: string): string {
  return text === '' ? '' : (JSON.parse(JSON.stringify(text)) as string);
}

/** A deep copy of plain data (a report) with every text detached: it keeps no workbook alive. */
export function detachedCopy<T>(value: T): T {
  if (typeof value === 'string') return detached(value) as T;
  if (Array.isArray(value)) return value.map(detachedCopy) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, detachedCopy(v)])) as T;
}
