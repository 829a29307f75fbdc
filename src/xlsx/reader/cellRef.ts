/**
 * A1 references of cells and rows as a sheet part writes them,
 * refused beyond Excel's grid before anything is made for them.
 */
import { LIMITS } from './limits.js';

/** 0-based row and column of "B12"; undefined when it is no reference; Infinity where it lies beyond the grid. */
export function cellPlace(ref: string): { rowIndex: number; colIndex: number } | undefined {
  // Most references are plain "B12": read without a regular expression, the rest as before.
  let at = 0;
  let col = 0;
  for (; at < ref.length && at < 4; at++) {
    const c = ref.charCodeAt(at);
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  if (at > 0 && at < 4 && at < ref.length) {
    let row = 0;
    let end = at;
    for (; end < ref.length && end - at < 8; end++) {
      const d = ref.charCodeAt(end) - 48;
      if (d < 0 || d > 9) break;
      row = row * 10 + d;
    }
    if (end === ref.length && end - at < 8 && ref.charCodeAt(at) !== 48) {
      return {
        rowIndex: row <= LIMITS.rows ? row - 1 : Infinity,
        colIndex: col <= LIMITS.columns ? col - 1 : Infinity,
      };
    }
  }
  const match = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(ref);
  if (!match) return undefined;
  const [, letters = '', digits = ''] = match;
  return { rowIndex: rowIndexOf(digits), colIndex: colIndexOf(letters) };
}

/** 0-based row of "12"; Infinity beyond the grid, NaN when it is no row number. */
export function rowIndexOf(digits: string): number {
  if (!/^\d+$/.test(digits)) return NaN;
  const row = digits.length > 7 ? Infinity : Number(digits);
  return row >= 1 && row <= LIMITS.rows ? row - 1 : Infinity;
}

function colIndexOf(letters: string): number {
  if (letters.length > 3) return Infinity;
  let col = 0;
  for (const letter of letters.toUpperCase()) col = col * 26 + letter.charCodeAt(0) - 64;
  return col <= LIMITS.columns ? col - 1 : Infinity;
}
