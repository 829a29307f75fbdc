/**
 * Opens xlsx bytes with exceljs, turning whatever exceljs throws into UnreadableWorkbookError, or into
 * SaveAsXlsxError when the name says the file is a spreadsheet of another format.
 */
import ExcelJS from 'exceljs';
import { SaveAsXlsxError, UnreadableWorkbookError } from './errors.js';
import { OTHER_SPREADSHEET } from './otherSpreadsheet.js';

export async function loadWorkbook(data: Uint8Array | ArrayBuffer, fileName: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as ArrayBuffer; its zip reader takes a Uint8Array as well.
    await workbook.xlsx.load(data as ArrayBuffer);
  } catch (cause) {
    throw unreadable(fileName, cause);
  }
  // Any zip loads, a .docx or an .ods too: a workbook without a worksheet is not an xlsx.
  if (workbook.worksheets.length === 0) throw unreadable(fileName);
  return workbook;
}

/** An .xlsx merely named .xls is read all the same; a real .xls, .ods … is said to be one. */
function unreadable(fileName: string, cause?: unknown): Error {
  const options = cause === undefined ? undefined : { cause };
  return OTHER_SPREADSHEET.test(fileName)
    ? new SaveAsXlsxError(fileName, options)
    : new UnreadableWorkbookError(fileName, options);
}
