/** The cost of blaming each input cell: its row's reliability times its column's (1 when the pack says none). */
import type { CompiledPack } from '../pack/compilePack.js';

export function cellWeights(pack: CompiledPack): Float64Array {
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  for (const sheet of pack.pack.sheets) {
    for (const r of sheet.rows) rows.set(`${sheet.code}\u0000${r.code}`, r.reliability ?? 1);
    for (const c of sheet.columns) cols.set(`${sheet.code}\u0000${c.code}`, c.reliability ?? 1);
  }
  return Float64Array.from(
    pack.slots,
    (s) => (rows.get(`${s.sheet}\u0000${s.row}`) ?? 1) * (cols.get(`${s.sheet}\u0000${s.col}`) ?? 1),
  );
}
