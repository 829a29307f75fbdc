/**
 * A .docx, as bytes, read into the engine's ProseDocument: paragraphs and table cells in order, headings
 * with their level and printed numbers, footnotes (and endnotes) and where each is cited. Tracked changes
 * read as the document prints: insertions in, deletions out. JSZip opens the package, saxes parses its
 * parts; no file system, so the browser page uses it as the command line does.
 */
import JSZip from 'jszip';
import type { ProseDocument, ProseFootnote, ProseParagraph } from '../engine/index.js';
import {
  DocumentTooLargeError,
  EmptyDocumentError,
  EncryptedDocumentError,
  SaveAsDocxError,
  UnreadableDocumentError,
} from './errors.js';
import { numbering, type Numbering } from './numbering.js';
import { headingStyles, type Styles } from './styles.js';
import { paragraphText } from './paragraphText.js';
import { child, elements, parseXml, type XmlElement } from './xmlTree.js';

/** The text parts read, uncompressed: a report is well under a megabyte; this allows any real one. */
export const MAX_PART_MB = 32;
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

export async function readDocx(bytes: Uint8Array, fileName: string): Promise<ProseDocument> {
  if (OLE.every((b, i) => bytes[i] === b)) throw oleError(bytes, fileName);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (cause) {
    throw new UnreadableDocumentError(fileName, { cause });
  }
  const part = async (path: string) => readPart(zip, path, fileName);
  const document = await part('word/document.xml');
  if (!document) throw new UnreadableDocumentError(fileName);
  const styles = headingStyles(await part('word/styles.xml'));
  const lists = numbering(await part('word/numbering.xml'));
  const body = child(document, 'w:body');
  const paragraphs = body ? blocks(body, styles, lists, false) : [];
  const footnotes = [
    ...notes(await part('word/footnotes.xml'), 'w:footnote', ''),
    ...notes(await part('word/endnotes.xml'), 'w:endnote', 'e'),
  ];
  if (![...paragraphs, ...footnotes].some((p) => p.text.trim())) throw new EmptyDocumentError(fileName);
  return { paragraphs, footnotes };
}

/** An encrypted .docx is an OLE container holding "EncryptedPackage"; any other OLE file is a .doc. */
function oleError(bytes: Uint8Array, fileName: string): Error {
  const marker = [...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]);
  const head = bytes.subarray(0, Math.min(bytes.length, 1 << 20));
  for (let i = 0; i + marker.length <= head.length; i++) {
    if (marker.every((b, j) => head[i + j] === b)) return new EncryptedDocumentError(fileName);
  }
  return new SaveAsDocxError(fileName);
}

async function readPart(zip: JSZip, path: string, fileName: string): Promise<XmlElement | undefined> {
  const entry = zip.file(path);
  if (!entry) return undefined;
  const size = (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  if (size > MAX_PART_MB * 1024 * 1024) throw new DocumentTooLargeError(fileName, MAX_PART_MB);
  const text = await entry.async('string');
  if (text.length > MAX_PART_MB * 1024 * 1024) throw new DocumentTooLargeError(fileName, MAX_PART_MB);
  try {
    return parseXml(text);
  } catch (cause) {
    throw new UnreadableDocumentError(fileName, { cause });
  }
}

function blocks(container: XmlElement, styles: Styles, lists: Numbering, table: boolean): ProseParagraph[] {
  return elements(container).flatMap((e) => {
    if (e.name === 'w:p') return [paragraph(e, styles, lists, table)];
    if (e.name === 'w:tbl')
      return elements(e, 'w:tr').flatMap((tr) => elements(tr, 'w:tc').flatMap((tc) => blocks(tc, styles, lists, true)));
    if (e.name === 'w:sdt') return blocks(child(e, 'w:sdtContent') ?? e, styles, lists, table);
    if (e.name === 'w:customXml' || e.name === 'w:ins' || e.name === 'w:moveTo') return blocks(e, styles, lists, table);
    return [];
  });
}

function paragraph(p: XmlElement, styles: Styles, lists: Numbering, table: boolean): ProseParagraph {
  const pPr = child(p, 'w:pPr');
  const style = child(pPr, 'w:pStyle')?.attrs['w:val'];
  const outline = child(pPr, 'w:outlineLvl')?.attrs['w:val'];
  const heading = outline !== undefined ? Number(outline) + 1 : style ? styles.level.get(style) : undefined;
  const numPr = child(pPr, 'w:numPr') ?? (style ? styles.numPr.get(style) : undefined);
  const numId = child(numPr, 'w:numId')?.attrs['w:val'];
  const label = numId && numId !== '0' ? lists.next(numId, Number(child(numPr, 'w:ilvl')?.attrs['w:val'] ?? 0)) : '';
  const { text, notes } = paragraphText(p);
  const prefix = label ? `${label} ` : '';
  return {
    text: prefix + text,
    ...(heading ? { heading } : {}),
    ...(notes.length ? { notes: notes.map((n) => ({ id: n.id, at: n.at + prefix.length })) } : {}),
    ...(table ? { table } : {}),
  };
}

function notes(root: XmlElement | undefined, name: string, prefix: string): ProseFootnote[] {
  if (!root) return [];
  return elements(root, name)
    .filter((n) => !n.attrs['w:type'] || n.attrs['w:type'] === 'normal')
    .map((n) => ({
      id: prefix + n.attrs['w:id'],
      text: elements(n, 'w:p')
        .map((p) => paragraphText(p).text.trim())
        .join(' '),
    }));
}
