/** Checks each input cell on its own: required cells filled, counts whole and not negative. */
import type { CompiledPack } from '../pack/compilePack.js';
import type { BadCount, CellFinding } from './finding.js';
import { CellState, type SlotReadings } from '../workbook/readCells.js';

export function checkCells(pack: CompiledPack, values: SlotReadings): CellFinding[] {
  const out: CellFinding[] = [];
  const base = (i: number) => ({ severity: 'error' as const, cells: [values.cell(i)!] });
  const bad = (code: BadCount['code'], i: number, found: number) => out.push({ code, rule: code, ...base(i), found });
  for (let i = 0; i < pack.slots.length; i++) {
    const slot = pack.slots[i]!;
    const state = values.state[i];
    const v = values.value[i]!;
    if (state === CellState.Blank && slot.required)
      out.push({ code: 'required-blank', rule: 'required-blank', ...base(i), found: null });
    if (state !== CellState.Number || slot.kind !== 'count') continue;
    if (v < 0) bad('negative', i, v);
    else if (!Number.isInteger(v)) bad('not-whole', i, v);
  }
  return out;
}
