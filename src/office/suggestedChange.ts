/** Where a suspect's one suggested value goes: the cell the check located by its codes, and what it held. */
import { address, cellAt, heldNumber, type CompiledPack, type Located, type Suspect } from '../engine/index.js';

/** One cell to write, only while it still holds what the pane read (or wrote) there. */
export interface CellChange {
  sheetName: string;
  address: string;
  /** What the cell must hold before the write, as Excel reports it ('' when empty). */
  holds: number | string;
  /** What is written: the suggested number, or the value put back. */
  write: number | string;
}

/** Undefined when only a range is known, or the cell was not read as a figure. */
export function suggestedChange(pack: CompiledPack, located: Located, s: Suspect): CellChange | undefined {
  const slot = pack.slots[pack.slotOf(s.cell.sheet, s.cell.row, s.cell.column) ?? -1];
  const at = cellAt(located.grids.get(s.cell.sheet), s.cell.row, s.cell.column);
  if (s.suggested === null || !slot || !at) return undefined;
  const raw = at.sheet.cells[at.rowIndex]?.[at.colIndex];
  const holds = raw?.value ?? '';
  if (raw?.error || typeof holds === 'boolean') return undefined;
  return {
    sheetName: at.sheet.name,
    address: address(at.rowIndex, at.colIndex),
    holds,
    write: heldNumber(slot, s.suggested, raw?.numFmt),
  };
}
