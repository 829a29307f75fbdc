/** Excel.Worksheet, its protection, and the worksheet collection. */
import { parseArea, splitSheet, MAX_COLS, MAX_ROWS, type Area, parseAreas } from './a1.js';
import { ClientCollection, ClientObject } from './clientObject.js';
import { ClientResult } from './clientResult.js';
import type { RequestContext } from './context.js';
import { simError } from './errors.js';
import { EventSource, sheetArgs } from './events.js';
import { book, type Book, type EventKind, type ProtectionOptions, type Sheet, type Visibility } from './model.js';
import { PageLayout } from './pageLayout.js';
import { protectionOptions } from './protection.js';
import { Range, RangeAreas, type RangeEntity } from './range.js';

const VISIBILITIES: Visibility[] = ['Visible', 'Hidden', 'VeryHidden'];

/** Excel's rules for a sheet name; the reason it is refused, or undefined. */
export function sheetNameProblem(name: unknown): string | undefined {
  if (typeof name !== 'string' || name.length === 0) return 'A sheet name cannot be empty.';
  if (name.length > 31) return `The sheet name '${name}' is longer than 31 characters.`;
  if (/[[\]:*?/\\]/.test(name)) return `The sheet name '${name}' contains one of : \\ / ? * [ ].`;
  if (name.startsWith("'") || name.endsWith("'")) return `The sheet name '${name}' begins or ends with an apostrophe.`;
  if (name.toLocaleLowerCase() === 'history') return '"History" is reserved by Excel.';
  return undefined;
}

export function assertNewSheetName(name: unknown, where: string, except?: Sheet): string {
  const problem = sheetNameProblem(name);
  if (problem) throw simError('InvalidArgument', problem, where);
  const existing = book.sheetByName(name as string);
  if (existing && existing !== except)
    throw simError('ItemAlreadyExists', `A sheet named '${existing.name}' already exists.`, where);
  return name as string;
}

export class Worksheet extends ClientObject<Sheet> {
  readonly _typeName = 'Worksheet';

  constructor(context: RequestContext, resolve: () => Sheet | null, queueBind = true) {
    super(context, resolve, queueBind);
  }

  _scalars(): readonly string[] {
    return ['id', 'name', 'position', 'visibility', 'tabColor'];
  }
  override _navNames(): readonly string[] {
    return ['protection'];
  }
  override _nav(name: string): ClientObject<unknown> | undefined {
    return name === 'protection' ? this.protection : undefined;
  }

  _read(sheet: Sheet, prop: string): unknown {
    book.live(sheet, 'Worksheet.load');
    switch (prop) {
      case 'id':
        return sheet.id;
      case 'name':
        return sheet.name;
      case 'position':
        return book.sheets.indexOf(sheet);
      case 'visibility':
        return sheet.visibility;
      default:
        return sheet.tabColor ?? '';
    }
  }

  get protection(): WorksheetProtection {
    return this._child('protection', () => new WorksheetProtection(this.context, () => this._entity()));
  }
  get pageLayout(): PageLayout {
    return this._child('pageLayout', () => new PageLayout(this.context, () => this._entity(), false));
  }

  private changed: EventSource | undefined;

  /** This sheet's changes only. */
  get onChanged(): EventSource {
    return (this.changed ??= new EventSource(this.context, 'WorksheetChanged', () => this._entity()));
  }

  get id(): string {
    return this._get('id');
  }

  get name(): string {
    return this._get('name');
  }
  set name(name: string) {
    this._set('name', name, (sheet) => {
      book.live(sheet, 'Worksheet.name');
      sheet.name = assertNewSheetName(name, 'Worksheet.name', sheet);
    });
  }

  get position(): number {
    return this._get('position');
  }
  set position(position: number) {
    this._set('position', position, (sheet) => {
      book.live(sheet, 'Worksheet.position');
      if (!Number.isInteger(position) || position < 0 || position >= book.sheets.length) {
        throw simError('InvalidArgument', `There is no position ${position}.`, 'Worksheet.position');
      }
      book.sheets.splice(book.sheets.indexOf(sheet), 1);
      book.sheets.splice(position, 0, sheet);
    });
  }

  get visibility(): Visibility {
    return this._get('visibility');
  }
  set visibility(visibility: Visibility) {
    this._set('visibility', visibility, (sheet) => {
      const where = 'Worksheet.visibility';
      book.live(sheet, where);
      if (!VISIBILITIES.includes(visibility))
        throw simError('InvalidArgument', `"${visibility}" is not a sheet visibility.`, where);
      if (visibility !== 'Visible' && sheet.visibility === 'Visible' && book.visibleSheets().length === 1) {
        throw simError('InvalidOperation', 'A workbook must keep at least one visible worksheet.', where);
      }
      if (visibility !== 'Visible')
        book.moveActiveFrom(
          sheet,
          book.sheets.filter((s) => s !== sheet),
        );
      sheet.visibility = visibility;
    });
  }

