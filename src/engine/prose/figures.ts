/**
 * Figures in Vietnamese writing: 27.023 (thousands with "."), 9.690,46 and 48,34% (decimals with ","),
 * "01", "1,5 lần", "515 nghìn"; and the other convention when a writer slips into it (33.87%, 1,074.5).
 * What has digits but is not a figure (notFigures.ts) is skipped.
 */
import { fold } from './fold.js';
import { notFigures, type NotFigure } from './notFigures.js';

export interface Figure {
  /** As written, with its % sign: "48,34%", "27.023", "01"; a decrease with its word: "giảm 2,5%". */
  text: string;
  /** Where the digits stand (a decrease's word is before `start`). */
  start: number;
  end: number;
  value: number;
  /** Decimals shown; negative when a word scales it ("1,5 triệu" is -5): the figure is rounded there. */
  decimals: number;
  percent: boolean;
  /** "gấp 1,5 lần": a ratio, not a count. */
  times: boolean;
  /** The decimal mark used, when the figure shows decimals: "," (Vietnamese) or "." (English). */
  mark?: ',' | '.';
  /** "hơn 515.000", "trên 5.000", "khoảng 30": not an exact figure. */
  approximate: boolean;
}

const NUMBER = /(?<![\p{L}\p{N}.,])\d(?:[\d.,]*\d)?/gu;
const SCALES: Record<string, number> = { nghin: 3, ngan: 3, trieu: 6, ty: 9, ti: 9 };
const APPROXIMATE = /(?:^|\s)(hon|tren|gan|khoang|uoc tinh|uoc|xap xi|duoi|chua den|hang|vuot)\s*$/;
/** "giảm 2,5%": a rate that fell, read as negative growth; "giảm còn 2,5%" is a level, not a change. */
const DECREASE = /(?<![a-z])giam\s+$/;

export function figures(text: string, skip: NotFigure[] = notFigures(text)): Figure[] {
  const folded = fold(text);
  const out: Figure[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const start = m.index;
    if (skip.some((s) => s.start <= start && start < s.end)) continue;
    const read = readNumber(m[0]);
    if (read) out.push(figureAt(text, folded, start, m[0], read));
  }
  return out;
}

type Read = { value: number; decimals: number; mark?: ',' | '.' };

/** One token of digits and separators; undefined when no convention reads it. */
export function readNumber(token: string): Read | undefined {
  const dot = token.includes('.');
  const comma = token.includes(',');
  if (dot && comma) {
    const mark = token.lastIndexOf(',') > token.lastIndexOf('.') ? ',' : '.';
    const group = mark === ',' ? '.' : ',';
    const [int, frac, ...rest] = token.split(mark);
    if (rest.length || !grouped(int!, group)) return undefined;
    return decimal(int!.split(group).join(''), frac!, mark);
  }
  if (dot) {
    if (grouped(token, '.')) return { value: Number(token.split('.').join('')), decimals: 0 };
    const [int, frac, ...rest] = token.split('.');
    return rest.length ? undefined : decimal(int!, frac!, '.');
  }
  if (comma) {
    const [int, frac, ...rest] = token.split(',');
    if (!rest.length) return decimal(int!, frac!, ',');
    return grouped(token, ',') ? { value: Number(token.split(',').join('')), decimals: 0 } : undefined;
  }
  return { value: Number(token), decimals: 0 };
}

function grouped(s: string, sep: string): boolean {
  return new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`).test(s);
}

function decimal(int: string, frac: string, mark: ',' | '.'): Read {
  return { value: Number(`${int}.${frac}`), decimals: frac.length, mark };
}

function figureAt(text: string, folded: string, start: number, token: string, read: Read): Figure {
  let end = start + token.length;
  const percent = /^\s?%/.exec(text.slice(end));
  if (percent) end += percent[0].length;
  const after = folded.slice(end, end + 12);
  const scale = percent ? undefined : /^\s+(nghin|ngan|trieu|ty|ti)(?![a-z])/.exec(after);
  const before = folded.slice(Math.max(0, start - 16), start);
  const times = /gap\s+$/.test(before) && /^\s+lan(?![a-z])/.test(after);
  const power = scale ? SCALES[scale[1]!]! : 0;
  const decrease = percent ? DECREASE.exec(before) : null;
  const from = decrease ? start - decrease[0].length : start;
  return {
    text: text.slice(from, end),
    start,
    end,
    value: (decrease ? -1 : 1) * read.value * 10 ** power,
    decimals: read.decimals - power,
    percent: Boolean(percent),
    times,
    ...(read.mark ? { mark: read.mark } : {}),
    approximate: APPROXIMATE.test(before),
  };
}
