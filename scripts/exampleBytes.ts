/**
 * An example workbook's bytes, the same from run to run: its document properties and the dates of the parts in
 * its zip are one fixed time (exceljs writes the time of writing into both), so `npm run examples` changes a
 * tracked file only when its content changes.
 */
import type { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { toBytes } from '../src/xlsx/toBytes.js';

/** When the examples' template pack was published (NQ 22 is of 2018); any fixed time would do. */
export const EXAMPLES_MADE_AT = new Date('2018-06-05T00:00:00.000Z');

export async function exampleBytes(workbook: Workbook): Promise<Uint8Array> {
  workbook.created = EXAMPLES_MADE_AT;
  workbook.modified = EXAMPLES_MADE_AT;
  const zip = await JSZip.loadAsync(await toBytes(workbook));
  zip.forEach((_, entry) => (entry.date = EXAMPLES_MADE_AT));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
