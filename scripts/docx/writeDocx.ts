/**
 * A minimal, valid .docx from WordprocessingML body XML and footnotes: the parts Word needs, heading and
 * footnote styles, and fixed document properties and zip dates, so the same input gives the same bytes.
 */
import JSZip from 'jszip';

export interface DocxParts {
  /** The children of w:body, as XML. */
  body: string;
  /** Footnotes by id (1, 2 …), each the XML of its paragraphs. */
  footnotes?: { id: string; xml: string }[];
  /** The whole of word/numbering.xml, when the body uses automatic numbering. */
  numbering?: string;
  title?: string;
  /** ISO time written as created and modified. */
  date?: string;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const FIXED = new Date('2018-06-19T00:00:00Z');

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export async function writeDocx(parts: DocxParts): Promise<Uint8Array> {
  const zip = new JSZip();
  const add = (path: string, text: string) => zip.file(path, text, { date: FIXED, createFolders: false });
  add('[Content_Types].xml', contentTypes(parts));
  add('_rels/.rels', rels([['officeDocument', 'word/document.xml'], ['metadata/core-properties', 'docProps/core.xml', 'http://schemas.openxmlformats.org/package/2006/relationships'], ['extended-properties', 'docProps/app.xml']]));
  add('docProps/core.xml', core(parts));
  add('docProps/app.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>kiembieu</Application></Properties>`);
  const wordRels: [string, string][] = [['styles', 'styles.xml'], ['settings', 'settings.xml'], ['footnotes', 'footnotes.xml']];
  if (parts.numbering) wordRels.push(['numbering', 'numbering.xml']);
  add('word/_rels/document.xml.rels', rels(wordRels));
  add('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${parts.body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>`);
  add('word/styles.xml', STYLES);
  add('word/settings.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="${W}"><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr></w:settings>`);
  add('word/footnotes.xml', footnotes(parts.footnotes ?? []));
  if (parts.numbering) add('word/numbering.xml', parts.numbering);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

function contentTypes(parts: DocxParts): string {
  const main = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
  const over = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${[
    over('word/document.xml', `${main}.document.main+xml`),
    over('word/styles.xml', `${main}.styles+xml`),
    over('word/settings.xml', `${main}.settings+xml`),
    over('word/footnotes.xml', `${main}.footnotes+xml`),
    ...(parts.numbering ? [over('word/numbering.xml', `${main}.numbering+xml`)] : []),
    over('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'),
    over('docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml'),
  ].join('')}</Types>`;
}

function rels(list: [string, string, string?][]): string {
  const items = list.map(([type, target, base], i) => `<Relationship Id="rId${i + 1}" Type="${base ?? `${R}`}/${type}" Target="${target}"/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
}

function core(parts: DocxParts): string {
  const date = parts.date ?? FIXED.toISOString().replace('.000', '');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(parts.title ?? '')}</dc:title><dc:creator>kiembieu</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified></cp:coreProperties>`;
}

function footnotes(notes: { id: string; xml: string }[]): string {
  const separators = `<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>`;
  const items = notes.map((n) => `<w:footnote w:id="${n.id}">${n.xml}</w:footnote>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="${W}" xmlns:r="${R}">${separators}${items}</w:footnotes>`;
}

const heading = (id: string, name: string, level: number, size: number) =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/><w:outlineLvl w:val="${level - 1}"/></w:pPr><w:rPr><w:b/><w:sz w:val="${size}"/></w:rPr></w:style>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="288" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>${heading('Heading1', 'heading 1', 1, 28)}${heading('Heading2', 'heading 2', 2, 28)}${heading('Heading3', 'heading 3', 3, 28)}<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style><w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>`;
