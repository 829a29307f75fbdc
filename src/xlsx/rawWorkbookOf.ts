/** A workbook exceljs holds open (to write into it) as the plain RawWorkbook the engine checks. */
import type { Workbook, Worksheet } from 'exceljs';
import { META_SHEET, metaOf, type RawCell, type RawSheet, type RawWorkbook } from '../engine/index.js';
import { definedCells } from './definedCells.js';
import { rawCell } from './rawCell.js';

export function rawWorkbookOf(workbook: Workbook): RawWorkbook {
  const metaSheet = workbook.getWorksheet(META_SHEET);
  return {
    sheets: workbook.worksheets.filter((worksheet) => worksheet.name !== META_SHEET).map(rawSheet),
    names: definedCells(workbook),
    ...(metaSheet && { meta: metaOf(rawSheet(metaSheet)) }),
  };
}

function rawSheet(worksheet: Worksheet): RawSheet {
  const cells: (RawCell | undefined)[][] = [];
  worksheet.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      const raw = rawCell(cell);
      if (raw) (cells[r - 1] ??= [])[c - 1] = raw;
    });
  });
  return { name: worksheet.name, cells: Array.from(cells, (row) => row ?? []) };
}
