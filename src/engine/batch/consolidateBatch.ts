/** Adds up every workbook of a batch, one at a time; the first that cannot be read or used refuses the whole batch. */
import { PlainError } from '../errors.js';
import type { CompiledPack } from '../pack/compilePack.js';
import type { UnitIdentity } from '../workbook/unitIdentity.js';
import type { BatchProgress, BatchSource } from './batchSource.js';
import { ConsolidationRefused, Consolidator, type Consolidated } from './consolidate.js';

/** Throws ConsolidationRefused naming the file; `identity` names the consolidating unit. */
export async function consolidateBatch<F>(
  pack: CompiledPack,
  files: readonly F[],
  source: BatchSource<F>,
  identity: Partial<UnitIdentity> = {},
  progress?: BatchProgress,
): Promise<Consolidated> {
  const consolidator = new Consolidator(pack);
  for (const [i, file] of files.entries()) {
    const name = source.name(file);
    const workbook = await source.read(file).catch((e: unknown) => {
      throw e instanceof PlainError ? ConsolidationRefused.unusable(name, e.text) : e;
    });
    consolidator.add(workbook, name);
    await progress?.(i + 1, files.length, name);
  }
  return consolidator.result(identity);
}
