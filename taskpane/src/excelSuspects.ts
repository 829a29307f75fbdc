/**
 * The pane in Excel: findings are shown and painted at once; the likely wrong cells when the Web Worker answers,
 * unless another check or a clear came first. `data-suspects="pending"` on body while the worker is asked.
 */
import type { RawWorkbook, SuspectGroup } from '../../src/engine/index.js';
import type { ExcelCheck } from '../../src/office/checkInExcel.js';
import { WORKBOOK_FILE } from '../../src/office/checkInExcel.js';
import { paintSuspectsInExcel } from '../../src/office/paintSuspectsInExcel.js';
import type { ExcelPane } from './excelMode.js';
import { suspectsInWorker } from './suspectsInWorker.js';

export async function suspectsLaterInExcel(pane: ExcelPane, result: ExcelCheck): Promise<void> {
  const at = pane.generation;
  const body = document.body.dataset;
  body.suspects = 'pending';
  delete body.suspectsThread;
  try {
    const { suspects, thread } = await suspectsInWorker(WORKBOOK_FILE, result.workbook);
    await pane.serial(async () => {
      if (pane.generation !== at) return;
      result.report.suspects = suspects;
      pane.originals = await paintSuspectsInExcel(result.report, result.located, pane.originals, result.locked);
      body.suspectsThread = thread;
      pane.view.updateReport(result.report, pane.pick);
    });
  } catch (e) {
    if (pane.generation === at) pane.view.error(e);
  } finally {
    if (pane.generation === at) delete body.suspects;
  }
}

/** A clear, or a check shown: an answer still on its way is for cells no longer shown. */
export function forgetSuspects(pane: ExcelPane): void {
  pane.generation++;
  delete document.body.dataset.suspects;
}

/** The likely wrong cells of the workbook as read, from the Web Worker: Xuất biểu đã kiểm's `localise`. */
export async function suspectsOfWorkbook(workbook: RawWorkbook): Promise<SuspectGroup[]> {
  return (await suspectsInWorker(WORKBOOK_FILE, workbook)).suspects;
}