  get tabColor(): string {
    return this._get('tabColor');
  }

  /** An A1 address on this sheet ("B7", "B7:D9", "A:C"), or a workbook name that points here; no address: the whole sheet. */
  getRange(address?: string): Range {
    return new Range(this.context, () => {
      const sheet = this._entity();
      if (!sheet) return null;
      book.live(sheet, 'Worksheet.getRange');
      return { sheet, area: areaOn(sheet, address, 'Worksheet.getRange') };
    });
  }

  getRanges(address: string): RangeAreas {
    return new RangeAreas(this.context, () => {
      const sheet = this._entity();
      if (!sheet) return null;
      book.live(sheet, 'Worksheet.getRanges');
      return { sheet, areas: parseAreas(address) };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return new Range(this.context, () => {
      const sheet = this._entity();
      if (!sheet) return null;
      const area = { r0: startRow, c0: startColumn, r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 };
      return {
        sheet: book.live(sheet, 'Worksheet.getRangeByIndexes'),
        area: checked(area, 'Worksheet.getRangeByIndexes'),
      };
    });
  }

  getCell(row: number, column: number): Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** The used range; of an empty sheet, A1. */
  getUsedRange(valuesOnly = false): Range {
    return new Range(this.context, () => {
      const sheet = this._entity();
      return sheet && (this.usedRange(valuesOnly) ?? { sheet, area: { r0: 0, c0: 0, r1: 0, c1: 0 } });
    });
  }

  /** The used range; of an empty sheet, a null object. */
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(this.context, () => this.usedRange(valuesOnly));
  }

  private usedRange(valuesOnly: boolean): RangeEntity | null {
    const sheet = this._entity();
    if (!sheet) return null;
    const area = book.live(sheet, 'Worksheet.getUsedRange').usedArea(valuesOnly);
    return area ? { sheet, area } : null;
  }

  activate(): void {
    this._do((sheet, run) => {
      book.live(sheet, 'Worksheet.activate');
      if (sheet.visibility !== 'Visible')
        throw simError('InvalidOperation', `The sheet '${sheet.name}' is hidden.`, 'Worksheet.activate');
      if (book.active === sheet) return;
      book.active = sheet;
      run.after.push(() => book.emit('WorksheetActivated', sheet, sheetArgs('WorksheetActivated', sheet)));
    });
  }

  /** Deletes the sheet (protected or not); names on it turn into #REF!. The last visible sheet cannot go. */
  delete(): void {
    this._do((sheet, run) => {
      const where = 'Worksheet.delete';
      book.live(sheet, where);
      assertStructureOpen(where);
      const remaining = book.sheets.filter((s) => s !== sheet);
      if (!remaining.some((s) => s.visibility === 'Visible')) {
        throw simError('InvalidOperation', 'A workbook must keep at least one visible worksheet.', where);
      }
      book.moveActiveFrom(sheet, remaining);
      book.sheets = remaining;
      for (const def of book.names) if (def.target.sheet === sheet) def.target.sheet = undefined;
      run.after.push(() => book.emit('WorksheetDeleted', sheet, sheetArgs('WorksheetDeleted', sheet)));
    });
  }
}

function areaOn(sheet: Sheet, address: string | undefined, where: string): Area {
  if (address === undefined || address === '') return { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 };
  const { sheet: prefix, local } = splitSheet(address);
  if (prefix !== undefined && prefix.toLocaleUpperCase() !== sheet.name.toLocaleUpperCase()) {
    throw simError('InvalidArgument', `"${address}" is not on the sheet '${sheet.name}'.`, where);
  }
  try {
    return parseArea(local);
  } catch (error) {
    const def = prefix === undefined ? book.nameByName(local) : undefined;
    if (def?.target.sheet === sheet) return { ...def.target.area };
    throw error;
  }
}

function checked(area: Area, where: string): Area {
  const ok =
    [area.r0, area.c0, area.r1, area.c1].every(Number.isInteger) &&
    area.r0 >= 0 &&
    area.c0 >= 0 &&
    area.r1 >= area.r0 &&
    area.c1 >= area.c0;
  if (!ok || area.r1 >= MAX_ROWS || area.c1 >= MAX_COLS)
    throw simError('InvalidArgument', 'The indexes fall outside the sheet.', where);
  return area;
}

export class WorksheetProtection extends ClientObject<Sheet> {
  readonly _typeName = 'WorksheetProtection';

  constructor(context: RequestContext, resolve: () => Sheet | null) {
    super(context, resolve, false);
  }

