/**
 * Opens xlsx bytes with exceljs, turning whatever exceljs throws into UnreadableWorkbookError, or into
 * SaveAsXlsxError when the name says the file is a spreadsheet of another format.
 */
import ExcelJS from 'exceljs';
import { unreadableAs } from './errors.js';

export async function loadWorkbook(data: Uint8Array | ArrayBuffer, fileName: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as ArrayBuffer; its zip reader takes a Uint8Array as well.
    await workbook.xlsx.load(data as ArrayBuffer);
  } catch (cause) {
    throw unreadableAs(fileName, cause);
  }
  // Any zip loads, a .docx or an .ods too: a workbook without a worksheet is not an xlsx.
  if (workbook.worksheets.length === 0) throw unreadableAs(fileName);
  return workbook;
}
