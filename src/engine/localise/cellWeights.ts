/** The cost of blaming each input cell: its row's reliability times its column's (1 when the pack says none). */
import type { CompiledPack } from '../pack/compilePack.js';

export function cellWeights(pack: CompiledPack): Float64Array {
  const sheets = new Map(pack.pack.sheets.map((s) => [s.code, s]));
  return Float64Array.from(pack.slots, (slot) => {
    const sheet = sheets.get(slot.sheet);
    const row = sheet?.rows.find((r) => r.code === slot.row)?.reliability ?? 1;
    const col = sheet?.columns.find((c) => c.code === slot.col)?.reliability ?? 1;
    return row * col;
  });
}
