/** The in-memory workbook the simulated API works on: sheets of sparse cells, defined names, the active sheet. */
import { MAX_COLS, type Area } from './a1.js';
import { simError } from './errors.js';

/** An Excel error value such as #REF! or #DIV/0!. */
export interface ErrorValue {
  error: string;
}
export type CellValue = number | string | boolean | ErrorValue;

export interface CellFill {
  /** '#RRGGBB' */
  color: string;
  /** Excel's FillPattern name: 'Solid', 'Gray50', … */
  pattern: string;
}

/** What else an xlsx cell carried (exceljs JSON: font, border, alignment), kept so a saved file looks the same. */
export interface CellStyle {
  font?: Record<string, unknown>;
  border?: Record<string, unknown>;
  alignment?: Record<string, unknown>;
}

export interface Cell {
  /** The value; for a formula cell its last known result (there is no calculation). Undefined when empty. */
  value?: CellValue;
  /** '=SUM(C7:C9)' */
  formula?: string;
  /** Undefined means 'General'. */
  numberFormat?: string;
  fill?: CellFill;
  /** Excel's default is locked; only `false` unlocks. */
  locked?: boolean;
  style?: CellStyle;
}

/** Excel.WorksheetProtectionOptions, every flag present. */
export interface ProtectionOptions {
  allowAutoFilter: boolean;
  allowDeleteColumns: boolean;
  allowDeleteRows: boolean;
  allowEditObjects: boolean;
  allowEditScenarios: boolean;
  allowFormatCells: boolean;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowInsertColumns: boolean;
  allowInsertHyperlinks: boolean;
  allowInsertRows: boolean;
  allowPivotTables: boolean;
  allowSort: boolean;
  selectionMode: 'Normal' | 'Unlocked' | 'None';
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export class Sheet {
  visibility: Visibility = 'Visible';
  /** null when the sheet is not protected. */
  protection: ProtectionOptions | null = null;
  /** The password hash fields of an xlsx file, kept for saving (the simulator does not check passwords). */
  protectionHash: Record<string, unknown> | undefined;
  readonly cells = new Map<number, Cell>();
  /** Column widths in characters (xlsx units), by 0-based column. */
  readonly columnWidths = new Map<number, number>();
  /** Row heights in points, by 0-based row. */
  readonly rowHeights = new Map<number, number>();
  merges: string[] = [];
  selection: Area[] = [{ r0: 0, c0: 0, r1: 0, c1: 0 }];
  tabColor: string | undefined;
  /** exceljs views, page setup and data validations of an opened file, written back unchanged. */
  extras: {
    views?: unknown;
    pageSetup?: unknown;
    dataValidations?: unknown;
    headerFooter?: unknown;
    headerSections?: Record<string, string>;
  } = {};

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(row: number, col: number): Cell | undefined {
    return this.cells.get(row * MAX_COLS + col);
  }

  /** The cell, created empty when there is none. */
  touch(row: number, col: number): Cell {
    const key = row * MAX_COLS + col;
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = {}));
    return cell;
  }

  /** Forgets a cell that no longer holds anything. */
  prune(row: number, col: number): void {
    const key = row * MAX_COLS + col;
    const cell = this.cells.get(key);
    if (cell && Object.values(cell).every((v) => v === undefined)) this.cells.delete(key);
  }

  /** Every stored cell inside an area (sparse: empty cells are skipped). */
  *storedCells(area: Area): Generator<[number, number, Cell]> {
    const cells = (area.r1 - area.r0 + 1) * (area.c1 - area.c0 + 1);
    if (cells <= this.cells.size) {
      for (let r = area.r0; r <= area.r1; r++) {
        for (let c = area.c0; c <= area.c1; c++) {
          const cell = this.cell(r, c);
          if (cell) yield [r, c, cell];
        }
      }
      return;
    }
    for (const [key, cell] of this.cells) {
      const r = Math.floor(key / MAX_COLS);
      const c = key % MAX_COLS;
      if (r >= area.r0 && r <= area.r1 && c >= area.c0 && c <= area.c1) yield [r, c, cell];
    }
  }

  /** The smallest area holding every value (and, unless valuesOnly, every formatted cell); undefined when none. */
  usedArea(valuesOnly: boolean): Area | undefined {
    let area: Area | undefined;
    for (const [key, cell] of this.cells) {
      const used =
        cell.value !== undefined ||
        cell.formula !== undefined ||
        (!valuesOnly && (cell.fill || cell.numberFormat || cell.style));
      if (!used) continue;
      const r = Math.floor(key / MAX_COLS);
      const c = key % MAX_COLS;
      if (!area) area = { r0: r, c0: c, r1: r, c1: c };
      else {
        area.r0 = Math.min(area.r0, r);
        area.c0 = Math.min(area.c0, c);
        area.r1 = Math.max(area.r1, r);
        area.c1 = Math.max(area.c1, c);
      }
    }
    return area;
  }
}

