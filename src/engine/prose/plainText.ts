/**
 * A report typed as plain text or Markdown: one paragraph a line (Markdown: lines until a blank one),
 * "#" headings, and Markdown footnotes ("[^3]" where cited, "[^3]: text" for the note).
 */
import type { ProseDocument, ProseFootnote, ProseParagraph } from './document.js';

const DEFINITION = /^\[\^([^\]]+)\]:\s*(.*)$/;
const REFERENCE = /\[\^([^\]]+)\]/g;

export function plainTextDocument(text: string, markdown: boolean): ProseDocument {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const paragraphs: ProseParagraph[] = [];
  const footnotes: ProseFootnote[] = [];
  let open = false;
  for (const raw of lines) {
    const line = raw.trim();
    const definition = markdown ? DEFINITION.exec(line) : null;
    if (definition) footnotes.push({ id: definition[1]!, text: definition[2]! });
    else if (!line) open = false;
    else if (markdown && open && !/^#/.test(line)) paragraphs[paragraphs.length - 1]!.text += ` ${line}`;
    else {
      const heading = markdown ? /^(#{1,6})\s+(.*)$/.exec(line) : null;
      paragraphs.push({ text: heading ? heading[2]! : line, ...(heading ? { heading: heading[1]!.length } : {}) });
      open = markdown && !heading;
    }
  }
  return { paragraphs: markdown ? paragraphs.map(withNotes) : paragraphs, footnotes };
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
