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

const pending = new WeakMap<File, Promise<void>>();

/**
 * The answer lands on the report shown for the same file when it comes, whichever that is by then (the
 * previous workbook's screen or an explanation may have replaced it). The page marks which thread localised
 * (`data-suspects-thread` on body), for the tests to tell.
 */
export function suspectsLater(page: StandalonePage, workbook: RawWorkbook): Promise<void> {
  const file = page.opened?.file;
  delete document.body.dataset.suspectsThread;
  if (!file) return Promise.resolve();
  const answered = landed(page, file, workbook);
  pending.set(file, answered);
  return answered;
}

/** Settles once the worker has answered for the file (at once when it was not asked). */
export const suspectsSettled = (file: File): Promise<void> => pending.get(file) ?? Promise.resolve();

async function landed(page: StandalonePage, file: File, workbook: RawWorkbook): Promise<void> {
  try {
    const { suspects, thread } = await suspectsInWorker(file.name, workbook);
    const now = page.opened;
    if (now?.file !== file) return;
    const report = { ...now.report, suspects };
    page.opened = { file, report };
    document.body.dataset.suspectsThread = thread;
    page.view.updateReport(report);
  } catch (e) {
    if (page.opened?.file === file) page.view.error(e);
  }
}
