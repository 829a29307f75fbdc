/** Reads a workbook file for checking; only ever opened for reading, never written back. */
import { readFile } from 'node:fs/promises';
import type { RawWorkbook } from '../engine/index.js';
import { readWorkbook } from '../xlsx/readWorkbook.js';
import { CannotReadFileError } from './CannotReadFileError.js';

/** Throws CannotReadFileError, or what readWorkbook throws (a file of another format: SaveAsXlsxError). */
export async function readWorkbookFile(path: string): Promise<RawWorkbook> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new CannotReadFileError(path, { cause: e });
  }
  return readWorkbook(bytes, path);
}
