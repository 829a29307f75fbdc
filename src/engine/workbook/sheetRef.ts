/** The `'Sheet name'!$A$1` notation of defined names. */
import type { CellRef } from './workbook.js';

/** A reference to one cell, e.g. sheetRef("Biểu 3a", 1, 1) is `'Biểu 3a'!$A$1`; row and col 1-based. */
export function sheetRef(sheetName: string, row: number, col: number): string {
  return `'${sheetName.replaceAll("'", "''")}'!$${columnLetters(col)}$${row}`;
}

/** The one cell a reference points at, 0-based; undefined for a range or anything else. */
export function parseSheetRef(ref: string): CellRef | undefined {
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
  if (!match) return undefined;
  const [, quoted, bare, letters = '', digits = ''] = match;
  const sheet = quoted?.replaceAll("''", "'") ?? bare ?? '';
  return { sheet, rowIndex: Number(digits) - 1, colIndex: columnNumber(letters) - 1 };
}

function columnLetters(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
}
