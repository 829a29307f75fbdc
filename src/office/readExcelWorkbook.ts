/** Reads the open workbook into the engine's RawWorkbook in two syncs, however many sheets and cells. */
import { META_SHEET } from '../engine/layout.js';
import type { CellRef, RawCell, RawSheet, RawWorkbook } from '../engine/workbook.js';
import { parseSheetRef } from '../xlsx/sheetRef.js';
import { rawCellOfExcel } from './rawCellOfExcel.js';

export interface ExcelSheetInfo {
  name: string;
  id: string;
  /** Protected so that cell fills cannot be changed. */
  fillsLocked: boolean;
}

export interface ExcelWorkbookRead {
  raw: RawWorkbook;
  sheets: ExcelSheetInfo[];
  /** Sheets cannot be added or deleted. */
  structureLocked: boolean;
  /** Every workbook name, whatever it points at. */
  names: string[];
}

const CELL_PROPS = 'values,valueTypes,numberFormat,rowIndex,columnIndex';

export async function readExcelWorkbook(context: Excel.RequestContext): Promise<ExcelWorkbookRead> {
  const { workbook } = context;
  const worksheets = workbook.worksheets.load('items/name,items/id');
  const names = workbook.names.load('items/name,items/type');
  const structure = workbook.protection.load('protected');
  await context.sync();
  const sheets = worksheets.items.map((ws) => ({
    ws,
    used: ws.getUsedRangeOrNullObject().load(CELL_PROPS),
    protection: ws.protection.load('protected,options'),
  }));
  const refs = names.items
    .filter((n) => n.type === 'Range')
    .map((n) => ({ name: n.name, range: n.getRangeOrNullObject().load('address') }));
  await context.sync();
  const raw: RawWorkbook = { sheets: [], names: namedCells(refs) };
  for (const { ws, used } of sheets) {
    const sheet = used.isNullObject ? { name: ws.name, cells: [] } : rawSheet(ws.name, used);
    if (ws.name === META_SHEET) raw.meta = metaOf(sheet);
    else raw.sheets.push(sheet);
  }
  return {
    raw,
    sheets: sheets.map(({ ws, protection }) => ({
      name: ws.name,
      id: ws.id,
      fillsLocked: protection.protected && !protection.options.allowFormatCells,
    })),
    structureLocked: structure.protected,
    names: names.items.map((n) => n.name),
  };
}

function rawSheet(name: string, used: Excel.Range): RawSheet {
  const cells: (RawCell | undefined)[][] = [];
  used.values.forEach((row, r) => {
    const out: (RawCell | undefined)[] = [];
    row.forEach((value, c) => {
      const cell = rawCellOfExcel(value, used.valueTypes[r]![c]!, used.numberFormat[r]![c]);
      if (cell) out[used.columnIndex + c] = cell;
    });
    cells[used.rowIndex + r] = out;
  });
  return { name, cells: Array.from(cells, (row) => row ?? []) };
}

function namedCells(refs: { name: string; range: Excel.Range }[]): Record<string, CellRef> {
  const cells: Record<string, CellRef> = {};
  for (const { name, range } of refs) {
    const cell = range.isNullObject ? undefined : parseSheetRef(range.address);
    if (cell) cells[name] = cell;
  }
  return cells;
}

/** Key/value rows: column A the key, B the value. */
function metaOf(sheet: RawSheet): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const row of sheet.cells) {
    const key = row[0]?.value;
    if (key !== null && key !== undefined) meta[String(key)] = String(row[1]?.value ?? '');
  }
  return meta;
}