  _scalars(): readonly string[] {
    return ['protected', 'options'];
  }

  _read(sheet: Sheet, prop: string): unknown {
    book.live(sheet, 'WorksheetProtection.load');
    if (prop === 'protected') return sheet.protection !== null;
    return sheet.protection ?? protectionOptions();
  }

  get protected(): boolean {
    return this._get('protected');
  }
  get options(): ProtectionOptions {
    return this._get('options');
  }

  /** Fails with InvalidOperation when the sheet is protected already, as Excel's protect() does. */
  protect(options?: Partial<ProtectionOptions>, _password?: string): void {
    this._do((sheet) => {
      book.live(sheet, 'WorksheetProtection.protect');
      if (sheet.protection)
        throw simError(
          'InvalidOperation',
          `The sheet '${sheet.name}' is already protected.`,
          'WorksheetProtection.protect',
        );
      sheet.protection = protectionOptions(options ?? {});
    });
  }

  /** Passwords are not checked; a sheet whose xlsx had a password still needs one given. */
  unprotect(password?: string): void {
    this._do((sheet) => {
      book.live(sheet, 'WorksheetProtection.unprotect');
      if (sheet.protectionHash && !password) {
        throw simError(
          'InvalidArgument',
          `The sheet '${sheet.name}' is protected with a password.`,
          'WorksheetProtection.unprotect',
        );
      }
      sheet.protection = null;
      sheet.protectionHash = undefined;
    });
  }
}

export class WorksheetCollection extends ClientCollection<Book, Worksheet, Sheet> {
  readonly _typeName = 'WorksheetCollection';

  constructor(context: RequestContext) {
    super(context, () => book, false);
  }

  _list(): Sheet[] {
    return [...book.sheets];
  }
  _item(sheet: Sheet): Worksheet {
    return new Worksheet(this.context, () => sheet, false);
  }

  private readonly sources = new Map<EventKind, EventSource>();

  private events(kind: EventKind): EventSource {
    let source = this.sources.get(kind);
    if (!source) this.sources.set(kind, (source = new EventSource(this.context, kind, () => undefined)));
    return source;
  }
  get onChanged(): EventSource {
    return this.events('WorksheetChanged');
  }
  get onActivated(): EventSource {
    return this.events('WorksheetActivated');
  }
  get onAdded(): EventSource {
    return this.events('WorksheetAdded');
  }
  get onDeleted(): EventSource {
    return this.events('WorksheetDeleted');
  }

  /** By name (any case) or id; ItemNotFound at sync when there is none. */
  getItem(key: string): Worksheet {
    return new Worksheet(this.context, () => {
      const sheet = book.sheetByKey(key);
      if (!sheet) throw simError('ItemNotFound', `There is no worksheet '${key}'.`, 'WorksheetCollection.getItem');
      return sheet;
    });
  }

  getItemOrNullObject(key: string): Worksheet {
    return new Worksheet(this.context, () => book.sheetByKey(key) ?? null);
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, () => book.active);
  }

  getFirst(visibleOnly = false): Worksheet {
    return new Worksheet(this.context, () => (visibleOnly ? book.visibleSheets() : book.sheets)[0] ?? null);
  }

  getLast(visibleOnly = false): Worksheet {
    return new Worksheet(this.context, () => (visibleOnly ? book.visibleSheets() : book.sheets).at(-1) ?? null);
  }

  getCount(visibleOnly = false): ClientResult<number> {
    const result = new ClientResult<number>();
    this._do((_, run) => {
      const count = (visibleOnly ? book.visibleSheets() : book.sheets).length;
      run.commits.push(() => result._settle(count));
    });
    return result;
  }

  /** A new empty sheet at the end, not activated (as Excel); default name SheetN. ItemAlreadyExists for a taken name. */
  add(name?: string): Worksheet {
    let added: Sheet | undefined;
    const worksheet = new Worksheet(this.context, () => added ?? null, false);
    this._do((_, run) => {
      const where = 'WorksheetCollection.add';
      assertStructureOpen(where);
      const sheetName = name === undefined ? defaultName() : assertNewSheetName(name, where);
      added = book.addSheet(sheetName);
      const sheet = added;
      worksheet._entity();
      run.commits.push(() => worksheet._markFound());
      run.after.push(() => book.emit('WorksheetAdded', sheet, sheetArgs('WorksheetAdded', sheet)));
    });
    return worksheet;
  }
}

function defaultName(): string {
  for (let n = 1; ; n++) if (!book.sheetByName(`Sheet${n}`)) return `Sheet${n}`;
}

/** A workbook whose structure is protected refuses to add or delete sheets. */
export function assertStructureOpen(where: string): void {
  if (book.structureProtected) throw simError('AccessDenied', 'The workbook structure is protected.', where);
}
