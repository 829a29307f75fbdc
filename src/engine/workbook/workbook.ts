/** A workbook as an adapter hands it to the engine: plain values, no library objects. */

export type RawValue = number | string | boolean | null;

export interface RawCell {
  value: RawValue;
  /** Error value shown by the cell, e.g. "#REF!". */
  error?: string;
  /** Excel number format, used to tell 0.4834 shown as 48.34% from 48.34. */
  numFmt?: string;
}

export interface RawSheet {
  name: string;
  /** cells[r][c], 0-based; missing entries are empty cells. */
  cells: (RawCell | undefined)[][];
}

export interface CellRef {
  sheet: string;
  /** 0-based row and column in that sheet. */
  rowIndex: number;
  colIndex: number;
}

export interface RawWorkbook {
  sheets: RawSheet[];
  /** Defined names that point at one cell, e.g. KB_SHEET_PL1 -> the title cell of that sheet; without a prototype. */
  names: Record<string, CellRef>;
  /** Pack identity stored in the workbook, if any; without a prototype. */
  meta?: Record<string, string>;
}
