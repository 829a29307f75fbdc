/** One unit's workbook checked, with the figures the batch's screens need; never throws. */
import { check, errorText, unitFigures, type BatchEntry, type CompiledPack, type UnitFigures } from '../../engine/index.js';
import { readWorkbookFile } from '../../node/readWorkbookFile.js';

export async function checkFigures(pack: CompiledPack, file: string): Promise<{ outcome: BatchEntry; figures?: UnitFigures }> {
  try {
    const { report, located, values } = check(pack, await readWorkbookFile(file), file);
    return { outcome: { file, report }, figures: unitFigures(pack, located, values, report.unit) };
  } catch (e) {
    return { outcome: { file, error: errorText(e, file) } };
  }
}
