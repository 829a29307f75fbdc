/** Reads a written report for cross-checking: .docx by the docx adapter, .txt and .md as text; never written to. */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { plainTextDocument, type ProseDocument } from '../engine/index.js';
import { DocumentTooLargeError, EmptyDocumentError, SaveAsDocxError } from '../docx/errors.js';
import { readDocx } from '../docx/readDocx.js';
import { CannotReadFileError } from './CannotReadFileError.js';

/** A report is well under this; a larger file is refused before it is read. */
export const MAX_DOCUMENT_MB = 64;

export async function readDocumentFile(path: string): Promise<ProseDocument> {
  const ext = extname(path).toLowerCase();
  if (!['.docx', '.txt', '.md'].includes(ext)) throw new SaveAsDocxError(path);
  let bytes: Uint8Array;
  try {
    if ((await stat(path)).size > MAX_DOCUMENT_MB * 1024 * 1024) throw new DocumentTooLargeError(path, MAX_DOCUMENT_MB);
    bytes = await readFile(path);
  } catch (e) {
    if (e instanceof DocumentTooLargeError) throw e;
    throw new CannotReadFileError(path, { cause: e });
  }
  if (ext === '.docx') return readDocx(bytes, path);
  const doc = plainTextDocument(new TextDecoder().decode(bytes), ext === '.md');
  if (!doc.paragraphs.some((p) => p.text.trim())) throw new EmptyDocumentError(path);
  return doc;
}
