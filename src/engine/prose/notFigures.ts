/**
 * What in Vietnamese writing has digits but is not a figure: dates, years, document numbers, congress
 * terms, citations of an appendix, list and section numbers. Each is a span of the text, with the pieces
 * a later check needs (a date's day, month and year; a term's years; the sheet a citation names).
 */

export type SpanKind = 'date' | 'year' | 'document' | 'term' | 'citation' | 'numbering';

export interface NotFigure {
  kind: SpanKind;
  start: number;
  end: number;
  text: string;
  /** A date or period: what it says, for the checks of impossible and out-of-period dates. */
  date?: { day?: number; month?: number; quarter?: number; year?: number; separators: string };
  /** A congress term "nhiệm kỳ 2015-2020", as written. */
  term?: { from: string; to: string };
  /** "Biểu số 3a" → "Biểu 3a". */
  cites?: string;
  /** The date is the end of what is counted: "đến tháng 12-2017", "đến quý I-2018". */
  until?: boolean;
}

const L = '\\p{L}\\p{N}';
const SEP = '\\s*[-/.]\\s*';
const DOC_TYPES =
  'quy định|nghị quyết|chỉ thị|kết luận|hướng dẫn|quyết định|công văn|kế hoạch|chương trình|' +
  'đề án|thông tư|nghị định|' +
  'điều|trung ương|hội nghị|đại hội|quốc hội|tờ trình|thông báo';

type Maker = (m: RegExpExecArray) => Omit<NotFigure, 'start' | 'end' | 'text'>;

const YEAR = '(?:1[89]|20)\\d{2}';
const ALONE = `(?![${L}]|[.,]\\d)`;
const ON_TO = '\\s*(?:và|đến|tới|[-–])\\s*(?:hết\\s+|cuối\\s+)?';
/**
 * A four-digit number is a year only after năm, tháng or quý (the date patterns), in a date, in a range
 * (2013-2020, từ 2010 đến 2017, năm 2008 và 2017), or compared with (so với 2008): "có 1908 đảng viên" is a count.
 */
const YEARS = [
  new RegExp(`(?<![${L}.,])${YEAR}\\s*[-–]\\s*${YEAR}${ALONE}`, 'gu'),
  new RegExp(`(?<![\\p{L}])từ\\s+${YEAR}(?:${ON_TO}${YEAR}${ALONE}|(?=\\s*(?:(?:đến|tới)\\s|[-–])))`, 'giu'),
  new RegExp(`(?<=(?<![\\p{L}])năm\\s+\\d{4}(?:${ON_TO}\\d{4})*${ON_TO})${YEAR}${ALONE}`, 'giu'),
  new RegExp(`(?<=(?<![\\p{L}])so với\\s+)${YEAR}${ALONE}`, 'giu'),
];

/** In order: a span found by an earlier pattern is not looked at again by a later one. */
const PATTERNS: [RegExp, Maker][] = [
  [new RegExp(`(?<![${L}])\\d+(?:/\\d{2,4})?(?:[-/][\\p{Lu}][${L}]*)+`, 'gu'), () => ({ kind: 'document' })],
  [
    /(?<![\p{L}])(biểu|phụ lục|phụ biểu)\s+(?:số\s+)?(\d+[a-zđ]?)(?![\p{L}\p{N}])/giu,
    (m) => ({ kind: 'citation', cites: `${cap(m[1]!)} ${m[2]}` }),
  ],
  [/nhiệm kỳ\s+(\d+)\s*[-–]\s*(\d+)/giu, (m) => ({ kind: 'term', term: { from: m[1]!, to: m[2]! } })],
  [/(?<![\p{L}])(khóa|khoá|lần thứ)\s+(\d+|[IVXLC]+)(?![\p{L}\p{N}])/giu, () => ({ kind: 'term' })],
  [
    new RegExp(`(đến\\s+)?ngày\\s+(\\d{1,2})(${SEP})(\\d{1,2})(?:(${SEP})(\\d{2,5}))?`, 'giu'),
    (m) => dated(m, +m[2]!, +m[4]!, m[6], m[3]! + (m[5] ?? '')),
  ],
  [
    /(đến\s+)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{2,5}))?/giu,
    (m) => dated(m, +m[2]!, +m[3]!, m[4], ''),
  ],
  [
    new RegExp(
      `(đến\\s+(?:hết\\s+|cuối\\s+)?)?tháng\\s+(\\d{1,2})(?:(${SEP})(\\d{4,5})|\\s+năm\\s+(\\d{4,5}))?`,
      'giu',
    ),
    (m) => dated(m, undefined, +m[2]!, m[4] ?? m[5], m[3] ?? ''),
  ],
  [/(đến\s+(?:hết\s+|cuối\s+)?)?quý\s+([IV]+|\d)(?:\s*[-/]\s*(\d{4,5})|\s+năm\s+(\d{4,5}))?/giu, quarter],
  [
    new RegExp(`(?<![${L}.,])(\\d{1,2})(${SEP})(\\d{1,2})(${SEP})(\\d{4})(?![${L}])`, 'gu'),
    (m) => ({ kind: 'date', date: { day: +m[1]!, month: +m[3]!, year: +m[5]!, separators: m[2]! + m[4]! } }),
  ],
  [/(đến\s+(?:hết\s+|cuối\s+)?)?năm\s+(\d{4,5})(?![\p{N}])/giu, (m) => yearOnly(m)],
  [
    new RegExp(`(?<![${L}.,])(\\d{1,2})\\s*[-/]\\s*(\\d{4})(?![${L}])`, 'gu'),
    (m) => ({ kind: 'date', date: { month: +m[1]!, year: +m[2]!, separators: '-' } }),
  ],
  ...YEARS.map((pattern): [RegExp, Maker] => [pattern, () => ({ kind: 'year' })]),
  [
    new RegExp(`(?<=(?<![\\p{L}])(?:${DOC_TYPES})\\s+(?:số\\s+)?)\\d+(?![${L}]|[.,]\\d)`, 'giu'),
    () => ({ kind: 'document' }),
  ],
  [/\(\d{1,2}\)/gu, () => ({ kind: 'numbering' })],
  [/^\s*(?:[IVXLC]+|\d+(?:\.\d+)*)\.(?=\s)/gu, () => ({ kind: 'numbering' })],
];

function cap(word: string): string {
  const w = word.toLowerCase();
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function dated(
  m: RegExpExecArray,
  day: number | undefined,
  month: number | undefined,
  year: string | undefined,
  separators: string,
) {
  const date = {
    ...(day !== undefined ? { day } : {}),
    ...(month !== undefined ? { month } : {}),
    ...(year ? { year: +year } : {}),
    separators,
  };
  return { kind: 'date' as const, date, ...(m[1] ? { until: true } : {}) };
}

function yearOnly(m: RegExpExecArray) {
  return dated(m, undefined, undefined, m[2], '');
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

function quarter(m: RegExpExecArray) {
  const q = ROMAN[m[2]!.toUpperCase()] ?? Number(m[2]);
  const year = m[3] ?? m[4];
  return {
    kind: 'date' as const,
    date: { quarter: q, ...(year ? { year: +year } : {}), separators: '' },
    ...(m[1] ? { until: true } : {}),
  };
}

/** Every span of the text that is not a figure, in order of place, none overlapping. */
export function notFigures(text: string): NotFigure[] {
  const taken: NotFigure[] = [];
  for (const [pattern, make] of PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) pattern.lastIndex++;
      else if (!taken.some((t) => t.start < end && start < t.end)) taken.push({ ...make(m), start, end, text: m[0] });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
