/** The open workbook's unit and period, as its identity cells give them, read as a check reads the workbook. */
import { readIdentity, type CompiledPack, type UnitIdentity } from '../engine/index.js';
import { readExcelWorkbook } from './readExcelWorkbook.js';

export async function readUnitIdentity(pack: CompiledPack): Promise<UnitIdentity> {
  return Excel.run(async (context) => {
    const read = await readExcelWorkbook(
      context,
      pack.pack.sheets.map((s) => s.name),
    );
    return readIdentity(read.raw);
  });
}
