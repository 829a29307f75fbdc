/** Reads a workbook file for checking; only ever opened for reading, never written back. */
import { extname } from 'node:path';
import { PlainError, type RawWorkbook } from '../engine/index.js';
import { UnreadableWorkbookError } from '../xlsx/errors.js';
import { readWorkbook } from '../xlsx/readWorkbook.js';
import { LIMITS } from '../xlsx/reader/limits.js';
import { readRegularFile } from './readRegularFile.js';
import { OTHER_SPREADSHEET } from './listWorkbooks.js';

/** A spreadsheet saved in another format (.xls, .ods, …): the unit has to save it again as .xlsx. */
export class SaveAsXlsxError extends PlainError {
  constructor(
    readonly path: string,
    options?: ErrorOptions,
  ) {
    const ext = extname(path).toLowerCase();
    super(
      {
        vi: `Tệp "${path}" được lưu dạng ${ext}, không phải .xlsx: hãy mở tệp và lưu lại dưới dạng Sổ làm việc Excel (.xlsx).`,
        en: `"${path}" is saved as ${ext}, not .xlsx: open it and save it as an Excel Workbook (.xlsx).`,
      },
      options,
    );
  }
}

export async function readWorkbookFile(path: string): Promise<RawWorkbook> {
  const bytes = await readRegularFile(path, LIMITS.fileBytes);
  try {
    return await readWorkbook(bytes, path);
  } catch (e) {
    // An .xlsx merely named .xls is read all the same; a real .xls, .ods … is said to be one.
    if (e instanceof UnreadableWorkbookError && OTHER_SPREADSHEET.test(path)) throw new SaveAsXlsxError(path, { cause: e });
    throw e;
  }
}
