/** Reads a workbook file for checking; only ever opened for reading, never written back. */
import { readFile } from 'node:fs/promises';
import type { RawWorkbook } from '../engine/workbook.js';
import { CannotReadFileError } from './CannotReadFileError.js';
import { readWorkbook } from '../xlsx/readWorkbook.js';

export async function readWorkbookFile(path: string): Promise<RawWorkbook> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new CannotReadFileError(path, { cause: e });
  }
  return readWorkbook(bytes, path);
}
