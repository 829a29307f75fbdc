/** Reads a workbook file for checking; only ever opened for reading, never written back. */
import type { RawWorkbook } from '../engine/index.js';
import { readWorkbook } from '../xlsx/readWorkbook.js';
import { LIMITS } from '../xlsx/reader/limits.js';
import { readRegularFile } from './readRegularFile.js';

/** Throws what readRegularFile or readWorkbook throw (a file of another format: SaveAsXlsxError). */
export async function readWorkbookFile(path: string): Promise<RawWorkbook> {
  return readWorkbook(await readRegularFile(path, LIMITS.fileBytes), path);
}
