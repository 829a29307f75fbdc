/**
 * Reads xlsx bytes into the plain RawWorkbook the engine checks, with the values reader (reader/): it
 * loads no exceljs, reads any valid SpreadsheetML and refuses, in one sentence, what is damaged or too large.
 */
import type { RawWorkbook } from '../engine/index.js';
import { readValues } from './reader/readValues.js';

/** Throws UnreadableWorkbookError, naming fileName, when the bytes are not a readable xlsx, or the reader's limit errors. */
export async function readWorkbook(data: Uint8Array | ArrayBuffer, fileName: string): Promise<RawWorkbook> {
  return readValues(data, fileName);
}
