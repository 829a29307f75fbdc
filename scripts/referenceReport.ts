/**
 * The reference report (examples/reference/*.txt, as copied from the project's shared reference) read back
 * into its structure: the header block, headings, paragraphs, where each footnote is cited, the footnotes,
 * and the closing block. In the text file a footnote's mark is a line break before "." "," ";" or a space,
 * and the footnotes follow at the end, each after a U+FFFD.
 */

export type ParagraphStyle = 'heading1' | 'heading2' | 'heading3' | 'body';

export interface SourceParagraph {
  text: string;
  style: ParagraphStyle;
  /** Characters of a run-in heading ("2.1. Kết quả …:") printed bold. */
  bold?: number;
  notes: { id: string; at: number }[];
}

export interface ReportSource {
  header: { left: string[]; right: string[] };
  title: string[];
  paragraphs: SourceParagraph[];
  closing: { left: string[]; right: string[] };
  footnotes: { id: string; text: string }[];
}

export function parseReference(text: string): ReportSource {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const rule = lines.findIndex((l) => /^-{3,}$/.test(l.trim()));
  const closing = lines.findIndex((l) => l.trim().startsWith('Nơi nhận'));
  const firstNote = lines.findIndex((l) => l.startsWith('\uFFFD'));
  const footnotes = lines
    .slice(firstNote)
    .filter((l) => l.startsWith('\uFFFD'))
    .map((l, i) => ({ id: String(i + 1), text: l.slice(1).trim() }));
  const closingLines = lines
    .slice(closing, firstNote)
    .map((l) => l.trim())
    .filter(Boolean);
  const split = closingLines.findIndex((l) => l.startsWith('T/M'));
  return {
    header: {
      left: ['TỈNH UỶ KON TUM', '*', 'Số 303-BC/TU'],
      right: ['ĐẢNG CỘNG SẢN VIỆT NAM', 'Kon Tum, ngày 19 tháng 6 năm 2018'],
    },
    title: lines
      .slice(11, rule)
      .map((l) => l.trim())
      .filter(Boolean),
    paragraphs: body(lines.slice(rule + 1, closing)),
    closing: { left: closingLines.slice(0, split), right: closingLines.slice(split) },
    footnotes,
  };
}

function body(lines: string[]): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  let note = 0;
  for (const line of lines) {
    if (/^[.,; ]/.test(line) && out.length) {
      const last = out[out.length - 1]!;
      last.notes.push({ id: String(++note), at: last.text.length });
      last.text += line.replace(/^ (?=\S)/, ' ');
    } else if (line.trim()) {
      out.push({ text: line.trim(), style: 'body', notes: [] });
    }
  }
  for (const p of out) Object.assign(p, styleOf(p.text));
  return out;
}

function styleOf(text: string): Pick<SourceParagraph, 'style' | 'bold'> {
  const runIn = /^\d+\.\d+\.\s[^:]{3,200}:\s/.exec(text);
  if (runIn) return { style: 'body', bold: runIn[0].length - 1 };
  if (/^[IVX]+\.\s/.test(text)) return { style: 'heading1' };
  if (/^\d+\.\s/.test(text) && text.length < 400 && !/:\s\S/.test(text)) return { style: 'heading2' };
  return { style: 'body' };
}
