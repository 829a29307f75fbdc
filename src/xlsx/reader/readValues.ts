/**
 * Reads the values of an xlsx into the RawWorkbook the engine checks, without exceljs: a zip reader with
 * limits and a streaming XML parser, reading only the parts that hold values, names and number formats.
 * Every limit of limits.ts is checked while reading; what is damaged is UnreadableWorkbookError.
 */
import { META_SHEET, metaOf, parseSheetRef, type CellRef, type RawWorkbook } from '../../engine/index.js';
import { cellStyles } from './cellStyles.js';
import { BeyondGridError } from './errors.js';
import { LIMITS } from './limits.js';
import { workbookParts } from './packageParts.js';
import { sharedStrings } from './sharedStrings.js';
import { sheetCells } from './sheetCells.js';
import { ZipArchive } from './zipArchive.js';

export function readValues(data: Uint8Array | ArrayBuffer, file: string): RawWorkbook {
  const archive = ZipArchive.open(data instanceof Uint8Array ? data : new Uint8Array(data), file);
  const parts = workbookParts(archive, file);
  const names = definedCells(parts.names, file);
  archive.checkDeclared([parts.sharedStrings, parts.styles, ...parts.sheets.map((s) => s.part)]);
  const ctx = {
    archive,
    file,
    strings: sharedStrings(archive, parts.sharedStrings, file),
    styles: cellStyles(archive, parts.styles, file),
    date1904: parts.date1904,
    cells: { count: 0 },
  };
  const sheets = parts.sheets.map(({ name, part }) => sheetCells(ctx, name, part));
  const meta = sheets.find((s) => s.name === META_SHEET);
  return {
    sheets: sheets.filter((s) => s !== meta),
    names,
    ...(meta && { meta: metaOf(meta) }),
  };
}

/** The names that point at one cell, in a record without a prototype: a name is user text. */
function definedCells(names: { name: string; formula: string }[], file: string): Record<string, CellRef> {
  const cells: Record<string, CellRef> = Object.create(null);
  for (const { name, formula } of names) {
    const cell = parseSheetRef(formula.trim());
    if (!cell) continue;
    if (cell.rowIndex >= LIMITS.rows || cell.colIndex >= LIMITS.columns)
      throw new BeyondGridError(file, 'name', name, formula.trim());
    cells[name] ??= cell;
  }
  return cells;
}
