/**
 * Reads xlsx bytes into the plain RawWorkbook the engine checks, with the values reader (reader/): it
 * loads no exceljs, reads any valid SpreadsheetML and refuses, in one sentence, what is damaged or too large.
 */
import type { RawWorkbook } from '../engine/index.js';
import { UnreadableWorkbookError, unreadableAs } from './errors.js';
import { readValues } from './reader/readValues.js';

/**
 * Throws UnreadableWorkbookError naming fileName when the bytes are not a readable xlsx (SaveAsXlsxError
 * when the name says it is a spreadsheet of another format), or the reader's limit errors.
 */
export async function readWorkbook(data: Uint8Array | ArrayBuffer, fileName: string): Promise<RawWorkbook> {
  try {
    return await readValues(data, fileName);
  } catch (e) {
    // An .xlsx merely named .xls is read all the same; a real .xls, .ods … is said to be one.
    throw e instanceof UnreadableWorkbookError ? unreadableAs(fileName, e) : e;
  }
}
