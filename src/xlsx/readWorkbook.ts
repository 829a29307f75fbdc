/** Reads xlsx bytes into the plain RawWorkbook the engine checks. */
import type { Workbook, Worksheet } from 'exceljs';
import { META_SHEET } from '../engine/layout.js';
import type { RawCell, RawSheet, RawWorkbook } from '../engine/workbook.js';
import { definedCells } from './definedCells.js';
import { loadWorkbook } from './loadWorkbook.js';
import { rawCell } from './rawCell.js';

/** Throws UnreadableWorkbookError, naming fileName, when the bytes are not a readable xlsx. */
export async function readWorkbook(data: Uint8Array | ArrayBuffer, fileName: string): Promise<RawWorkbook> {
  return rawWorkbookOf(await loadWorkbook(data, fileName));
}

export function rawWorkbookOf(workbook: Workbook): RawWorkbook {
  const meta = readMeta(workbook);
  return {
    sheets: workbook.worksheets.filter((worksheet) => worksheet.name !== META_SHEET).map(rawSheet),
    names: definedCells(workbook),
    ...(meta && { meta }),
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

/** Key/value rows of the meta sheet: column A holds the key, B the value. */
function readMeta(workbook: Workbook): Record<string, string> | undefined {
  const worksheet = workbook.getWorksheet(META_SHEET);
  if (!worksheet) return undefined;
  const meta: Record<string, string> = {};
  worksheet.eachRow((row) => {
    const key = rawCell(row.getCell(1))?.value;
    const value = rawCell(row.getCell(2))?.value;
    if (key !== null && key !== undefined) meta[String(key)] = String(value ?? '');
  });
  return meta;
}
