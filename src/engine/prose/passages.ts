/**
 * A report cut into sentences, each with its section ("II.2.2", from the numbers its headings print)
 * and its footnotes: a footnote's sentences belong with the sentence that cites it.
 */
import type { ProseDocument } from './document.js';

export interface Passage {
  text: string;
  /** "II.2.2": the printed numbers of the headings above, "" before the first. */
  section: string;
  /** The section's heading as printed, without its number (up to its colon when it runs into the text). */
  heading: string;
  paragraph: number;
  /** The footnote's number, in the order footnotes are cited, when the sentence is in a footnote. */
  footnote?: number;
  /** Sentences that are checked together: a body sentence and the footnotes it cites. */
  scope: number;
}

const ROMAN = /^\s*([IVXLC]+)\.\s+/u;
const ARABIC = /^\s*(\d+(?:\.\d+)*)\.\s+/u;
const SENTENCE_END = /(?<=[.!?…])\s+(?=[\p{Lu}\d“"‘(\-–])/gu;

interface Where {
  roman: string;
  arabic: string;
  heading: string;
}

export function passages(doc: ProseDocument): Passage[] {
  const out: Passage[] = [];
  const numbers = footnoteNumbers(doc);
  const scopeOf = new Map<string, Passage>();
  const where: Where = { roman: '', arabic: '', heading: '' };
  doc.paragraphs.forEach((p, paragraph) => {
    const text = p.text.normalize('NFC');
    follow(where, text);
    const section = [where.roman, where.arabic].filter(Boolean).join('.');
    for (const [start, sentence] of sentences(text)) {
      const passage: Passage = { text: sentence, section, heading: where.heading, paragraph, scope: out.length };
      out.push(passage);
      for (const note of p.notes ?? []) {
        if (note.at > start && note.at <= start + sentence.length + 1 && !scopeOf.has(note.id))
          scopeOf.set(note.id, passage);
      }
    }
  });
  for (const note of [...doc.footnotes].sort((a, b) => numbers.get(a.id)! - numbers.get(b.id)!)) {
    const owner = scopeOf.get(note.id);
    for (const [, sentence] of sentences(note.text.normalize('NFC'))) {
      const section = owner?.section ?? '';
      out.push({
        text: sentence,
        section,
        heading: owner?.heading ?? '',
        paragraph: -1,
        footnote: numbers.get(note.id)!,
        scope: owner?.scope ?? out.length,
      });
    }
  }
  return out;
}

/** Footnotes are numbered in the order the text cites them; any never cited come last. */
function footnoteNumbers(doc: ProseDocument): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const p of doc.paragraphs)
    for (const n of p.notes ?? []) if (!numbers.has(n.id)) numbers.set(n.id, numbers.size + 1);
  for (const f of doc.footnotes) if (!numbers.has(f.id)) numbers.set(f.id, numbers.size + 1);
  return numbers;
}

function follow(where: Where, text: string): void {
  const roman = ROMAN.exec(text);
  const arabic = roman ? undefined : ARABIC.exec(text);
  const number = roman ?? arabic;
  if (!number) return;
  if (roman) [where.roman, where.arabic] = [roman[1]!, ''];
  else where.arabic = arabic![1]!;
  const rest = text.slice(number[0].length);
  where.heading = rest.split(/:\s/)[0]!.slice(0, 160).trim();
}

/** The sentences of a paragraph, each with where it starts. */
export function sentences(text: string): [number, string][] {
  const out: [number, string][] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    if (!/^\s*(?:[IVXLC]+|\d+(?:\.\d+)*)\.$/u.test(text.slice(start, m.index))) {
      push(out, start, text.slice(start, m.index));
      start = m.index + m[0].length;
    }
  }
  push(out, start, text.slice(start));
  return out;
}

function push(out: [number, string][], start: number, sentence: string): void {
  if (sentence.trim()) out.push([start, sentence]);
}
