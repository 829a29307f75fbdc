import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  DocumentTooLargeError,
  EmptyDocumentError,
  EncryptedDocumentError,
  SaveAsDocxError,
  UnreadableDocumentError,
} from '../../src/docx/errors.js';
import { MAX_PART_MB, readDocx } from '../../src/docx/readDocx.js';
import { writeDocx } from '../../scripts/docx/writeDocx.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/bao-cao-kon-tum-2017.docx', import.meta.url));
const p = (inner: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inner}</w:p>`;
const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

describe('readDocx on the example report', () => {
  it('reads headings with their level, table cells, and the footnotes where they are cited', async () => {
    const doc = await readDocx(readFileSync(EXAMPLE), 'bao-cao.docx');
    expect(doc.footnotes).toHaveLength(19);
    expect(doc.paragraphs.filter((x) => x.heading === 1).map((x) => x.text)).toContain('II. KẾT QUẢ THỰC HIỆN');
    expect(doc.paragraphs.filter((x) => x.heading === 2).map((x) => x.text)).toContain('1. Đặc điểm, tình hình');
    expect(doc.paragraphs.find((x) => x.table)?.text).toBe('TỈNH UỶ KON TUM');
    const opening = doc.paragraphs.find((x) => x.text.startsWith('Kon Tum là tỉnh miền núi'))!;
    expect(opening.notes).toHaveLength(3);
    const before = opening.text.slice(0, opening.notes![1]!.at);
    expect(before.endsWith('698 tổ chức cơ sở đảng (TCCSĐ)')).toBe(true);
    expect(doc.footnotes.find((f) => f.id === opening.notes![1]!.id)?.text).toBe(
      'Gồm: 188 Đảng bộ cơ sở và 510 chi bộ cơ sở.',
    );
  });
});

describe('readDocx reads a document as it prints', () => {
  it('keeps inserted text and leaves out deleted and moved-away text and field codes', async () => {
    const body = p(
      `${r('Có ')}<w:del w:id="1" w:author="a"><w:r><w:delText>27.023</w:delText></w:r></w:del>` +
        `<w:ins w:id="2" w:author="a">${r('26.773')}</w:ins>${r(' đảng viên')}` +
        `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>` +
        `<w:r><w:fldChar w:fldCharType="end"/></w:r><w:moveFrom w:id="3" w:author="a">${r(' cũ')}</w:moveFrom>`,
    );
    const doc = await readDocx(await writeDocx({ body }), 't.docx');
    expect(doc.paragraphs[0]!.text).toBe('Có 26.773 đảng viên');
  });

  it('writes out automatic numbering as printed: I., 1., 2.1.', async () => {
    const lvl = (i: number, fmt: string, text: string) =>
      `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
    const numbering =
      '<?xml version="1.0" encoding="UTF-8"?>' +
      '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'decimal', '%2.')}` +
      `${lvl(2, 'decimal', '%2.%3.')}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>';
    const num = (ilvl: number) =>
      `<w:pStyle w:val="Heading${ilvl + 1}"/><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr>`;
    const body = [
      p(r('Tình hình'), num(0)),
      p(r('Kết quả'), num(0)),
      p(r('Về công tác'), num(1)),
      p(r('Về tổ chức'), num(1)),
      p(r('Kết quả hoàn thiện'), num(2)),
    ].join('');
    const doc = await readDocx(await writeDocx({ body, numbering }), 't.docx');
    expect(doc.paragraphs.map((x) => [x.heading, x.text])).toEqual([
      [1, 'I. Tình hình'],
      [1, 'II. Kết quả'],
      [2, '1. Về công tác'],
      [2, '2. Về tổ chức'],
      [3, '2.1. Kết quả hoàn thiện'],
    ]);
  });
});

describe('readDocx refuses what it cannot read, in one sentence', () => {
  const refusal = async (bytes: Uint8Array) =>
    readDocx(bytes, 'bao-cao.docx').then(
      () => undefined,
      (e: Error) => e,
    );

  it('bytes that are no zip', async () => {
    const e = await refusal(new TextEncoder().encode('không phải tệp Word'));
    expect(e).toBeInstanceOf(UnreadableDocumentError);
    expect((e as UnreadableDocumentError).text.vi).toContain('"bao-cao.docx"');
  });

  it('a zip that is not a Word document (an .xlsx)', async () => {
    const xlsx = readFileSync(fileURLToPath(new URL('../../examples/clean-district.xlsx', import.meta.url)));
    expect(await refusal(xlsx)).toBeInstanceOf(UnreadableDocumentError);
  });

  it('an encrypted document, and a Word 97–2003 .doc', async () => {
    const ole = (extra: string) =>
      new Uint8Array([
        0xd0,
        0xcf,
        0x11,
        0xe0,
        0xa1,
        0xb1,
        0x1a,
        0xe1,
        ...[...extra].flatMap((c) => [c.charCodeAt(0), 0]),
      ]);
    expect(await refusal(ole('EncryptedPackage'))).toBeInstanceOf(EncryptedDocumentError);
    expect(await refusal(ole('WordDocument'))).toBeInstanceOf(SaveAsDocxError);
  });

  it('a document with no text', async () => {
    expect(await refusal(await writeDocx({ body: '<w:p/>' }))).toBeInstanceOf(EmptyDocumentError);
  });

  it('a document whose text is too large, before inflating it', async () => {
    const zip = await JSZip.loadAsync(await writeDocx({ body: p(r('x')) }));
    zip.file('word/document.xml', ' '.repeat(MAX_PART_MB * 1024 * 1024 + 1));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
    expect(await refusal(bytes)).toBeInstanceOf(DocumentTooLargeError);
  });

  it('a damaged part', async () => {
    const zip = await JSZip.loadAsync(await writeDocx({ body: p(r('x')) }));
    zip.file('word/document.xml', '<w:document><w:body><w:p></w:body>');
    expect(await refusal(await zip.generateAsync({ type: 'uint8array' }))).toBeInstanceOf(UnreadableDocumentError);
  });
});

describe('writeDocx', () => {
  it('gives the same bytes every time', async () => {
    const body = p(r('Có 15 đảng bộ trực thuộc'));
    expect(Buffer.from(await writeDocx({ body })).equals(Buffer.from(await writeDocx({ body })))).toBe(true);
  });
});
