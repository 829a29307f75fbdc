/**
 * A supervisor's batch as every adapter shows it: each unit checked, then its figures screened across the
 * units (and against its own earlier workbook among `previous`, when given), the unusual ones added to its
 * report as warnings, and what became of its previous period said in the report.
 */
import type { CheckOptions, Report } from '../check/validate.js';
import { pairPrevious, type PreviousFile, type PreviousUse } from '../screen/pairPrevious.js';
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
  previous?: PreviousFile[],
  options?: CheckOptions,
): Promise<BatchEntry[]> {
  const figures: (UnitFigures | undefined)[] = [];
  const entries = await checkBatch(pack, files, source, progress, figures, options);
  const uses = previous && pairPrevious(figures, previous);
  const unusual = screenBatch(
    pack,
    figures,
    uses?.map((u) => u?.figures),
  );
  return entries.map((e, i) => {
    if (!('report' in e)) return e;
    const use = uses?.[i];
    const report = withUnusual(e.report, unusual[i]!, use?.figures ? ['across', 'previous'] : ['across']);
    return { file: e.file, report: use ? { ...report, previous: usedAs(use) } : report };
  });
}

function usedAs({ figures: _, ...use }: PreviousUse): Report['previous'] {
  return use;
}
