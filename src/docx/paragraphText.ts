/**
 * The printed text of one Word paragraph: runs, tabs and breaks, text inside insertions, hyperlinks,
 * fields and content controls; not deleted or moved-away text, not field codes, not drawings' text boxes.
 * Footnote and endnote references are noted with the place they stand.
 */
import type { XmlElement } from './xmlTree.js';

const SKIP = new Set([
  'w:del',
  'w:moveFrom',
  'w:delText',
  'w:instrText',
  'w:drawing',
  'w:pict',
  'w:object',
  'w:pPr',
  'w:rPr',
  'w:sdtPr',
  'mc:Fallback',
]);

export interface ParagraphText {
  text: string;
  notes: { id: string; at: number }[];
}

export function paragraphText(p: XmlElement): ParagraphText {
  const out: ParagraphText = { text: '', notes: [] };
  walk(p, out);
  return out;
}

function walk(e: XmlElement, out: ParagraphText): void {
  for (const c of e.children) {
    if (typeof c === 'string') continue;
    if (SKIP.has(c.name)) continue;
    switch (c.name) {
      case 'w:t':
        out.text += c.children.filter((t): t is string => typeof t === 'string').join('');
        break;
      case 'w:tab':
        out.text += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        out.text += ' ';
        break;
      case 'w:noBreakHyphen':
        out.text += '-';
        break;
      case 'w:footnoteReference':
        out.notes.push({ id: c.attrs['w:id'] ?? '', at: out.text.length });
        break;
      case 'w:endnoteReference':
        out.notes.push({ id: `e${c.attrs['w:id'] ?? ''}`, at: out.text.length });
        break;
      default:
        walk(c, out);
    }
  }
}
