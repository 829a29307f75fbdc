/** The bytes of a workbook as exceljs writes them (a Buffer in Node, an ArrayBuffer in browsers). */
import type { Workbook } from 'exceljs';

export async function toBytes(workbook: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
