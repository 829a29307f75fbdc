/** Reads an xlsx file (exceljs, in the browser) into simulator sheets and names. */
import type ExcelJS from 'exceljs';
import { exceljs } from './exceljs.js';
import { parseArea, splitSheet } from './a1.js';
import { colorOfXlsx } from './colors.js';
import { simError } from './errors.js';
import type { Cell, CellFill, CellStyle, CellValue, NameDef, Sheet, Visibility } from './model.js';
import { optionsOfXlsx } from './protection.js';

export interface ReadWorkbook {
  sheets: Sheet[];
  names: NameDef[];
  /** Index in `sheets` of the sheet the file opens on. */
  activeIndex: number;
}

/** exceljs pattern names → Excel.FillPattern names. */
export const PATTERNS: Record<string, string> = {
  solid: 'Solid',
  darkGray: 'Gray75',
  mediumGray: 'Gray50',
  lightGray: 'Gray25',
  gray125: 'Gray16',
  gray0625: 'Gray8',
  darkHorizontal: 'Horizontal',
  darkVertical: 'Vertical',
  darkDown: 'Down',
  darkUp: 'Up',
  darkGrid: 'Checker',
  darkTrellis: 'SemiGray75',
  lightHorizontal: 'LightHorizontal',
  lightVertical: 'LightVertical',
  lightDown: 'LightDown',
  lightUp: 'LightUp',
  lightGrid: 'Grid',
  lightTrellis: 'CrissCross',
};

const VISIBILITY: Record<string, Visibility> = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' };
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** exceljs's cell types (ExcelJS.ValueType), which are numbers. */
const NULL = 0;
const MERGE = 1;
const FORMULA = 6;

export async function loadXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new (await exceljs()).Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (error) {
    throw simError('InvalidArgument', `The file is not a workbook exceljs can read (${(error as Error).message}).`);
  }
  return workbook;
}

/** Every sheet of a file (in tab order), its workbook-scoped names and active tab. */
export function readWorkbook(workbook: ExcelJS.Workbook, makeSheet: (name: string) => Sheet): ReadWorkbook {
  const order = (worksheet: ExcelJS.Worksheet) => (worksheet as unknown as { orderNo: number }).orderNo;
  const worksheets = [...workbook.worksheets].sort((a, b) => order(a) - order(b));
  const sheets = worksheets.map((worksheet) => readSheet(worksheet, makeSheet(worksheet.name)));
  const byName = new Map(sheets.map((sheet) => [sheet.name.toLocaleUpperCase(), sheet]));
  const names: NameDef[] = [];
  const model = (workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  for (const { name, ranges } of model) {
    const reference = splitSheet(ranges[0] ?? '');
    const sheet = reference.sheet ? byName.get(reference.sheet.toLocaleUpperCase()) : undefined;
    if (!sheet || ranges.length !== 1) continue;
    try {
      names.push({ name, target: { sheet, area: parseArea(reference.local) }, comment: '', visible: true });
    } catch {
      // A name exceljs parsed but the simulator cannot address: left out.
    }
  }
  const activeTab = (workbook.views as { activeTab?: number }[] | undefined)?.[0]?.activeTab ?? 0;
  const activeWorksheet = worksheets[activeTab];
  const activeIndex = Math.max(0, activeWorksheet ? worksheets.indexOf(activeWorksheet) : 0);
  return { sheets, names, activeIndex };
}

export function readSheet(worksheet: ExcelJS.Worksheet, sheet: Sheet): Sheet {
  sheet.visibility = VISIBILITY[worksheet.state] ?? 'Visible';
  const protection = (worksheet as unknown as { sheetProtection?: Record<string, unknown> }).sheetProtection;
  sheet.protection = optionsOfXlsx(protection);
  if (protection?.['hashValue']) {
    const { algorithmName, hashValue, saltValue, spinCount } = protection;
    sheet.protectionHash = { algorithmName, hashValue, saltValue, spinCount };
  }
  const tab = worksheet.properties?.tabColor as { argb?: string } | undefined;
  sheet.tabColor = colorOfXlsx(tab);
  (worksheet.columns ?? []).forEach((column, i) => {
    if (column.width) sheet.columnWidths.set(i, column.width);
  });
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.height) sheet.rowHeights.set(rowNumber - 1, row.height);
    row.eachCell({ includeEmpty: true }, (xlsxCell, colNumber) => {
      const cell = readCell(xlsxCell);
      if (cell) Object.assign(sheet.touch(rowNumber - 1, colNumber - 1), cell);
    });
  });
  sheet.merges = [...((worksheet.model as unknown as { merges?: string[] }).merges ?? [])];
  sheet.extras = {
    views: clone(worksheet.views),
    pageSetup: clone(worksheet.pageSetup),
    dataValidations: clone((worksheet as unknown as { dataValidations?: { model: unknown } }).dataValidations?.model),
  };
  const activeCell = (worksheet.views?.[0] as { activeCell?: string } | undefined)?.activeCell;
  if (activeCell) {
    try {
      sheet.selection = [parseArea(activeCell)];
    } catch {
      // keep A1
    }
  }
  return sheet;
}

