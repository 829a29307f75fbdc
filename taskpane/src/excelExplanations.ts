/** Saving an explanation in Excel: written to the meta sheet, then the workbook checked again to show it counted. */
import { checkInExcel } from '../../src/office/checkInExcel.js';
import { writeExplanation } from '../../src/office/writeExplanation.js';
import type { ExcelPane } from './excelMode.js';
import type { SaveExplanation } from './explanationsView.js';

export function explainInExcel(pane: ExcelPane): SaveExplanation {
  return (f, text) =>
    pane.serial(async () => {
      const write = async () => (await writeExplanation(f, text, new Date().toISOString()), true);
      if (!(await pane.view.busy((s) => s.exporting, write))) return;
      const again = () => checkInExcel(pane.pack, pane.originals, true, pane.previous);
      pane.show(await pane.view.busy((s) => s.checking, again));
    });
}
