/**
 * What the screens need of one unit's workbook, kept after the workbook is dropped: every input cell's
 * number and place, and the pack's ratios worked out. A batch holds one of these per unit.
 */
import { address } from '../workbook/address.js';
import { detached } from '../workbook/detached.js';
import type { CompiledPack } from '../pack/compilePack.js';
import type { FindingCell } from '../check/finding.js';
import type { Located } from '../workbook/locateTemplate.js';
import { CellState, type SlotReadings } from '../workbook/readCells.js';
import type { UnitIdentity } from '../workbook/unitIdentity.js';
import type { CompiledRatio } from './compileScreens.js';

export interface UnitFigures {
  unit: UnitIdentity;
  state: Uint8Array;
  value: Float64Array;
  /** 0-based row and column of each input cell; -1 where the template part is missing. */
  row: Int32Array;
  col: Int32Array;
  /** Tab names by sheet code. */
  sheetNames: Map<string, string>;
  /** Each ratio of the pack, NaN where the unit gives none. */
  ratios: Float64Array;
}

export function unitFigures(
  pack: CompiledPack,
  located: Located,
  values: SlotReadings,
  unit: UnitIdentity,
): UnitFigures {
  const n = pack.slots.length;
  const row = new Int32Array(n).fill(-1);
  const col = new Int32Array(n).fill(-1);
  located.positions.forEach((at, i) => {
    if (!at) return;
    row[i] = at.rowIndex;
    col[i] = at.colIndex;
  });
  const sheetNames = new Map([...located.grids].map(([code, grid]) => [code, detached(grid.sheet.name)]));
  const ratios = Float64Array.from(pack.screens.ratios, (r) => ratioValue(r, values.state, values.value));
  const who = { name: detached(unit.name), code: detached(unit.code), period: detached(unit.period) };
  return { unit: who, state: values.state.slice(), value: values.value.slice(), row, col, sheetNames, ratios };
}

/** The ratio over a unit's cells: NaN when a cell is not a number, or the denominator is not above its least. */
export function ratioValue(r: CompiledRatio, state: ArrayLike<number>, value: Float64Array): number {
  for (const s of r.slots) if (state[s] !== CellState.Number) return NaN;
  const top = r.numerator(value, value).lo;
  if (!r.denominator) return top * r.scale;
  const base = r.denominator(value, value).lo;
  if (!(base > 0) || base < r.minBase) return NaN;
  return (top / base) * r.scale;
}

/** A cell of the unit as findings name it; undefined when its place was not found. */
export function figureCell(pack: CompiledPack, f: UnitFigures, i: number): FindingCell | undefined {
  if (f.row[i]! < 0) return undefined;
  const slot = pack.slots[i]!;
  return {
    sheet: slot.sheet,
    sheetName: f.sheetNames.get(slot.sheet) ?? slot.sheet,
    address: address(f.row[i]!, f.col[i]!),
    row: slot.row,
    column: slot.col,
    value: f.state[i] === CellState.Number ? f.value[i]! : null,
  };
}
