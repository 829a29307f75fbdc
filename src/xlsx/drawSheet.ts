/** Draws one pack sheet as an official form: title block, header, code row, one row per indicator. */
import type { Borders, Cell, Fill, Font, Style, Worksheet, WorksheetProtection } from 'exceljs';
import {
  IDENTITY_KEYS,
  INPUT_FILL_RGB,
  type ColumnSpec,
  type IdentitySpec,
  type Lang,
  type RowSpec,
  type SheetSpec,
  type Text,
} from '../engine/index.js';
import { UnknownInputError } from './errors.js';
import { inputValidation } from './inputValidation.js';
import { fitToPage } from './printableSheet.js';
import { numFmt } from './numFmt.js';
import {
  CODE_ROW_MARKS,
  FIRST_VALUE_COL,
  IDENTITY_ROWS,
  IDENTITY_SHIFT,
  LABEL_COL,
  ROW_CODE_COL,
  TEMPLATE_ROWS,
} from './templateLayout.js';
import { TEMPLATE_TEXT } from './templateText.js';

const FONT: Partial<Font> = { name: 'Times New Roman', size: 12 };
const THIN = { style: 'thin' } as const;
const GRID: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const INPUT_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${INPUT_FILL_RGB}` } };
const HEADER: Partial<Style> = {
  font: { ...FONT, bold: true },
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  border: GRID,
  fill: HEADER_FILL,
};
const BODY: Partial<Style> = { font: FONT, border: GRID };
/** Labels and codes are locked; inserting rows and columns for notes is free, since cells are found by codes. */
const PROTECTION: Partial<WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatCells: true,
  formatColumns: true,
  formatRows: true,
  insertRows: true,
  insertColumns: true,
};
const WIDTH = { rowCode: 8, label: 50, value: 14 };
/** Points per line of 12-point text. */
const LINE_HEIGHT = 16;

/** With `identity` (the first sheet of a pack that has one), the unit's name, code and period go in the title block. */
export async function drawSheet(
  worksheet: Worksheet,
  sheet: SheetSpec,
  lang: Lang,
  identity?: IdentitySpec,
): Promise<void> {
  const widths = columnWidths(sheet.columns);
  widths.forEach((width, i) => (worksheet.getColumn(i + 1).width = width));
  const shift = identity ? IDENTITY_SHIFT : 0;
  if (identity) drawIdentity(worksheet, identity, lang, widths);
  drawTitleBlock(worksheet, sheet, lang, widths, shift);
  const codeRow = drawHeader(worksheet, sheet.columns, lang, widths, shift);
  sheet.rows.forEach((row, i) => drawRow(worksheet, codeRow + 1 + i, row, sheet, lang));
  worksheet.views = [{ state: 'frozen', xSplit: LABEL_COL, ySplit: codeRow }];
  fitToPage(worksheet, widths, `${TEMPLATE_ROWS.header + shift}:${codeRow}`);
  await worksheet.protect('', PROTECTION);
}

function columnWidths(columns: ColumnSpec[]): number[] {
  return [WIDTH.rowCode, WIDTH.label, ...columns.map((column) => column.width ?? WIDTH.value)];
}

/** Labelled input cells for the unit's name, code and period: unlocked and tinted like every input, kept as text. */
function drawIdentity(worksheet: Worksheet, identity: IdentitySpec, lang: Lang, widths: number[]): void {
  const lastCol = widths.length;
  for (const key of IDENTITY_KEYS) {
    const row = IDENTITY_ROWS[key];
    const field = identity[key];
    region(worksheet, row, LABEL_COL, row, LABEL_COL, `${field.label[lang]}:`, {
      font: { ...FONT, bold: true },
      alignment: { horizontal: 'right', vertical: 'middle' },
    });
    const input: Partial<Style> = {
      ...BODY,
      numFmt: '@',
      fill: INPUT_FILL,
      protection: { locked: false },
      alignment: { horizontal: 'left', vertical: 'middle', wrapText: true },
    };
    region(worksheet, row, FIRST_VALUE_COL, row, lastCol, field.value ?? '', input);
    if (field.value === undefined) worksheet.getCell(row, FIRST_VALUE_COL).value = null;
  }
}

function drawTitleBlock(worksheet: Worksheet, sheet: SheetSpec, lang: Lang, widths: number[], shift: number): void {
  const { marker } = TEMPLATE_ROWS;
  const [title, subtitle, unit] = [
    TEMPLATE_ROWS.title + shift,
    TEMPLATE_ROWS.subtitle + shift,
    TEMPLATE_ROWS.unit + shift,
  ];
  const lastCol = widths.length;
  const tableWidth = widths.reduce((sum, width) => sum + width, 0);
  const centred = { horizontal: 'center', vertical: 'middle', wrapText: true } as const;
  region(worksheet, marker, ROW_CODE_COL, marker, LABEL_COL, sheet.name, { font: { ...FONT, bold: true } });
  region(worksheet, title, 1, title, lastCol, sheet.title[lang], {
    font: { ...FONT, bold: true, size: 14 },
    alignment: centred,
  });
  worksheet.getRow(title).height = textHeight(sheet.title[lang], tableWidth, 20);
  if (sheet.subtitle) {
    region(worksheet, subtitle, 1, subtitle, lastCol, sheet.subtitle[lang], {
      font: { ...FONT, italic: true },
      alignment: centred,
    });
  }
  const unitText = TEMPLATE_TEXT.unitPrefix[lang] + sheet.unit[lang];
  region(worksheet, unit, 1, unit, lastCol, unitText, {
    font: { ...FONT, italic: true },
    alignment: { horizontal: 'right' },
  });
}

/** Returns the number of the code row. */
function drawHeader(worksheet: Worksheet, columns: ColumnSpec[], lang: Lang, widths: number[], shift: number): number {
  const top = TEMPLATE_ROWS.header + shift;
  const labelRow = columns.some((column) => column.group) ? top + 1 : top;
  region(worksheet, top, ROW_CODE_COL, labelRow, ROW_CODE_COL, TEMPLATE_TEXT.rowCodeHeader[lang], HEADER);
  region(worksheet, top, LABEL_COL, labelRow, LABEL_COL, TEMPLATE_TEXT.labelHeader[lang], HEADER);
  columns.forEach((column, i) => {
    const col = FIRST_VALUE_COL + i;
    region(worksheet, column.group ? labelRow : top, col, labelRow, col, column.label[lang], HEADER);
  });
  for (const run of groupRuns(columns)) {
    region(worksheet, top, FIRST_VALUE_COL + run.from, top, FIRST_VALUE_COL + run.to, run.group[lang], HEADER);
  }
  worksheet.getRow(labelRow).height = Math.max(
    ...columns.map((column, i) => textHeight(column.label[lang], widths[FIRST_VALUE_COL - 1 + i] ?? WIDTH.value)),
    LINE_HEIGHT,
  );
  const codeRow = labelRow + 1;
  [...CODE_ROW_MARKS, ...columns.map((column) => column.code)].forEach((code, i) => {
    region(worksheet, codeRow, i + 1, codeRow, i + 1, code, { ...HEADER, font: { ...FONT, italic: true } });
  });
  return codeRow;
}

/** Neighbouring columns under the same group header, as 0-based column indexes. */
function groupRuns(columns: ColumnSpec[]): { group: Text; from: number; to: number }[] {
  const runs: { group: Text; from: number; to: number }[] = [];
  columns.forEach(({ group }, i) => {
    if (!group) return;
    const last = runs.at(-1);
    if (last && last.to === i - 1 && last.group.vi === group.vi && last.group.en === group.en) last.to = i;
    else runs.push({ group, from: i, to: i });
  });
  return runs;
}

function drawRow(worksheet: Worksheet, r: number, row: RowSpec, sheet: SheetSpec, lang: Lang): void {
  const inputs = inputCodes(row, sheet);
  const label = row.label[lang];
  Object.assign(worksheet.getCell(r, ROW_CODE_COL), {
    ...BODY,
    numFmt: '@',
    alignment: { horizontal: 'center', vertical: 'middle' },
  }).value = row.code;
  Object.assign(worksheet.getCell(r, LABEL_COL), {
    ...BODY,
    font: row.level === 0 ? { ...FONT, bold: true } : FONT,
    alignment: { vertical: 'middle', wrapText: true, indent: row.level },
  }).value = label;
  worksheet.getRow(r).height = textHeight(label, WIDTH.label - 2 * row.level);
  sheet.columns.forEach((column, i) => {
    const cell = Object.assign(worksheet.getCell(r, FIRST_VALUE_COL + i), {
      ...BODY,
      numFmt: numFmt(column),
      alignment: { vertical: 'middle' },
    });
    if (inputs.has(column.code)) markInput(cell, column, lang);
  });
}

function inputCodes(row: RowSpec, sheet: SheetSpec): Set<string> {
  const known = new Set(sheet.columns.map((column) => column.code));
  const codes = row.inputs ?? sheet.columns.filter((column) => column.kind !== 'text').map((column) => column.code);
  const unknown = codes.find((code) => !known.has(code));
  if (unknown !== undefined) throw new UnknownInputError(sheet.code, row.code, unknown);
  return new Set(codes);
}

function markInput(cell: Cell, column: ColumnSpec, lang: Lang): void {
  Object.assign(cell, { fill: INPUT_FILL, protection: { locked: false } });
  const validation = inputValidation(column, lang);
  if (validation) cell.dataValidation = validation;
}

/**
 * Writes text in the top-left cell of a block and merges the block; every cell gets the style so merged borders show.
 */
function region(
  worksheet: Worksheet,
  top: number,
  left: number,
  bottom: number,
  right: number,
  text: string,
  look: Partial<Style>,
): void {
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) Object.assign(worksheet.getCell(r, c), look);
  }
  worksheet.getCell(top, left).value = text;
  if (bottom > top || right > left) worksheet.mergeCells(top, left, bottom, right);
}

/** A row height that shows text wrapped in a column of the given character width, bold or with ragged breaks. */
function textHeight(text: string, width: number, lineHeight = LINE_HEIGHT): number {
  return Math.max(1, Math.ceil((text.length * 1.3) / width)) * lineHeight;
}
