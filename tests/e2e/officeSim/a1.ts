/** A1 addresses: parsing "B7", "$B$7:D9", "A:C", "2:4", "'Biểu 1'!B7", and writing them back as Excel does. */
import { simError } from './errors.js';

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** A rectangle of cells, 0-based and inclusive. */
export interface Area {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/** Splits an optional sheet prefix off an address: "'Biểu 1'!B7" → ["Biểu 1", "B7"]. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const text = address.trim().replace(/^=/, '');
  const quoted = /^'((?:[^']|'')+)'!(.*)$/.exec(text);
  if (quoted) return { sheet: (quoted[1] ?? '').replaceAll("''", "'"), local: quoted[2] ?? '' };
  const bare = /^([^'!:]+)!(.*)$/.exec(text);
  if (bare) return { sheet: bare[1], local: bare[2] ?? '' };
  return { local: text };
}

/** One rectangle, without a sheet prefix. Throws InvalidArgument for anything else. */
export function parseArea(text: string): Area {
  const [from = '', to, extra] = text.trim().split(':');
  if (extra !== undefined || from === '') throw badAddress(text);
  const a = parseEnd(from, text);
  const b = to === undefined ? a : parseEnd(to, text);
  if (a.kind !== b.kind) throw badAddress(text);
  const area: Area = {
    r0: Math.min(a.r0, b.r0),
    c0: Math.min(a.c0, b.c0),
    r1: Math.max(a.r1, b.r1),
    c1: Math.max(a.c1, b.c1),
  };
  if (a.kind !== 'cell' && to === undefined) throw badAddress(text);
  if (area.r1 >= MAX_ROWS || area.c1 >= MAX_COLS || area.r0 < 0 || area.c0 < 0) throw badAddress(text);
  return area;
}

/** Areas separated by commas: "B7, D9:D10". */
export function parseAreas(text: string): Area[] {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.some((part) => part === '')) throw badAddress(text);
  return parts.map(parseArea);
}

function parseEnd(text: string, whole: string): Area & { kind: 'cell' | 'col' | 'row' } {
  const cell = CELL.exec(text);
  if (cell) {
    const c = columnIndex(cell[1] ?? '');
    const r = Number(cell[2]) - 1;
    if (r < 0) throw badAddress(whole);
    return { kind: 'cell', r0: r, r1: r, c0: c, c1: c };
  }
  const col = COL.exec(text);
  if (col) {
    const c = columnIndex(col[1] ?? '');
    return { kind: 'col', r0: 0, r1: MAX_ROWS - 1, c0: c, c1: c };
  }
  const row = ROW.exec(text);
  if (row) {
    const r = Number(row[1]) - 1;
    if (r < 0) throw badAddress(whole);
    return { kind: 'row', r0: r, r1: r, c0: 0, c1: MAX_COLS - 1 };
  }
  throw badAddress(whole);
}

function badAddress(text: string): Error {
  return simError('InvalidArgument', `"${text}" is not an A1 address.`);
}

/** "B7", "B7:D9", "A:C", "2:4"; with `absolute`, "$B$7:$D$9". */
export function formatArea(area: Area, absolute = false): string {
  const d = absolute ? '$' : '';
  const wholeCols = area.r0 === 0 && area.r1 === MAX_ROWS - 1;
  const wholeRows = area.c0 === 0 && area.c1 === MAX_COLS - 1;
  if (wholeCols && !wholeRows) return `${d}${columnLetters(area.c0)}:${d}${columnLetters(area.c1)}`;
  if (wholeRows) return `${d}${area.r0 + 1}:${d}${area.r1 + 1}`;
  const start = `${d}${columnLetters(area.c0)}${d}${area.r0 + 1}`;
  if (area.r0 === area.r1 && area.c0 === area.c1) return start;
  return `${start}:${d}${columnLetters(area.c1)}${d}${area.r1 + 1}`;
}

/**
 * A sheet name as Excel writes it before "!": bare when it is plain ASCII letters, digits, "_" and "."
 * not starting with a digit and not readable as a cell reference; otherwise quoted, quotes doubled.
 */
export function quoteSheet(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !CELL.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replaceAll("'", "''")}'`;
}

export function qualified(sheetName: string, area: Area, absolute = false): string {
  return `${quoteSheet(sheetName)}!${formatArea(area, absolute)}`;
}

export function areaRows(area: Area): number {
  return area.r1 - area.r0 + 1;
}

export function areaCols(area: Area): number {
  return area.c1 - area.c0 + 1;
}

export function sameArea(a: Area, b: Area): boolean {
  return a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;
}
