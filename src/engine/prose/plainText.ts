/**
 * A report typed as plain text or Markdown: one paragraph a line (Markdown: lines until a blank one),
 * "#" headings, and Markdown footnotes ("[^3]" where cited, "[^3]: text" for the note). Plain text as Word
 * saves it keeps its footnotes at the end, each line after a U+FFFD, and marks where each is cited by a line
 * break before the text goes on (". Có 15 …", " với 1.908 …", "; bồi dưỡng …").
 */
import type { ProseDocument, ProseFootnote, ProseParagraph } from './document.js';

const DEFINITION = /^\[\^([^\]]+)\]:\s*(.*)$/;
const REFERENCE = /\[\^([^\]]+)\]/g;
const WORD_NOTE = '\uFFFD';
/** A line that goes on with the one before it: the break was a footnote's mark. */
const GOES_ON = /^(?:[.,;]| (?=\S))/;

export function plainTextDocument(text: string, markdown: boolean): ProseDocument {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  return markdown ? markdownDocument(lines) : wordTextDocument(lines);
}

function markdownDocument(lines: string[]): ProseDocument {
  const paragraphs: ProseParagraph[] = [];
  const footnotes: ProseFootnote[] = [];
  let open = false;
  for (const raw of lines) {
    const line = raw.trim();
    const definition = DEFINITION.exec(line);
    if (definition) footnotes.push({ id: definition[1]!, text: definition[2]! });
    else if (!line) open = false;
    else if (open && !/^#/.test(line)) paragraphs[paragraphs.length - 1]!.text += ` ${line}`;
    else {
      const heading = /^(#{1,6})\s+(.*)$/.exec(line);
      paragraphs.push({ text: heading ? heading[2]! : line, ...(heading ? { heading: heading[1]!.length } : {}) });
      open = !heading;
    }
  }
  return { paragraphs: paragraphs.map(withNotes), footnotes };
}

/** One paragraph a line; footnotes cited in order, as many marks as there are notes. */
function wordTextDocument(lines: string[]): ProseDocument {
  const footnotes = lines
    .filter((l) => l.startsWith(WORD_NOTE))
    .map((l, i) => ({ id: String(i + 1), text: l.slice(WORD_NOTE.length).trim() }));
  const paragraphs: ProseParagraph[] = [];
  let before = '';
  let cited = 0;
  for (const raw of lines) {
    const last = paragraphs[paragraphs.length - 1];
    if (raw.startsWith(WORD_NOTE)) {
      before = '';
      continue;
    }
    if (last && before.trim() && cited < footnotes.length && GOES_ON.test(raw)) {
      last.notes = [...(last.notes ?? []), { id: String(++cited), at: last.text.length }];
      last.text += raw.trimEnd();
    } else if (raw.trim()) paragraphs.push({ text: raw.trim() });
    before = raw;
  }
  return { paragraphs, footnotes };
}

/** "[^3]" taken out of the text, and noted where it stood. */
function withNotes(p: ProseParagraph): ProseParagraph {
  const notes: { id: string; at: number }[] = [];
  let removed = 0;
  const text = p.text.replace(/\*\*|__/g, '').replace(REFERENCE, (mark, id: string, at: number) => {
    notes.push({ id, at: at - removed });
    removed += mark.length;
    return '';
  });
  return { ...p, text, ...(notes.length ? { notes } : {}) };
}
