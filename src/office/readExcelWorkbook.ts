/**
 * Reads the open workbook into the engine's RawWorkbook in two syncs, however many sheets and cells:
 * the template's sheets and the meta sheet only, so a user's own large sheets are never loaded.
 */
import {
  META_SHEET,
  metaOf,
  parseSheetRef,
  type CellRef,
  type RawCell,
  type RawSheet,
  type RawWorkbook,
} from '../engine/index.js';
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
  /** Every workbook name, and those whose sheet was deleted (#REF!). */
  names: string[];
  brokenNames: string[];
}

const CELL_PROPS = 'values,valueTypes,numberFormat,rowIndex,columnIndex';
/** Names the templates define (sheet markers, pack identity, the unit's cells): the sheets they point at are read. */
const OUR_NAMES = /^KB_/i;

/** `templateSheets`: tab names of the pack's sheets, read even when no name points at them. */
export async function readExcelWorkbook(
  context: Excel.RequestContext,
  templateSheets: readonly string[],
): Promise<ExcelWorkbookRead> {
  const { workbook } = context;
  const worksheets = workbook.worksheets.load('items/name,items/id');
  const names = workbook.names.load('items/name,items/type,items/formula');
  const structure = workbook.protection.load('protected');
  await context.sync();
  const named = namedCells(names.items);
  const wanted = new Set([
    META_SHEET,
    ...templateSheets,
    ...Object.entries(named).flatMap(([n, c]) => (OUR_NAMES.test(n) ? [c.sheet] : [])),
  ]);
  const sheets = worksheets.items.map((ws) => ({
    ws,
    used: wanted.has(ws.name) ? ws.getUsedRangeOrNullObject().load(CELL_PROPS) : undefined,
    protection: ws.protection.load('protected,options'),
  }));
  await context.sync();
  const raw: RawWorkbook = { sheets: [], names: named };
  for (const { ws, used } of sheets) {
    const sheet = !used || used.isNullObject ? { name: ws.name, cells: [] } : rawSheet(ws.name, used);
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
    brokenNames: names.items.filter((n) => n.type === 'Error').map((n) => n.name),
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

/** Names that point at one cell; a name's formula is its reference after "=". */
function namedCells(items: Excel.NamedItem[]): Record<string, CellRef> {
  const cells: Record<string, CellRef> = Object.create(null);
  for (const { name, type, formula } of items) {
    const cell = type === 'Range' && typeof formula === 'string' ? parseSheetRef(formula.replace(/^=/, '')) : undefined;
    if (cell) cells[name] = cell;
  }
  return cells;
}
