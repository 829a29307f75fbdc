/**
 * A report sheet that prints on A4 whole: a row shorter than the table has its last cell span the rest (a
 * line of text across the page, a note), a table whose header repeats on
 * every page, wrapped text in rows tall enough to show it, the orientation its width needs, fit to width.
 */
import type { Worksheet } from 'exceljs';

export type SheetCell = string | number | null;

export interface PrintableSheet {
  rows: SheetCell[][];
  /** Column widths in characters. */
  widths: number[];
  /** 0-based indexes of table header rows; the first repeats on every printed page. */
  headers: number[];
}

/** Width in characters that A4 portrait shows at full size between margins of half an inch. */
const PORTRAIT_CHARS = 96;
/** Points per line of 11-point text. */
const LINE = 15;

export function writePrintable(sheet: Worksheet, p: PrintableSheet): void {
  sheet.addRows(p.rows);
  p.widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  p.rows.forEach((cells, i) => {
    const row = sheet.getRow(i + 1);
    if (!cells.length) return;
    const widths = spans(cells, p.widths);
    if (widths.length < p.widths.length) sheet.mergeCells(i + 1, cells.length, i + 1, p.widths.length);
    cells.forEach(
      (v, c) =>
        (row.getCell(c + 1).alignment = {
          wrapText: true,
          vertical: 'top',
          horizontal: typeof v === 'number' ? 'right' : 'left',
        }),
    );
    row.height = Math.max(1, ...cells.map((v, c) => linesOf(v === null ? '' : String(v), widths[c]!))) * LINE;
  });
  sheet.getRow(1).font = { bold: true, size: 13 };
  for (const h of p.headers) sheet.getRow(h + 1).font = { bold: true };
  fitToPage(sheet, p.widths, p.headers[0]);
}

/** A4, the orientation the width needs, fit to one page wide, the header row repeated. */
export function fitToPage(sheet: Worksheet, widths: number[], header?: number, titleRows?: string): void {
  const total = widths.reduce((a, b) => a + b, 0);
  Object.assign(sheet.pageSetup, {
    paperSize: 9,
    orientation: total > PORTRAIT_CHARS ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(titleRows
      ? { printTitlesRow: titleRows }
      : header === undefined
        ? {}
        : { printTitlesRow: `${header + 1}:${header + 1}` }),
  });
}

/** The width each cell of a row shows in: a row shorter than the table has its last cell span the rest. */
function spans(cells: SheetCell[], widths: number[]): number[] {
  const own = widths.slice(0, cells.length - 1);
  return [...own, widths.slice(cells.length - 1).reduce((a, b) => a + b, 0)];
}

/** Lines a text takes wrapped in a column `width` characters wide (bold and wide letters allowed for). */
function linesOf(text: string, width: number): number {
  return text
    .split('\n')
    .reduce((n, part) => n + Math.max(1, Math.ceil((part.length * 1.05) / Math.max(1, width - 1))), 0);
}
