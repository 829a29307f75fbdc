/** Opens xlsx bytes with exceljs, turning whatever exceljs throws into UnreadableWorkbookError. */
import ExcelJS from 'exceljs';
import { UnreadableWorkbookError } from './errors.js';

export async function loadWorkbook(data: Uint8Array | ArrayBuffer, fileName: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as ArrayBuffer; its zip reader takes a Uint8Array as well.
    await workbook.xlsx.load(data as ArrayBuffer);
  } catch (cause) {
    throw new UnreadableWorkbookError(fileName, { cause });
  }
  // Any zip loads, a .docx too: a workbook without a worksheet is not an xlsx.
  if (workbook.worksheets.length === 0) throw new UnreadableWorkbookError(fileName);
  return workbook;
}
