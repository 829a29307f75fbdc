/** The written report against the workbook open in Excel: read its template sheets (two syncs), cross-check. */
import { crosscheck, type CompiledPack, type ProseDocument, type ProseReport } from '../engine/index.js';
import { WORKBOOK_FILE } from './checkInExcel.js';
import { readExcelWorkbook } from './readExcelWorkbook.js';

export async function crosscheckInExcel(pack: CompiledPack, doc: ProseDocument, file: string): Promise<ProseReport> {
  const raw = await Excel.run(async (context) => {
    const read = await readExcelWorkbook(
      context,
      pack.pack.sheets.map((s) => s.name),
    );
    return read.raw;
  });
  return crosscheck(pack, doc, file, { file: WORKBOOK_FILE, workbook: raw });
}
