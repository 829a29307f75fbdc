/**
 * window.__excelSim: the test's side of the simulated Excel — what a user does (open a file, type,
 * format) and what a test checks (cells, selection, sheets, names, the number of syncs).
 */
import { parseArea, parseAreas, splitSheet, type Area } from './a1.js';
import { apiNumberFormat, plainValue, setConstant } from './cells.js';
import { normalizeColor } from './colors.js';
import { simError } from './errors.js';
import { before, changedArgs } from './events.js';
import { book, Sheet, type ProtectionOptions, type Visibility } from './model.js';
import { nameValue } from './names.js';
import type { ExcelSimOptions } from './options.js';
import { assertEditable, cellsOf, protectionOptions } from './protection.js';
import { selectionText } from './range.js';
import { decodeBase64 } from './insertSheets.js';
import { loadXlsx, readWorkbook } from './xlsxRead.js';
import { writeXlsx } from './xlsxWrite.js';

export type Typed = number | string | boolean | null;

export interface CellState {
  /** null when empty; '#REF!' for an error. */
  value: number | string | boolean | null;
  /** '=SUM(C7:C9)' when the cell holds a formula. */
  formula: string | null;
  numberFormat: string;
  /** '#RRGGBB', or null without a fill. */
  fill: string | null;
  locked: boolean;
}

export interface ExcelSimHandle {
  /** Replaces the whole workbook with an xlsx file, very hidden sheets and defined names included (like opening it). */
  open(base64: string): Promise<void>;
  /** The workbook now, as an xlsx file in base64 (what getFileAsync would hand out). */
  save(): Promise<string>;
  /** A user typing: stores the value as given (no parsing; null clears), refuses locked cells of protected sheets, fires onChanged later. */
  type(sheetName: string, address: string, value: Typed): void;
  cell(sheetName: string, address: string): CellState;
  /** Values of a range, null for empty cells. */
  values(sheetName: string, address: string): (number | string | boolean | null)[][];
  /** The active sheet and its selection ("B7:D9" or "B7, D9"). */
  selection(): { sheet: string; address: string };
  /** A user clicking: activates the sheet and selects the address. */
  select(sheetName: string, address: string): void;
  syncCount(): number;
  sheets(): { name: string; id: string; visibility: Visibility; protected: boolean }[];
  /** Workbook names and what they point at: {KB_PACK_ID: "_kiembieu!$B$1"}. */
  names(): Record<string, string>;
  /** A user protecting a sheet; options as Excel.WorksheetProtectionOptions (allowFormatCells…). */
  protect(sheetName: string, options?: Partial<ProtectionOptions>): void;
  unprotect(sheetName: string): void;
  /** A user protecting the workbook structure (Review > Protect Workbook), or lifting it. */
  protectWorkbook(on: boolean): void;
  /** Sets or (null) removes a solid fill, as a test's setup: protection is not checked. */
  setFill(sheetName: string, address: string, color: string | null): void;
  /** Event handlers registered now (all kinds). */
  handlerCount(): number;
  /** Back to one empty "Sheet1"; the sync count and event registrations stay. */
  reset(): void;
}

function sheetNamed(name: string): Sheet {
  const sheet = book.sheetByName(name);
  if (!sheet) throw simError('ItemNotFound', `There is no sheet '${name}'.`, '__excelSim');
  return sheet;
}

function areaOf(address: string): Area {
  return parseArea(splitSheet(address).local);
}

function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function makeHandle(): ExcelSimHandle {
  return {
    async open(base64) {
      const file = await loadXlsx(decodeBase64(base64));
      const read = readWorkbook(file, (name) => new Sheet(book.newSheetId(), name));
      if (!read.sheets.some((sheet) => sheet.visibility === 'Visible'))
        throw simError('InvalidArgument', 'The file has no visible sheet.', '__excelSim.open');
      book.sheets = read.sheets;
      book.names = read.names;
      const active = read.sheets[read.activeIndex];
      book.active = active && active.visibility === 'Visible' ? active : (book.visibleSheets()[0] as Sheet);
    },

    async save() {
      return encodeBase64(await writeXlsx(book));
    },

    type(sheetName, address, value) {
      const sheet = sheetNamed(sheetName);
      const area = areaOf(address);
      assertEditable(sheet, cellsOf(area), '__excelSim.type');
      const old = before(sheet, area);
      for (const [r, c] of cellsOf(area)) {
        setConstant(sheet.touch(r, c), value === null ? undefined : value);
        sheet.prune(r, c);
      }
      book.emit('WorksheetChanged', sheet, changedArgs(sheet, area, 'Unknown', old));
    },

    cell(sheetName, address) {
      const { r0, c0 } = areaOf(address);
      const cell = sheetNamed(sheetName).cell(r0, c0);
      return {
        value: plainValue(cell),
        formula: cell?.formula ?? null,
        numberFormat: apiNumberFormat(cell),
        fill: cell?.fill?.color ?? null,
        locked: cell?.locked !== false,
      };
    },

    values(sheetName, address) {
      const sheet = sheetNamed(sheetName);
      const area = areaOf(address);
      const rows: (number | string | boolean | null)[][] = [];
      for (let r = area.r0; r <= area.r1; r++) {
        const row: (number | string | boolean | null)[] = [];
        for (let c = area.c0; c <= area.c1; c++) row.push(plainValue(sheet.cell(r, c)));
        rows.push(row);
      }
      return rows;
    },

    selection() {
      return { sheet: book.active.name, address: selectionText(book.active) };
    },

    select(sheetName, address) {
      const sheet = sheetNamed(sheetName);
      if (sheet.visibility !== 'Visible')
        throw simError('InvalidOperation', `The sheet '${sheet.name}' is hidden.`, '__excelSim.select');
      const changed = book.active !== sheet;
      sheet.selection = parseAreas(address);
      book.active = sheet;
      if (changed)
        book.emit('WorksheetActivated', sheet, { type: 'WorksheetActivated', source: 'Local', worksheetId: sheet.id });
    },

    syncCount() {
      return book.syncCount;
    },

    sheets() {
      return book.sheets.map((sheet) => ({
        name: sheet.name,
        id: sheet.id,
        visibility: sheet.visibility,
        protected: sheet.protection !== null,
      }));
    },

    names() {
      return Object.fromEntries(book.names.map((def) => [def.name, nameValue(def)]));
    },

    protect(sheetName, options = {}) {
      sheetNamed(sheetName).protection = protectionOptions(options);
    },

    protectWorkbook(on) {
      book.structureProtected = on;
    },
    unprotect(sheetName) {
      const sheet = sheetNamed(sheetName);
      sheet.protection = null;
      sheet.protectionHash = undefined;
    },

    setFill(sheetName, address, color) {
      const sheet = sheetNamed(sheetName);
      const fill =
        color === null ? undefined : { color: normalizeColor(color, '__excelSim.setFill'), pattern: 'Solid' };
      for (const [r, c] of cellsOf(areaOf(address))) {
        sheet.touch(r, c).fill = fill;
        sheet.prune(r, c);
      }
    },

    handlerCount() {
      return book.registrations.filter((reg) => reg.active).length;
    },

    reset() {
      book.reset();
    },
  };
}

declare global {
  var __excelSim: ExcelSimHandle | undefined;
  var __excelSimOptions: ExcelSimOptions | undefined;
}
