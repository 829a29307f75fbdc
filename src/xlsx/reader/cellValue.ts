/**
 * The value of one `<c>` as the engine sees it, from its type (`t`), its `<v>` or inline text, and the
 * number format of its style. What cannot be what its type says (NaN, Infinity or "abc" as a number) is
 * kept as the text it is, so the check reports it rather than reading it as a figure.
 */
import { dateText, isDateFormat, type RawCell } from '../../engine/index.js';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * undefined for a cell that holds nothing; `text` is the text of `<v>`, or of `<is>` for an inline string,
 * undefined when the cell has neither; `strings` are the shared strings.
 */
export function cellValue(
  type: string,
  text: string | undefined,
  formula: boolean,
  numFmt: string | undefined,
  { strings, date1904 }: { strings: string[]; date1904: boolean },
): RawCell | undefined | 'damaged' {
  const cell = { numFmt };
  if (text === undefined || (text === '' && type !== 'inlineStr'))
    return formula ? styled({ value: null }, cell) : undefined;
  switch (type) {
    case 's': {
      const string = /^\d+$/.test(text.trim()) ? strings[Number(text.trim())] : undefined;
      return string === undefined ? 'damaged' : styled({ value: string }, cell);
    }
    case 'str':
    case 'inlineStr':
      return styled({ value: text }, cell);
    case 'b':
      return styled({ value: booleanOf(text) }, cell);
    case 'e':
      return styled({ value: null, error: text }, cell);
    case 'd':
      return styled({ value: isoDate(text) ?? text }, cell);
    default:
      return styled({ value: numberOf(text.trim(), numFmt, date1904) ?? text }, cell);
  }
}

function styled(raw: RawCell, cell: { numFmt: string | undefined }): RawCell {
  if (cell.numFmt !== undefined && cell.numFmt !== 'General') raw.numFmt = cell.numFmt;
  return raw;
}

function booleanOf(text: string): boolean | string {
  const t = text.trim();
  return t === '1' || t === 'true' ? true : t === '0' || t === 'false' ? false : text;
}

/** A number, or the date a date format shows it as; undefined when the text is no finite number. */
function numberOf(text: string, numFmt: string | undefined, date1904: boolean): number | string | undefined {
  if (!NUMBER.test(text)) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) return undefined;
  if (numFmt === undefined || !isDate(numFmt)) return value;
  // Excel's serial days from 1899-12-30 (1900 system) or 1904-01-01, as exceljs converts them.
  const date = new Date(Math.round((value - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  return Number.isNaN(date.getTime()) ? value : dateText(date);
}

/** Which formats show dates, asked once per format: a workbook has a few, its cells many. */
const dateFormats = new Map<string, boolean>();

function isDate(numFmt: string): boolean {
  let date = dateFormats.get(numFmt);
  if (date === undefined) {
    date = isDateFormat(numFmt);
    if (dateFormats.size < 1000) dateFormats.set(numFmt, date);
  }
  return date;
}

/** A date cell (`t="d"`) holds an ISO 8601 date; it is a date, never a figure. */
function isoDate(text: string): string | undefined {
  const t = text.trim();
  // A time without a zone is read as UTC, as every other date here: the same text gives the same date anywhere.
  const zoned = t.length <= 10 || /(Z|[+-]\d\d:?\d\d)$/i.test(t) ? t : `${t}Z`;
  const date = /^\d{4}-\d{2}-\d{2}/.test(t) ? new Date(zoned) : undefined;
  return date && !Number.isNaN(date.getTime()) ? dateText(date) : undefined;
}
