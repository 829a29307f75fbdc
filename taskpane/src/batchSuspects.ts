/**
 * A batch's "Có thể sai" from the Web Worker: each workbook is posted to it as soon as it is read (the post
 * copies it, so the page keeps none), and its answer is put on that workbook's report once the batch is checked.
 */
import type { BatchEntry, BatchSource } from '../../src/engine/index.js';
import { browserFiles } from './standalonePage.js';
import { suspectsInWorker, type Localised } from './suspectsInWorker.js';

type Answer = Localised | { failed: unknown };

export interface Localising {
  source: BatchSource<File>;
  /**
   * The entries (in the order of `files`) with the worker's suspects on their reports; a file that could not
   * be checked gets none. `failed` is the first failure: those entries keep their findings, without suspects.
   */
  attached(
    files: readonly File[],
    entries: readonly BatchEntry[],
  ): Promise<{ entries: BatchEntry[]; failed?: unknown }>;
}

/** The page marks which threads localised (`data-suspects-thread` on body), for the tests to tell. */
export function localisingEach(): Localising {
  const asked = new Map<File, Promise<Answer>>();
  const source: BatchSource<File> = {
    ...browserFiles,
    read: async (file) => {
      const workbook = await browserFiles.read(file);
      // async: a worker that cannot start fails the ask, not the read
      const ask = async () => suspectsInWorker(file.name, workbook);
      asked.set(
        file,
        ask().catch((failed: unknown) => ({ failed })),
      );
      return workbook;
    },
  };
  delete document.body.dataset.suspectsThread;
  const attached: Localising['attached'] = async (files, entries) => {
    const answers = await Promise.all(entries.map((e, i) => ('report' in e ? asked.get(files[i]!) : undefined)));
    const failed = answers.find((a): a is { failed: unknown } => a !== undefined && 'failed' in a);
    const threads = new Set(answers.flatMap((a) => (a && 'thread' in a ? [a.thread] : [])));
    if (threads.size) document.body.dataset.suspectsThread = [...threads].join(' ');
    return {
      entries: entries.map((e, i) => {
        const a = answers[i];
        return 'report' in e && a && 'suspects' in a
          ? { file: e.file, report: { ...e.report, suspects: a.suspects } }
          : e;
      }),
      ...(failed && { failed: failed.failed }),
    };
  };
  return { source, attached };
}
