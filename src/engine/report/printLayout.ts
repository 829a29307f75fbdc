/**
 * How a report sheet prints on A4 whole, decided once for both sheet writers (exceljs for files, office-js
 * inside Excel): a row shorter than the table has its last cell span the rest (a line of text across the page,
 * a note), wrapped text in rows tall enough to show it, the table's header repeated on every page, the
 * orientation its width needs, fit to one page wide, page numbers in the footer.
 */
import type { Lang, Text } from '../pack/pack.js';

export type SheetCell = string | number | null;

export interface PrintableSheet {
  rows: SheetCell[][];
  /** Column widths in characters. */
  widths: number[];
  /** 0-based indexes of table header rows; the first repeats on every printed page. */
  headers: number[];
}

export interface PrintedRow {
  /** Points; absent for an empty row, which keeps the sheet's default height. */
  height?: number;
  /** 0-based column whose cell spans to the table's last column: the last cell of a row shorter than the table. */
  spanFrom?: number;
}

export type Orientation = 'portrait' | 'landscape';

export interface PrintLayout {
  orientation: Orientation;
  /** Inches. */
  margins: typeof PAGE_MARGINS;
  /** 1-based row repeated at the top of every printed page. */
  titleRow?: number;
  /** Footer in Excel's header and footer codes (&P the page number). */
  footer: string;
  rows: PrintedRow[];
}

/** Inches, for every sheet written (templates included). */
export const PAGE_MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
/** Points of a report's first row, its title. */
export const TITLE_POINTS = 13;
/** Width in characters that A4 portrait shows at full size between margins of half an inch. */
const PORTRAIT_CHARS = 96;
/** Points per line of 11-point text. */
const LINE = 15;
/** No page count (&N): LibreOffice counts every sheet's pages there, numbering each sheet from 1. */
const FOOTER: Text = { vi: 'Trang &P', en: 'Page &P' };

export function printLayout(p: PrintableSheet, lang: Lang): PrintLayout {
  const header = p.headers[0];
  return {
    orientation: orientationFor(p.widths),
    margins: PAGE_MARGINS,
    ...(header === undefined ? {} : { titleRow: header + 1 }),
    footer: FOOTER[lang],
    rows: p.rows.map((cells) => printedRow(cells, p.widths)),
  };
}

export function orientationFor(widths: number[]): Orientation {
  return widths.reduce((a, b) => a + b, 0) > PORTRAIT_CHARS ? 'landscape' : 'portrait';
}

/** Numbers stand right in their cells, text left. */
export function alignOf(value: SheetCell): 'left' | 'right' {
  return typeof value === 'number' ? 'right' : 'left';
}

function printedRow(cells: SheetCell[], widths: number[]): PrintedRow {
  if (!cells.length) return {};
  const spans = [...widths.slice(0, cells.length - 1), widths.slice(cells.length - 1).reduce((a, b) => a + b, 0)];
  const lines = Math.max(1, ...cells.map((v, c) => linesOf(v === null ? '' : String(v), spans[c]!)));
  return { height: lines * LINE, ...(cells.length < widths.length ? { spanFrom: cells.length - 1 } : {}) };
}

/** Lines a text takes wrapped in a column `width` characters wide (bold and wide letters allowed for). */
function linesOf(text: string, width: number): number {
  return text
    .split('\n')
    .reduce((n, part) => n + Math.max(1, Math.ceil((part.length * 1.05) / Math.max(1, width - 1))), 0);
}
