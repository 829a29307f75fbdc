/** The bytes of a workbook as exceljs writes them (a Buffer in Node, an ArrayBuffer in browsers). */
import type { Workbook } from 'exceljs';
import { compactValidations } from './compactValidations.js';

export async function toBytes(workbook: Workbook): Promise<Uint8Array> {
  workbook.worksheets.forEach(compactValidations);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
