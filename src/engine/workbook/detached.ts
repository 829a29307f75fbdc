/**
 * A copy of a text that keeps nothing else alive. A string read from a workbook may be a slice of the
 * whole XML part it was parsed from (V8 shares the characters), so keeping the string keeps that part:
 * a batch that keeps one unit's name per workbook would keep every workbook's shared strings.
 */
export function detached(text: string): string {
  return text === '' ? '' : (JSON.parse(JSON.stringify(text)) as string);
}
