/** Writes the simulator's workbook as an xlsx file with exceljs: what getFileAsync hands out. */
import type ExcelJS from 'exceljs';
import { exceljs } from './exceljs.js';
import { MAX_COLS, qualified } from './a1.js';
import { argbOf } from './colors.js';
import type { Book, Cell, CellFill, Sheet } from './model.js';
import { xlsxOfOptions } from './protection.js';
import { PATTERNS } from './xlsxRead.js';

const STATE = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' } as const;
const XLSX_PATTERN = Object.fromEntries(Object.entries(PATTERNS).map(([xlsx, excel]) => [excel, xlsx]));

/** What the file will hold, copied at the call: later changes do not leak into a file being written. */
interface Snapshot {
  sheets: {
    name: string;
    state: 'visible' | 'hidden' | 'veryHidden';
    tabColor: string | undefined;
    columnWidths: [number, number][];
    rowHeights: [number, number][];
    merges: string[];
    cells: [number, Cell][];
    protection: Record<string, unknown> | undefined;
    extras: Sheet['extras'];
    active: boolean;
  }[];
  names: { name: string; reference: string }[];
  activeTab: number;
}

function snapshot(book: Book): Snapshot {
  const copy = <T>(value: T): T => (value === undefined ? value : structuredClone(value));
  return {
    sheets: book.sheets.map((sheet) => ({
      name: sheet.name,
      state: STATE[sheet.visibility],
      tabColor: sheet.tabColor,
      columnWidths: [...sheet.columnWidths],
      rowHeights: [...sheet.rowHeights],
      merges: [...sheet.merges],
      cells: [...sheet.cells].map(([key, cell]) => [key, copy(cell)]),
      protection: sheet.protection ? xlsxOfOptions(sheet.protection, sheet.protectionHash) : undefined,
      extras: copy(sheet.extras),
      active: sheet === book.active,
    })),
    names: book.names.flatMap((def) =>
      def.target.sheet ? [{ name: def.name, reference: qualified(def.target.sheet.name, def.target.area, true) }] : [],
    ),
    activeTab: book.sheets.indexOf(book.active),
  };
}

/** The workbook as it is at the call, as xlsx bytes. Names turned #REF! are left out (exceljs cannot write them). */
export async function writeXlsx(book: Book): Promise<Uint8Array> {
  const state = snapshot(book);
  const workbook = new (await exceljs()).Workbook();
  workbook.creator = 'office.js simulator';
  for (const sheet of state.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, {
      state: sheet.state,
      ...(sheet.tabColor ? { properties: { tabColor: { argb: argbOf(sheet.tabColor) } } } : {}),
    });
    for (const [col, width] of sheet.columnWidths) worksheet.getColumn(col + 1).width = width;
    for (const [row, height] of sheet.rowHeights) worksheet.getRow(row + 1).height = height;
    for (const merge of sheet.merges) worksheet.mergeCells(merge);
    for (const [key, cell] of sheet.cells) {
      writeCell(worksheet.getCell(Math.floor(key / MAX_COLS) + 1, (key % MAX_COLS) + 1), cell);
    }
    if (sheet.protection) (worksheet as unknown as { sheetProtection: unknown }).sheetProtection = sheet.protection;
    const { views, pageSetup, dataValidations } = sheet.extras;
    worksheet.views = ((views as ExcelJS.WorksheetView[] | undefined) ?? []).map((view) => ({
      ...view,
      tabSelected: sheet.active,
    }));
    if (pageSetup) Object.assign(worksheet.pageSetup, pageSetup);
    if (sheet.extras.headerFooter) Object.assign(worksheet.headerFooter, sheet.extras.headerFooter);
    if (dataValidations)
      (worksheet as unknown as { dataValidations: { model: unknown } }).dataValidations.model = dataValidations;
  }
  for (const { name, reference } of state.names) workbook.definedNames.add(reference, name);
  workbook.views = [
    { activeTab: state.activeTab, x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, visibility: 'visible' },
  ];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function writeCell(xlsxCell: ExcelJS.Cell, cell: Cell): void {
  const style: Partial<ExcelJS.Style> = { ...(cell.style as Partial<ExcelJS.Style> | undefined) };
  if (cell.numberFormat) style.numFmt = cell.numberFormat;
  if (cell.fill) style.fill = xlsxFill(cell.fill);
  if (cell.locked === false) style.protection = { locked: false };
  xlsxCell.style = style;
  const value = cell.value;
  const constant = value === undefined ? null : typeof value === 'object' ? { error: value.error } : value;
  if (cell.formula) {
    xlsxCell.value = { formula: cell.formula.slice(1), result: constant ?? undefined } as ExcelJS.CellFormulaValue;
  } else if (constant !== null) {
    xlsxCell.value = constant as ExcelJS.CellValue;
  }
}

function xlsxFill(fill: CellFill): ExcelJS.Fill {
  const pattern = (XLSX_PATTERN[fill.pattern] ?? 'solid') as ExcelJS.FillPatterns;
  if (pattern === 'solid') return { type: 'pattern', pattern, fgColor: { argb: argbOf(fill.color) } };
  return { type: 'pattern', pattern, fgColor: { argb: 'FF000000' }, bgColor: { argb: argbOf(fill.color) } };
}
