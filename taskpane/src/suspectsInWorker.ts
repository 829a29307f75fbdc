/**
 * Error localisation off the page's thread: it can take tens of milliseconds on a province's workbook. One
 * Web Worker (dist-web/suspects-worker.js), started when first asked, is sent the workbook read as plain data.
 */
import { PlainError, type errorText, type RawWorkbook, type SuspectGroup } from '../../src/engine/index.js';

export interface SuspectsAsk {
  id: number;
  file: string;
  workbook: RawWorkbook;
}

/** `thread` is where localise ran, as the worker itself sees it. */
export type SuspectsAnswer = { id: number; thread: 'worker' | 'main' } & (
  { suspects: SuspectGroup[] } | { error: ReturnType<typeof errorText> }
);

export type Localised = { suspects: SuspectGroup[]; thread: SuspectsAnswer['thread'] };

const FAILED = {
  vi: 'Không tìm được các ô có thể sai: luồng tính riêng bị lỗi.',
  en: 'The likely wrong cells could not be found: the worker failed.',
};

/** What the worker said went wrong, as the page says errors. */
class LocaliseError extends PlainError {}

let worker: Worker | undefined;
let asked = 0;
const waiting = new Map<number, (answer: SuspectsAnswer) => void>();

export function suspectsInWorker(file: string, workbook: RawWorkbook): Promise<Localised> {
  worker ??= started();
  const id = ++asked;
  const ask: SuspectsAsk = { id, file, workbook };
  return new Promise((resolve, reject) => {
    waiting.set(id, (a) => ('error' in a ? reject(new LocaliseError(a.error)) : resolve(a)));
    worker!.postMessage(ask);
  });
}

function started(): Worker {
  const w = new Worker(new URL('suspects-worker.js', location.href), { type: 'module' });
  w.addEventListener('message', (e: MessageEvent<SuspectsAnswer>) => {
    waiting.get(e.data.id)?.(e.data);
    waiting.delete(e.data.id);
  });
  w.addEventListener('error', () => {
    waiting.forEach((answer, id) => answer({ id, thread: 'worker', error: FAILED }));
    waiting.clear();
    worker = undefined;
  });
  return w;
}
