/** The reference pack, and workbooks made in memory from figures addressed by codes (scripts/data). */
import { checkedWorkbook as check } from '../../../src/engine/check/validate.js';
import type { CompiledPack } from '../../../src/engine/pack/compilePack.js';
import type { FiguresByCode as Values } from '../../../src/engine/batch/values.js';
import { defaultPackDir } from '../../../src/node/defaultPackDir.js';
import { loadPackDir } from '../../../src/node/loadPackDir.js';
import { rawWorkbook, type SheetValues } from '../fixtures.js';

export const reference: CompiledPack = await loadPackDir(defaultPackDir);

/** Checks figures as a workbook of the pack holding them would be checked. */
export function checkValues(pack: CompiledPack, data: Values) {
  return check(pack, rawWorkbook(pack.pack, data as Record<string, SheetValues>), 'test.xlsx');
}

/** A deep copy of the figures with some cells changed: [sheet, row, column, value]. */
export function withChanges(data: Values, changes: [string, string, string, number][]): Values {
  const out = structuredClone(data);
  for (const [sheet, row, col, v] of changes) out[sheet]![row]![col] = v;
  return out;
}
