/** Checks each input cell on its own: required cells filled, counts whole and not negative. */
import type { CompiledPack } from '../pack/compilePack.js';
import type { CellFinding } from './finding.js';
import { CellState, type SlotReadings } from '../workbook/readCells.js';

export function checkCells(pack: CompiledPack, values: SlotReadings): CellFinding[] {
  const out: CellFinding[] = [];
  const report = (code: CellFinding['code'], i: number, found: number | null) =>
    out.push({ code, rule: code, severity: 'error', cells: [values.cell(i)!], found });
  for (let i = 0; i < pack.slots.length; i++) {
    const slot = pack.slots[i]!;
    const state = values.state[i];
    const v = values.value[i]!;
    if (state === CellState.Blank && slot.required) report('required-blank', i, null);
    if (state !== CellState.Number || slot.kind !== 'count') continue;
    if (v < 0) report('negative', i, v);
    else if (!Number.isInteger(v)) report('not-whole', i, v);
  }
  return out;
}
