/**
 * A pack's phrase, "kết nạp … #" or "# đảng viên", matched against a clause: words (folded), "#" the
 * figure being linked, "…" any words between. A phrase with "#" may reach across the whole clause; one
 * without it only across the figure's own stretch of text (between the figures before and after it).
 */
import { fold } from './fold.js';

export interface Phrase {
  text: string;
  anchored: boolean;
  pattern: RegExp;
  /** Letters the phrase itself matches: the longer, the more specific. */
  weight: number;
}

/** The figure being linked, and the other figures of the clause, as they stand in the clause text. */
export const HERE = '\u0001';
export const OTHER = '\u0002';

const WORD_EDGE_BEFORE = '(?<![a-z0-9])';
const WORD_EDGE_AFTER = '(?![a-z0-9])';

export function compilePhrase(text: string): Phrase {
  const stretches = text
    .split(/…|\.\.\./)
    .map((s) => s.trim())
    .filter(Boolean);
  const parts = stretches.map((s) => stretch(fold(s)));
  const body = parts.join('.*?');
  const letters = fold(text).replace(/…|\.\.\.|#|\s/g, '').length;
  return { text, anchored: text.includes('#'), pattern: new RegExp(body, 'g'), weight: letters };
}

/** Words that follow each other, separated by spaces or punctuation only. */
function stretch(folded: string): string {
  const tokens = folded.split(/\s+/).filter(Boolean);
  return tokens.map((t) => (t === '#' ? HERE : t.split('#').map(word).join(`\\s*${HERE}\\s*`))).join('[\\s,()]*');
}

function word(w: string): string {
  if (!w) return '';
  return `${WORD_EDGE_BEFORE}${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${WORD_EDGE_AFTER}`;
}

export interface PhraseMatch {
  weight: number;
  /** Letters of the clause the match spans beyond the phrase's own: the nearer, the likelier. */
  gap: number;
}

/** Far below any phrase's weight: a phrase without "#" names the figure it follows before one it precedes. */
const BEFORE = 1000;

/**
 * The tightest match of the phrase in the clause (HERE marks the figure), or undefined. A phrase without
 * "#" is looked for after the figure first, up to the next figure; only then before it, after the last one.
 */
export function matchPhrase(phrase: Phrase, clause: string): PhraseMatch | undefined {
  if (phrase.anchored) return tightest(phrase, clause);
  const here = clause.indexOf(HERE);
  const after = tightest(phrase, clause.slice(here, stretchEnd(clause, here)));
  if (after) return after;
  const before = tightest(phrase, clause.slice(clause.lastIndexOf(OTHER, here) + 1, here + 1));
  return before && { weight: before.weight - BEFORE, gap: before.gap };
}

function stretchEnd(clause: string, here: number): number {
  const next = clause.indexOf(OTHER, here);
  return next < 0 ? clause.length : next;
}

/** The tightest match anywhere in the text, a heading say, with no figure in it. */
export function tightest(phrase: Phrase, region: string): PhraseMatch | undefined {
  let best: number | undefined;
  phrase.pattern.lastIndex = 0;
  for (let m = phrase.pattern.exec(region); m; m = phrase.pattern.exec(region)) {
    const span = phrase.anchored ? m[0].length : m[0].length + distance(region, m.index, m.index + m[0].length);
    if (best === undefined || span < best) best = span;
    phrase.pattern.lastIndex = m.index + 1;
  }
  return best === undefined ? undefined : { weight: phrase.weight, gap: best - phrase.weight };
}

function distance(region: string, start: number, end: number): number {
  const here = region.indexOf(HERE);
  if (here >= end) return here - end;
  return here < start ? start - here : 0;
}
