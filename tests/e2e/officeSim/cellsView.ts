/** A set of cells on one sheet (a range, or the areas of a RangeAreas), read and written cell by cell. */
import { areaCols, areaRows, type Area } from './a1.js';
import { simError } from './errors.js';
import { book, type Cell, type Sheet } from './model.js';

export interface Cells {
  sheet: Sheet;
  areas: Area[];
}

/** Refuses loads Excel would refuse for their size (a whole column of values, say). */
const LOAD_LIMIT = 2_000_000;

export function cellCount(cells: Cells): number {
  return cells.areas.reduce((n, area) => n + areaRows(area) * areaCols(area), 0);
}

export function assertLoadable(area: Area, where: string): void {
  if (areaRows(area) * areaCols(area) > LOAD_LIMIT) {
    throw simError('ResponsePayloadSizeLimitExceeded', 'The range is too large to load cell by cell.', where);
  }
}

/** A 2-D array of one property of every cell, empty cells included. */
export function grid<T>(
  sheet: Sheet,
  area: Area,
  read: (cell: Cell | undefined, r: number, c: number) => T,
  where: string,
): T[][] {
  assertLoadable(area, where);
  const rows: T[][] = [];
  for (let r = area.r0; r <= area.r1; r++) {
    const row: T[] = [];
    for (let c = area.c0; c <= area.c1; c++) row.push(read(sheet.cell(r, c), r, c));
    rows.push(row);
  }
  return rows;
}

/** The property when every cell has the same, else null (Excel's answer for a mixed range). */
export function uniform<T>(cells: Cells, read: (cell: Cell | undefined) => T): T | null {
  let seen = false;
  let result: T | null = null;
  const take = (value: T): boolean => {
    if (!seen) {
      seen = true;
      result = value;
      return true;
    }
    return result === value;
  };
  for (const area of cells.areas) {
    let stored = 0;
    for (const [, , cell] of cells.sheet.storedCells(area)) {
      stored++;
      if (!take(read(cell))) return null;
    }
    if (stored < areaRows(area) * areaCols(area) && !take(read(undefined))) return null;
  }
  return result;
}

/** Applies a change to every cell of the areas (creating them), and forgets cells left empty. */
export function eachCell(cells: Cells, change: (cell: Cell, r: number, c: number) => void): void {
  book.live(cells.sheet);
  for (const area of cells.areas) {
    for (let r = area.r0; r <= area.r1; r++) {
      for (let c = area.c0; c <= area.c1; c++) {
        change(cells.sheet.touch(r, c), r, c);
        cells.sheet.prune(r, c);
      }
    }
  }
}

/**
 * The entry of an input for each cell: a 2-D array of the range's shape, or one value for every cell.
 * InvalidArgument when the shape differs, as Excel says.
 */
export function entries(input: unknown, area: Area, where: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows = areaRows(area);
  const cols = areaCols(area);
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw simError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`,
      where,
    );
  }
  return (r, c) => (input[r - area.r0] as unknown[])[c - area.c0];
}
