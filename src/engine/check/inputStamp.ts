/**
 * The stamp of a check: a hash of every input cell as typed, so a supervisor can tell whether the
 * figures changed after the workbook was checked. Cells are taken in pack order, by code, so inserted
 * rows or a renamed sheet do not change it; any edit to an input cell does.
 */
import type { CompiledPack } from '../pack/compilePack.js';
import { META_KEYS } from '../workbook/markers.js';
import type { Located } from '../workbook/locateTemplate.js';
import { sha256 } from './sha256.js';
import type { RawCell, RawWorkbook } from '../workbook/workbook.js';
import { EXPLANATION_PREFIX, readExplanations, type Explanation } from '../explain/explanation.js';

export type StampState = 'unchecked' | 'unchanged' | 'changed';

export interface Stamp {
  /** Stamp of the input cells as they are now. */
  value: string;
  state: StampState;
  /** When the stored stamp was made, if there is one. */
  checkedAt?: string;
}

/** Explanations of warnings are covered too: one edited after the check changes the stamp. */
export function inputStamp(pack: CompiledPack, located: Located, explanations: Explanation[] = []): string {
  const lines = pack.slots.map((slot, i) => {
    const at = located.positions[i];
    const text = at ? cellText(at.sheet.cells[at.rowIndex]?.[at.colIndex]) : '?';
    return `${slot.sheet}|${slot.row}|${slot.col}=${text}`;
  });
  for (const e of explanations) lines.push(`${EXPLANATION_PREFIX}${e.key}=${JSON.stringify([e.text, e.values])}`);
  return `sha256:${sha256(lines.join('\n'))}`;
}

export function stampOf(pack: CompiledPack, located: Located, wb: RawWorkbook): Stamp {
  const value = inputStamp(pack, located, readExplanations(wb.meta));
  const stored = wb.meta?.[META_KEYS.inputStamp];
  const checkedAt = wb.meta?.[META_KEYS.checkedAt];
  const state: StampState = !stored ? 'unchecked' : stored === value ? 'unchanged' : 'changed';
  return { value, state, ...(stored && checkedAt ? { checkedAt } : {}) };
}

function cellText(raw: RawCell | undefined): string {
  if (raw?.error) return `e${raw.error}`;
  const v = raw?.value ?? null;
  if (v === null || v === '') return '';
  return `${typeof v === 'number' ? 'n' : typeof v === 'boolean' ? 'b' : 's'}${String(v)}`;
}
