/** The input cells next to one: the rows above and below, the columns left and right, on its sheet. */
import type { CompiledPack } from '../pack/compilePack.js';

export function neighbourSlots(pack: CompiledPack, slot: number): number[] {
  const { sheet, row, col } = pack.slots[slot]!;
  const spec = pack.pack.sheets.find((s) => s.code === sheet);
  if (!spec) return [];
  const r = spec.rows.findIndex((x) => x.code === row);
  const c = spec.columns.findIndex((x) => x.code === col);
  const at = (ri: number, ci: number) => {
    const rowCode = spec.rows[ri]?.code;
    const colCode = spec.columns[ci]?.code;
    return rowCode && colCode ? pack.slotOf(sheet, rowCode, colCode) : undefined;
  };
  return [at(r - 1, c), at(r + 1, c), at(r, c - 1), at(r, c + 1)].filter((s): s is number => s !== undefined);
}
