/** Checks every workbook of a batch, one at a time; a file that cannot be checked says why and the rest go on. */
import { validate } from '../check/validate.js';
import type { CompiledPack } from '../pack/compilePack.js';
import { detachedCopy } from '../workbook/detached.js';
import type { BatchProgress, BatchSource } from './batchSource.js';
import { errorText } from '../errors.js';
import type { BatchEntry } from './summary.js';

export async function checkBatch<F>(
  pack: CompiledPack,
  files: readonly F[],
  source: BatchSource<F>,
  progress?: BatchProgress,
): Promise<BatchEntry[]> {
  const entries: BatchEntry[] = [];
  for (const [i, file] of files.entries()) {
    entries.push(await checkOne(pack, file, source));
    await progress?.(i + 1, files.length, source.name(file));
  }
  return entries;
}

/** A workbook is dropped once checked; only a copy of its report is kept, holding none of its XML. */
async function checkOne<F>(pack: CompiledPack, file: F, source: BatchSource<F>): Promise<BatchEntry> {
  const name = source.name(file);
  try {
    return { file: name, report: detachedCopy(validate(pack, await source.read(file), name)) };
  } catch (e) {
    return { file: name, error: errorText(e, name) };
  }
}
