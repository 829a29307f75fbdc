/** A report sheet written by exceljs as the engine's print layout says (report/printLayout.ts). */
import type { Worksheet } from 'exceljs';
import {
  alignOf,
  orientationFor,
  PAGE_MARGINS,
  printLayout,
  TITLE_POINTS,
  type Lang,
  type PrintableSheet,
} from '../engine/index.js';

export function writePrintable(sheet: Worksheet, p: PrintableSheet, lang: Lang): void {
  const layout = printLayout(p, lang);
  sheet.addRows(p.rows);
  p.widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  p.rows.forEach((cells, i) => {
    const row = sheet.getRow(i + 1);
    const { height, spanFrom } = layout.rows[i]!;
    if (spanFrom !== undefined) sheet.mergeCells(i + 1, spanFrom + 1, i + 1, p.widths.length);
    cells.forEach(
      (v, c) => (row.getCell(c + 1).alignment = { wrapText: true, vertical: 'top', horizontal: alignOf(v) }),
    );
    if (height !== undefined) row.height = height;
  });
  sheet.getRow(1).font = { bold: true, size: TITLE_POINTS };
  for (const h of p.headers) sheet.getRow(h + 1).font = { bold: true };
  fitToPage(sheet, p.widths, layout.titleRow === undefined ? undefined : `${layout.titleRow}:${layout.titleRow}`);
  sheet.headerFooter.oddFooter = `&C${layout.footer}`;
}

/** A4, the orientation the width needs, fit to one page wide, the title rows ("7:7") repeated. */
export function fitToPage(sheet: Worksheet, widths: number[], titleRows?: string): void {
  Object.assign(sheet.pageSetup, {
    paperSize: 9,
    orientation: orientationFor(widths),
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { ...PAGE_MARGINS },
    ...(titleRows ? { printTitlesRow: titleRows } : {}),
  });
}
