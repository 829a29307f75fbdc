/**
 * A second locator, independent of the engine's: finds a template sheet by its marker name and its
 * cells by the "A", "B" code row, straight on an exceljs workbook. Tests check the engine against it.
 */
import type { Cell, Workbook, Worksheet } from 'exceljs';
import { sheetMarkerName } from '../../src/engine/workbook/markers.js';
import { definedCells } from '../../src/xlsx/definedCells.js';
import { rawCell } from '../../src/xlsx/rawCell.js';
import { CODE_ROW_MARKS } from '../../src/xlsx/templateLayout.js';

export interface LocatedSheet {
  worksheet: Worksheet;
  /** The cell at a row code and a column code; throws when either is missing. */
  cell(rowCode: string, colCode: string): Cell;
}

interface CodeRow {
  row: number;
  /** Column of the "A" mark: the row-code column. */
  col: number;
}

/** The sheet is the one its marker name points at; the column codes sit in its code row, the row codes below the "A" mark. */
export function locateSheet(workbook: Workbook, sheetCode: string): LocatedSheet {
  const marker = definedCells(workbook)[sheetMarkerName(sheetCode)];
  const worksheet = marker && workbook.getWorksheet(marker.sheet);
  if (!marker || !worksheet) throw new Error(`no sheet ${sheetCode}`);
  const codeRow = findCodeRow(worksheet, marker.rowIndex + 1);
  const cols = codesAlongRow(worksheet, codeRow);
  const rows = codesDownColumn(worksheet, codeRow);
  return {
    worksheet,
    cell(rowCode, colCode) {
      const row = rows.get(rowCode);
      if (row === undefined) throw new Error(`no row ${sheetCode} ${rowCode}`);
      const col = cols.get(colCode);
      if (col === undefined) throw new Error(`no column ${sheetCode} ${colCode}`);
      return worksheet.getCell(row, col);
    },
  };
}

function findCodeRow(worksheet: Worksheet, fromRow: number): CodeRow {
  const [first, second] = CODE_ROW_MARKS;
  for (let row = fromRow; row <= worksheet.rowCount; row++) {
    const texts = rowTexts(worksheet, row);
    const col = texts.findIndex((text, i) => text === first && texts[i + 1] === second);
    if (col >= 0) return { row, col };
  }
  throw new Error(`no code row in ${worksheet.name}`);
}

function codesAlongRow(worksheet: Worksheet, { row, col }: CodeRow): Map<string, number> {
  const codes = new Map<string, number>();
  rowTexts(worksheet, row).forEach((text, c) => {
    if (c > col + 1 && text && !codes.has(text)) codes.set(text, c);
  });
  return codes;
}

function codesDownColumn(worksheet: Worksheet, { row, col }: CodeRow): Map<string, number> {
  const codes = new Map<string, number>();
  for (let r = row + 1; r <= worksheet.rowCount; r++) {
    const text = cellText(worksheet.getCell(r, col));
    if (text && !codes.has(text)) codes.set(text, r);
  }
  return codes;
}

/** Texts of a row indexed by column number (1-based, index 0 unused). */
function rowTexts(worksheet: Worksheet, row: number): string[] {
  const texts: string[] = [];
  worksheet.getRow(row).eachCell((cell, col) => {
    texts[col] = cellText(cell);
  });
  return Array.from(texts, (text) => text ?? '');
}

function cellText(cell: Cell): string {
  return String(rawCell(cell)?.value ?? '').trim();
}
