/** The defined names of a workbook that point at one cell, in a record without a prototype: a name is user text. */
import type { Workbook } from 'exceljs';
import { parseSheetRef, type CellRef } from '../engine/index.js';

export function definedCells(workbook: Workbook): Record<string, CellRef> {
  const cells: Record<string, CellRef> = Object.create(null);
  for (const { name, ranges } of workbook.definedNames.model) {
    const cell = ranges.length === 1 && ranges[0] !== undefined ? parseSheetRef(ranges[0]) : undefined;
    if (cell) cells[name] = cell;
  }
  return cells;
}