/** A workbook-scoped defined name; `target.sheet` is undefined once its sheet was deleted (#REF!). */
export interface NameDef {
  name: string;
  target: { sheet: Sheet | undefined; area: Area };
  comment: string;
  visible: boolean;
}

export type EventKind = 'WorksheetChanged' | 'WorksheetActivated' | 'WorksheetAdded' | 'WorksheetDeleted';

export interface Registration {
  kind: EventKind;
  /** Set for a worksheet's own event; unset for the worksheet collection's. */
  sheet?: Sheet;
  handler: (args: Record<string, unknown>) => unknown;
  active: boolean;
}

export class Book {
  sheets: Sheet[] = [];
  names: NameDef[] = [];
  /** Review > Protect Workbook: sheets cannot be added, deleted, renamed, moved or unhidden. */
  structureProtected = false;
  active!: Sheet;
  syncCount = 0;
  registrations: Registration[] = [];
  private nextSheet = 1;

  constructor() {
    this.reset();
  }

  /** One empty visible "Sheet1", active; no names. Event registrations survive (they belong to the add-in). */
  reset(): void {
    this.sheets = [];
    this.names = [];
    this.structureProtected = false;
    this.active = this.addSheet('Sheet1');
  }

  newSheetId(): string {
    const n = this.nextSheet++;
    return `{00000000-0001-0000-${String(n).padStart(4, '0')}-000000000000}`;
  }

  addSheet(name: string, position = this.sheets.length): Sheet {
    const sheet = new Sheet(this.newSheetId(), name);
    this.sheets.splice(position, 0, sheet);
    return sheet;
  }

  /** Sheet names compare as Excel compares them: case-insensitively. */
  sheetByName(name: string): Sheet | undefined {
    const key = name.toLocaleUpperCase();
    return this.sheets.find((sheet) => sheet.name.toLocaleUpperCase() === key);
  }

  sheetByKey(key: string): Sheet | undefined {
    return this.sheets.find((sheet) => sheet.id === key) ?? this.sheetByName(key);
  }

  nameByName(name: string): NameDef | undefined {
    const key = name.toLocaleUpperCase();
    return this.names.find((def) => def.name.toLocaleUpperCase() === key);
  }

  /** Throws ItemNotFound when the sheet has been deleted (or the workbook replaced). */
  live(sheet: Sheet, where?: string): Sheet {
    if (!this.sheets.includes(sheet))
      throw simError('ItemNotFound', `The worksheet '${sheet.name}' no longer exists.`, where);
    return sheet;
  }

  visibleSheets(): Sheet[] {
    return this.sheets.filter((sheet) => sheet.visibility === 'Visible');
  }

  /** Makes another visible sheet active when the active one is hidden or deleted: the next one, else the one before. */
  moveActiveFrom(sheet: Sheet, remaining: Sheet[]): void {
    if (this.active !== sheet) return;
    const index = this.sheets.indexOf(sheet);
    const after = this.sheets.slice(index + 1).find((s) => s.visibility === 'Visible' && remaining.includes(s));
    const before = this.sheets
      .slice(0, index)
      .reverse()
      .find((s) => s.visibility === 'Visible' && remaining.includes(s));
    const next = after ?? before;
    if (next) this.active = next;
  }

  /** Calls the matching handlers later, as Excel does, never inside the caller's stack. */
  emit(kind: EventKind, sheet: Sheet, args: Record<string, unknown>): void {
    const targets = this.registrations.filter(
      (reg) => reg.active && reg.kind === kind && (!reg.sheet || reg.sheet === sheet),
    );
    for (const reg of targets) {
      setTimeout(() => {
        if (!reg.active) return;
        Promise.resolve()
          .then(() => reg.handler(args))
          .catch((error: unknown) => console.error(`[office.js simulator] ${kind} handler failed:`, error));
      }, 0);
    }
  }
}

/** The one document of this page. */
export const book = new Book();
