/** Checks every workbook of a batch, one at a time; a file that cannot be checked says why and the rest go on. */
import { checkedWorkbook, type CheckOptions } from '../check/validate.js';
import { unitFigures, type UnitFigures } from '../screen/unitFigures.js';
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
  figures?: (UnitFigures | undefined)[],
  options?: CheckOptions,
): Promise<BatchEntry[]> {
  const entries: BatchEntry[] = [];
  for (const [i, file] of files.entries()) {
    entries.push(await checkOne(pack, file, source, figures, options));
    await progress?.(i + 1, files.length, source.name(file));
  }
  return entries;
}

/**
 * A workbook is dropped once checked; only a copy of its report is kept, holding none of its XML, and,
 * when asked for, the figures the batch's screens need (undefined for a file that could not be checked).
 */
async function checkOne<F>(
  pack: CompiledPack,
  file: F,
  source: BatchSource<F>,
  figures?: (UnitFigures | undefined)[],
  options?: CheckOptions,
): Promise<BatchEntry> {
  const name = source.name(file);
  try {
    const { report, located, values } = checkedWorkbook(pack, await source.read(file), name, options);
    figures?.push(unitFigures(pack, located, values, report.unit));
    return { file: name, report: detachedCopy(report) };
  } catch (e) {
    figures?.push(undefined);
    return { file: name, error: errorText(e, name) };
  }
}
