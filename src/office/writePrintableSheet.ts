/**
 * A report sheet (results, explanations) written inside Excel, laid out to print as the file writers' sheets
 * do (the engine's printLayout): commands only, sent by the caller's one sync.
 */
import { address, alignOf, printLayout, TITLE_POINTS, type Lang, type PrintableSheet } from '../engine/index.js';
import { asText } from './asText.js';

/** Points of a column `chars` characters wide in Excel's default font: 7 pixels a character, 5 of padding. */
export const columnPoints = (chars: number): number => (chars * 7 + 5) * 0.75;

export function writePrintableSheet(sheet: Excel.Worksheet, p: PrintableSheet, lang: Lang): void {
  const { rows, widths } = p;
  const last = widths.length - 1;
  const layout = printLayout(p, lang);
  const values = rows.map((r) => widths.map((_, i) => r[i] ?? ''));
  const all = sheet.getRange(`A1:${address(values.length - 1, last)}`);
  all.values = asText(values);
  all.format.wrapText = true;
  all.format.verticalAlignment = 'Top';
  all.format.horizontalAlignment = 'Left';
  widths.forEach((w, i) => (sheet.getRange(address(0, i)).format.columnWidth = columnPoints(w)));
  layout.rows.forEach(({ height, spanFrom }, r) => {
    if (spanFrom !== undefined) sheet.getRange(`${address(r, spanFrom)}:${address(r, last)}`).merge(false);
    if (height !== undefined) sheet.getRange(address(r, 0)).format.rowHeight = height;
    rows[r]!.forEach((v, c) => {
      if (alignOf(v) === 'right') sheet.getRange(address(r, c)).format.horizontalAlignment = 'Right';
    });
  });
  const title = sheet.getRange('A1').format.font;
  title.bold = true;
  title.size = TITLE_POINTS;
  for (const h of p.headers) sheet.getRange(`${address(h, 0)}:${address(h, last)}`).format.font.bold = true;
  const page = sheet.pageLayout;
  page.paperSize = 'A4';
  page.orientation = layout.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  // Fit to one page wide; 0 pages tall lets the rows run on as far as they need.
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  page.centerHorizontally = true;
  page.setPrintMargins('Inches', layout.margins);
  if (layout.titleRow !== undefined) page.setPrintTitleRows(`$${layout.titleRow}:$${layout.titleRow}`);
  page.headersFooters.defaultForAllPages.centerFooter = layout.footer;
}
