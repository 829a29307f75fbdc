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
const PKG = 'http://schemas.openxmlformats.org/package/2006';
const OFFICE = 'application/vnd.openxmlformats-officedocument';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const FIXED = new Date('2018-06-19T00:00:00Z');

export const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export async function writeDocx(parts: DocxParts): Promise<Uint8Array> {
  const zip = new JSZip();
  const add = (path: string, ...xml: string[]) => zip.file(path, HEAD + xml.join(''), { date: FIXED });
  add('[Content_Types].xml', contentTypes(parts));
  add(
    '_rels/.rels',
    rels([
      [`${R}/officeDocument`, 'word/document.xml'],
      [`${PKG}/relationships/metadata/core-properties`, 'docProps/core.xml'],
      [`${R}/extended-properties`, 'docProps/app.xml'],
    ]),
  );
  add('docProps/core.xml', core(parts));
  const app = 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties';
  add('docProps/app.xml', `<Properties xmlns="${app}"><Application>kiembieu</Application></Properties>`);
  const wordRels: [string, string][] = [
    [`${R}/styles`, 'styles.xml'],
    [`${R}/settings`, 'settings.xml'],
    [`${R}/footnotes`, 'footnotes.xml'],
  ];
  if (parts.numbering) wordRels.push([`${R}/numbering`, 'numbering.xml']);
  add('word/_rels/document.xml.rels', rels(wordRels));
  add(
    'word/document.xml',
    `<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>`,
    parts.body,
    PAGE,
    '</w:body></w:document>',
  );
  add('word/styles.xml', STYLES);
  add(
    'word/settings.xml',
    `<w:settings xmlns:w="${W}">`,
    '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/>',
    '</w:footnotePr></w:settings>',
  );
  add('word/footnotes.xml', footnotes(parts.footnotes ?? []));
  if (parts.numbering) zip.file('word/numbering.xml', parts.numbering, { date: FIXED });
  zip.forEach((_, entry) => (entry.date = FIXED)); // folders JSZip adds by itself are dated now
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

const PAGE = [
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>',
  '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/>',
  '</w:sectPr>',
].join('');

function contentTypes(parts: DocxParts): string {
  const ml = `${OFFICE}.wordprocessingml`;
  const over = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
  return [
    `<Types xmlns="${PKG}/content-types">`,
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    '<Default Extension="xml" ContentType="application/xml"/>',
    over('word/document.xml', `${ml}.document.main+xml`),
    over('word/styles.xml', `${ml}.styles+xml`),
    over('word/settings.xml', `${ml}.settings+xml`),
    over('word/footnotes.xml', `${ml}.footnotes+xml`),
    ...(parts.numbering ? [over('word/numbering.xml', `${ml}.numbering+xml`)] : []),
    over('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'),
    over('docProps/app.xml', `${OFFICE}.extended-properties+xml`),
    '</Types>',
  ].join('');
}

function rels(list: [string, string][]): string {
  const items = list.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`);
  return `<Relationships xmlns="${PKG}/relationships">${items.join('')}</Relationships>`;
}

function core(parts: DocxParts): string {
  const date = parts.date ?? FIXED.toISOString().replace('.000', '');
  const dated = (name: string) => `<dcterms:${name} xsi:type="dcterms:W3CDTF">${date}</dcterms:${name}>`;
  return [
    `<cp:coreProperties xmlns:cp="${PKG}/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"`,
    ' xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${esc(parts.title ?? '')}</dc:title><dc:creator>kiembieu</dc:creator>`,
    dated('created'),
    dated('modified'),
    '</cp:coreProperties>',
  ].join('');
}

function footnotes(notes: { id: string; xml: string }[]): string {
  const separator = (type: string, id: string) =>
    `<w:footnote w:type="${type}" w:id="${id}"><w:p><w:r><w:${type}/></w:r></w:p></w:footnote>`;
  const items = notes.map((n) => `<w:footnote w:id="${n.id}">${n.xml}</w:footnote>`).join('');
  const separators = separator('separator', '-1') + separator('continuationSeparator', '0');
  return `<w:footnotes xmlns:w="${W}" xmlns:r="${R}">${separators}${items}</w:footnotes>`;
}

const style = (type: string, id: string, name: string, inner: string) =>
  `<w:style w:type="${type}" w:styleId="${id}"><w:name w:val="${name}"/>${inner}</w:style>`;

const heading = (level: number) =>
  style(
    'paragraph',
    `Heading${level}`,
    `heading ${level}`,
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/>' +
      `<w:spacing w:before="120" w:after="60"/><w:outlineLvl w:val="${level - 1}"/></w:pPr><w:rPr><w:b/></w:rPr>`,
  );

const STYLES = [
  `<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr>`,
  '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/>',
  '<w:sz w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>',
  '<w:spacing w:after="120" w:line="288" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr></w:pPrDefault>',
  '</w:docDefaults>',
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>',
  heading(1),
  heading(2),
  heading(3),
  style('paragraph', 'Title', 'Title', '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/></w:pPr>'),
  style(
    'paragraph',
    'FootnoteText',
    'footnote text',
    '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>' +
      '<w:rPr><w:sz w:val="20"/></w:rPr>',
  ),
  style('character', 'FootnoteReference', 'footnote reference', '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'),
  '</w:styles>',
].join('');
