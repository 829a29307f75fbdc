/** The reference report's structure (referenceReport.ts) as a .docx: header and closing tables, headings, footnotes. */
import type { ReportSource, SourceParagraph } from '../referenceReport.js';
import { esc, writeDocx } from './writeDocx.js';

const run = (text: string, props = '') =>
  text ? `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>` : '';
const note = (id: string) =>
  `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
const para = (runs: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
const centred = (text: string, props = '<w:b/>') => para(run(text, props), '<w:jc w:val="center"/>');

export async function reportDocx(source: ReportSource): Promise<Uint8Array> {
  const body = [
    table(
      source.header.left.map((l) => centred(l)),
      source.header.right.map((l, i) => centred(l, i ? '<w:i/>' : '<w:b/>')),
    ),
    ...source.title.map((t, i) =>
      para(run(t, '<w:b/>'), `<w:pStyle w:val="Title"/>${i ? '' : '<w:spacing w:before="240"/>'}`),
    ),
    ...source.paragraphs.map(paragraph),
    table(
      source.closing.left.map((l) => para(run(l, '<w:sz w:val="22"/>'))),
      source.closing.right.map((l) => centred(l)),
    ),
  ].join('');
  const footnotes = source.footnotes.map((f) => ({
    id: f.id,
    xml: para(
      `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>${run(` ${f.text}`)}`,
      '<w:pStyle w:val="FootnoteText"/>',
    ),
  }));
  return writeDocx({ body, footnotes, title: source.title.join(' ') });
}

function paragraph(p: SourceParagraph): string {
  const style =
    p.style === 'body'
      ? '<w:ind w:firstLine="567"/>'
      : `<w:pStyle w:val="${p.style === 'heading1' ? 'Heading1' : p.style === 'heading2' ? 'Heading2' : 'Heading3'}"/>`;
  let runs = '';
  let at = 0;
  const cuts = [...p.notes.map((n) => n.at), p.text.length];
  for (const [i, cut] of cuts.entries()) {
    runs += textRuns(p, at, cut);
    if (i < p.notes.length) runs += note(p.notes[i]!.id);
    at = cut;
  }
  return para(runs, style);
}

/** The text between two footnote marks, its run-in heading part bold. */
function textRuns(p: SourceParagraph, from: number, to: number): string {
  const bold = Math.min(Math.max(p.bold ?? 0, from), to);
  return run(p.text.slice(from, bold), '<w:b/>') + run(p.text.slice(bold, to));
}

function table(left: string[], right: string[]): string {
  const cell = (paras: string[], width: number) =>
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paras.join('') || '<w:p/>'}</w:tc>`;
  const props = '<w:tblPr><w:tblW w:w="9071" w:type="dxa"/><w:tblLook w:val="0000"/></w:tblPr>';
  const grid = '<w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="5071"/></w:tblGrid>';
  return `<w:tbl>${props}${grid}<w:tr>${cell(left, 4000)}${cell(right, 5071)}</w:tr></w:tbl>`;
}
