/** The page's opened workbook: findings are shown at once, "Có thể sai" when the Web Worker answers. */
import type { BatchSource, RawWorkbook } from '../../src/engine/index.js';
import { browserFiles, type StandalonePage } from './standalonePage.js';
import { suspectsInWorker } from './suspectsInWorker.js';

/** The browser's files, keeping the last workbook read, to be sent to the worker. */
export function keepingRead(): { source: BatchSource<File>; last: () => RawWorkbook | undefined } {
  let last: RawWorkbook | undefined;
  const source = { ...browserFiles, read: async (file: File) => (last = await browserFiles.read(file)) };
  return { source, last: () => last };
}

/** The page marks which thread localised (`data-suspects-thread` on body), for the tests to tell. */
export async function suspectsLater(page: StandalonePage, workbook: RawWorkbook): Promise<void> {
  const opened = page.opened;
  delete document.body.dataset.suspectsThread;
  if (!opened) return;
  try {
    const { suspects, thread } = await suspectsInWorker(opened.file.name, workbook);
    if (page.opened !== opened) return;
    opened.report.suspects = suspects;
    document.body.dataset.suspectsThread = thread;
    page.view.showReport(opened.report);
  } catch (e) {
    if (page.opened === opened) page.view.error(e);
  }
}
