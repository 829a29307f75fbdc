/** Checks each input cell on its own: required cells filled, counts whole and not negative. */
import type { CompiledPack } from './compilePack.js';
import type { CellFinding } from './finding.js';
import { CellState, type CellValues } from './readCells.js';

export function checkCells(pack: CompiledPack, values: CellValues): CellFinding[] {
  const out: CellFinding[] = [];
  pack.slots.forEach((slot, i) => {
    const cell = values.cells[i];
    if (!cell) return;
    const state = values.state[i];
    const v = values.value[i]!;
    const finding = (code: CellFinding['code'], found: number | null): CellFinding => ({
      code,
      rule: code,
      severity: 'error',
      cells: [cell],
      found,
    });
    if (state === CellState.Blank && slot.required) out.push(finding('required-blank', null));
    if (state !== CellState.Number || slot.kind !== 'count') return;
    if (v < 0) out.push(finding('negative', v));
    else if (!Number.isInteger(v)) out.push(finding('not-whole', v));
  });
  return out;
}
