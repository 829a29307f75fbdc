/** Figures by code as the engine reads them from a workbook, without writing one: every cell a number. */
import type { CompiledPack, FindingCell } from '../../src/engine/index.js';
import type { SlotReadings } from '../../src/engine/workbook/readCells.js';

export type Figures = Float64Array;

/** The figures of a `Values` object, by slot. */
export function figuresOf(
  pack: CompiledPack,
  values: Record<string, Record<string, Record<string, unknown>>>,
): Figures {
  return Float64Array.from(pack.slots, (s) => Number(values[s.sheet]?.[s.row]?.[s.col] ?? 0));
}

export function readingsOf(pack: CompiledPack, figures: Figures): SlotReadings {
  const cell = (i: number): FindingCell => {
    const s = pack.slots[i]!;
    const sheetName = pack.pack.sheets.find((x) => x.code === s.sheet)!.name;
    return { sheet: s.sheet, sheetName, address: `${s.row}/${s.col}`, row: s.row, column: s.col, value: figures[i]! };
  };
  return { state: new Uint8Array(figures.length), value: Float64Array.from(figures), cell, findings: [] };
}
