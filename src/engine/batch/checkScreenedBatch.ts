/**
 * A supervisor's batch as every adapter shows it: each unit checked, then its figures screened across the
 * units (and against their previous period when given), the unusual ones added to its report as warnings.
 */
import { screenBatch, withUnusual } from '../screen/screenBatch.js';
import type { UnitFigures } from '../screen/unitFigures.js';
import type { CompiledPack } from '../pack/compilePack.js';
import { checkBatch } from './checkBatch.js';
import type { BatchProgress, BatchSource } from './batchSource.js';
import type { BatchEntry } from './summary.js';

export async function checkScreenedBatch<F>(
  pack: CompiledPack,
  files: readonly F[],
  source: BatchSource<F>,
  progress?: BatchProgress,
  previous?: UnitFigures[],
): Promise<BatchEntry[]> {
  const figures: (UnitFigures | undefined)[] = [];
  const entries = await checkBatch(pack, files, source, progress, figures);
  const unusual = screenBatch(pack, figures, previous);
  return entries.map((e, i) => ('report' in e ? { file: e.file, report: withUnusual(e.report, unusual[i]!) } : e));
}