function readCell(xlsxCell: ExcelJS.Cell): Cell | undefined {
  const cell: Cell = {};
  const value = cellValue(xlsxCell);
  if (value !== undefined) cell.value = value;
  if (xlsxCell.type === (FORMULA as ExcelJS.ValueType)) {
    const formula = xlsxCell.formula;
    if (formula) cell.formula = `=${formula}`;
  }
  if (xlsxCell.numFmt && xlsxCell.numFmt !== 'General') cell.numberFormat = xlsxCell.numFmt;
  const fill = fillOf(xlsxCell.fill);
  if (fill) cell.fill = fill;
  if (xlsxCell.protection?.locked === false) cell.locked = false;
  const style: CellStyle = {};
  if (xlsxCell.font && Object.keys(xlsxCell.font).length) style.font = clone(xlsxCell.font);
  if (xlsxCell.border && Object.keys(xlsxCell.border).length) style.border = clone(xlsxCell.border);
  if (xlsxCell.alignment && Object.keys(xlsxCell.alignment).length) style.alignment = clone(xlsxCell.alignment);
  if (Object.keys(style).length) cell.style = style;
  return Object.keys(cell).length ? cell : undefined;
}

function cellValue(xlsxCell: ExcelJS.Cell): CellValue | undefined {
  switch (xlsxCell.type as number) {
    case NULL:
    case MERGE:
      return undefined;
    case FORMULA:
      return constant(xlsxCell.result as unknown);
    default:
      return constant(xlsxCell.value as unknown);
  }
}

function constant(value: unknown): CellValue | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH) / 86_400_000;
  if (typeof value === 'object') {
    const o = value as { error?: string; richText?: { text: string }[]; text?: unknown; result?: unknown };
    if (typeof o.error === 'string') return { error: o.error };
    if (Array.isArray(o.richText)) return o.richText.map((run) => run.text).join('');
    if (typeof o.text === 'string') return o.text;
    if ('result' in o) return constant(o.result);
  }
  return undefined;
}

function fillOf(fill: ExcelJS.Fill | undefined): CellFill | undefined {
  if (!fill) return undefined;
  if (fill.type === 'gradient') {
    const color = colorOfXlsx(fill.stops?.[0]?.color as never);
    return color ? { color, pattern: 'Solid' } : undefined;
  }
  if (fill.type !== 'pattern' || fill.pattern === 'none') return undefined;
  const pattern = PATTERNS[fill.pattern] ?? 'Solid';
  const color =
    pattern === 'Solid' ? colorOfXlsx(fill.fgColor as never) : (colorOfXlsx(fill.bgColor as never) ?? '#FFFFFF');
  return color ? { color, pattern } : undefined;
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
