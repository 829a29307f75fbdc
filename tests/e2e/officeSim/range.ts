/** Excel.Range and Excel.RangeAreas over the simulated sheets. */
import { areaCols, areaRows, formatArea, MAX_COLS, MAX_ROWS, qualified, type Area } from './a1.js';
import { apiFormula, apiNumberFormat, apiValue, valueType, writeInput } from './cells.js';
import { getCellProperties, setCellProperties } from './cellProperties.js';
import { cellCount, entries, grid, type Cells } from './cellsView.js';
import { ClientObject } from './clientObject.js';
import { ClientResult } from './clientResult.js';
import type { RequestContext, SyncRun } from './context.js';
import { simError } from './errors.js';
import { before, changedArgs, sheetArgs } from './events.js';
import { book, type Sheet } from './model.js';
import { assertEditable, assertFormattable } from './protection.js';
import { RangeFormat } from './rangeFormat.js';
import { Worksheet } from './worksheet.js';

export interface RangeEntity {
  sheet: Sheet;
  area: Area;
}

export class Range extends ClientObject<RangeEntity> {
  readonly _typeName = 'Range';

  constructor(context: RequestContext, resolve: () => RangeEntity | null, queueBind = true) {
    super(context, resolve, queueBind);
  }

  _scalars(): readonly string[] {
    return [
      'address',
      'addressLocal',
      'cellCount',
      'columnCount',
      'columnIndex',
      'formulas',
      'isEntireColumn',
      'isEntireRow',
      'numberFormat',
      'rowCount',
      'rowIndex',
      'values',
      'valueTypes',
    ];
  }
  override _navNames(): readonly string[] {
    return ['format', 'worksheet'];
  }
  override _nav(name: string): ClientObject<unknown> | undefined {
    return name === 'format' ? this.format : name === 'worksheet' ? this.worksheet : undefined;
  }

  _read({ sheet, area }: RangeEntity, prop: string): unknown {
    book.live(sheet, 'Range.load');
    const where = `Range.${prop}`;
    switch (prop) {
      case 'address':
      case 'addressLocal':
        return qualified(sheet.name, area);
      case 'cellCount':
        return areaRows(area) * areaCols(area);
      case 'rowCount':
        return areaRows(area);
      case 'columnCount':
        return areaCols(area);
      case 'rowIndex':
        return area.r0;
      case 'columnIndex':
        return area.c0;
      case 'isEntireColumn':
        return area.r0 === 0 && area.r1 === MAX_ROWS - 1;
      case 'isEntireRow':
        return area.c0 === 0 && area.c1 === MAX_COLS - 1;
      case 'values':
        return grid(sheet, area, apiValue, where);
      case 'valueTypes':
        return grid(sheet, area, valueType, where);
      case 'formulas':
        return grid(sheet, area, apiFormula, where);
      case 'numberFormat':
        return grid(sheet, area, apiNumberFormat, where);
      default:
        return undefined;
    }
  }

  private cells(): Cells | null {
    const entity = this._entity();
    return entity && { sheet: entity.sheet, areas: [entity.area] };
  }

  get format(): RangeFormat {
    return this._child('format', () => new RangeFormat(this.context, () => this.cells()));
  }

  get worksheet(): Worksheet {
    return this._child('worksheet', () => new Worksheet(this.context, () => this._entity()?.sheet ?? null, false));
  }

  get address(): string {
    return this._get('address');
  }
  get addressLocal(): string {
    return this._get('addressLocal');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get isEntireColumn(): boolean {
    return this._get('isEntireColumn');
  }
  get isEntireRow(): boolean {
    return this._get('isEntireRow');
  }
  get valueTypes(): string[][] {
    return this._get('valueTypes');
  }

  get values(): unknown[][] {
    return this._get('values');
  }
  set values(values: unknown[][]) {
    this._set('values', values, (entity, run) => writeContents(entity, values, 'Range.values', run));
  }

  get formulas(): unknown[][] {
    return this._get('formulas');
  }
  set formulas(formulas: unknown[][]) {
    this._set('formulas', formulas, (entity, run) => writeContents(entity, formulas, 'Range.formulas', run));
  }

  get numberFormat(): unknown[][] {
    return this._get('numberFormat');
  }
  set numberFormat(formats: unknown[][]) {
    this._set('numberFormat', formats, ({ sheet, area }) => {
      const where = 'Range.numberFormat';
      book.live(sheet, where);
      const entryAt = entries(formats, area, where);
      const changes: [number, number, string][] = [];
      for (let r = area.r0; r <= area.r1; r++) {
        for (let c = area.c0; c <= area.c1; c++) {
          const format = entryAt(r, c);
          if (format === null || format === undefined) continue;
          if (typeof format !== 'string') throw simError('InvalidArgument', 'A number format is a string.', where);
          changes.push([r, c, format]);
        }
      }
      if (changes.length) assertFormattable(sheet, where);
      for (const [r, c, format] of changes) {
        sheet.touch(r, c).numberFormat = format === 'General' ? undefined : format;
        sheet.prune(r, c);
      }
    });
  }

  getCell(row: number, column: number): Range {
    return this.derived('Range.getCell', (area) => {
      const r = area.r0 + row;
      const c = area.c0 + column;
      return { r0: r, c0: c, r1: r, c1: c };
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this.derived('Range.getOffsetRange', (area) => ({
      r0: area.r0 + rowOffset,
      c0: area.c0 + columnOffset,
      r1: area.r1 + rowOffset,
      c1: area.c1 + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.derived('Range.getResizedRange', (area) => ({
      ...area,
      r1: area.r1 + deltaRows,
      c1: area.c1 + deltaColumns,
    }));
  }

  getRow(row: number): Range {
    return this.derived('Range.getRow', (area) => ({ ...area, r0: area.r0 + row, r1: area.r0 + row }));
  }

  getColumn(column: number): Range {
    return this.derived('Range.getColumn', (area) => ({ ...area, c0: area.c0 + column, c1: area.c0 + column }));
  }

  getLastCell(): Range {
    return this.derived('Range.getLastCell', (area) => ({ r0: area.r1, c0: area.c1, r1: area.r1, c1: area.c1 }));
  }

  private derived(where: string, make: (area: Area) => Area): Range {
    return new Range(this.context, () => {
      const entity = this._entity();
      if (!entity) return null;
      const area = make(entity.area);
      if (
        area.r0 < 0 ||
        area.c0 < 0 ||
        area.r1 >= MAX_ROWS ||
        area.c1 >= MAX_COLS ||
        area.r1 < area.r0 ||
        area.c1 < area.c0
      ) {
        throw simError('InvalidArgument', 'The range would fall outside the sheet.', where);
      }
      return { sheet: entity.sheet, area };
    });
  }

  getCellProperties(spec: Record<string, unknown>): ClientResult<Record<string, unknown>[][]> {
    const result = new ClientResult<Record<string, unknown>[][]>();
    this._do(({ sheet, area }, run) => {
      const properties = getCellProperties(sheet, area, spec ?? {});
      run.commits.push(() => result._settle(properties));
    });
    return result;
  }

  setCellProperties(cellPropertiesData: unknown): void {
    this._do(({ sheet, area }) => setCellProperties(sheet, area, cellPropertiesData));
  }

  /** Excel.ClearApplyTo: 'All' (default), 'Contents', 'Formats'. Contents obey protection, formats need allowFormatCells. */
  clear(applyTo: string = 'All'): void {
    this._do(({ sheet, area }, run) => {
      const where = 'Range.clear';
      book.live(sheet, where);
      const contents = applyTo === 'All' || applyTo === 'Contents' || applyTo === 'ResetContents';
      const formats = applyTo === 'All' || applyTo === 'Formats';
      if (contents)
        assertEditable(
          sheet,
          [...sheet.storedCells(area)].map(([r, c]) => [r, c] as [number, number]),
          where,
        );
      if (formats) assertFormattable(sheet, where);
      const old = before(sheet, area);
      for (const [r, c, cell] of [...sheet.storedCells(area)]) {
        if (contents) {
          cell.value = undefined;
          cell.formula = undefined;
        }
        if (formats) {
          cell.fill = undefined;
          cell.numberFormat = undefined;
          cell.style = undefined;
        }
        sheet.prune(r, c);
      }
      if (contents)
        run.after.push(() => book.emit('WorksheetChanged', sheet, changedArgs(sheet, area, 'ThisLocalAddin', old)));
    });
  }

  select(): void {
    this._do(({ sheet, area }, run) => selectAreas(sheet, [area], 'Range.select', run));
  }

  /** Merges the range into one cell (`across`: each row on its own); no check for overlapping merges. */
  merge(across = false): void {
    this._do(({ sheet, area }) => {
      book.live(sheet, 'Range.merge');
      assertFormattable(sheet, 'Range.merge');
      const rows = across ? Array.from({ length: areaRows(area) }, (_, i) => area.r0 + i) : [area.r0];
      for (const r0 of rows) sheet.merges.push(formatArea({ ...area, r0, r1: across ? r0 : area.r1 }));
    });
  }
}

/**
 * Writes values or formulas. Null entries leave cells alone; every written cell of a protected sheet
 * must be unlocked (AccessDenied otherwise, and nothing is written). Fires onChanged after the sync.
 */
function writeContents({ sheet, area }: RangeEntity, input: unknown, where: string, run: SyncRun): void {
  book.live(sheet, where);
  const entryAt = entries(input, area, where);
  const written: [number, number, unknown][] = [];
  for (let r = area.r0; r <= area.r1; r++) {
    for (let c = area.c0; c <= area.c1; c++) {
      const entry = entryAt(r, c);
      if (entry === null || entry === undefined) continue;
      if (
        !['number', 'string', 'boolean'].includes(typeof entry) ||
        (typeof entry === 'number' && !Number.isFinite(entry))
      ) {
        throw simError('InvalidArgument', `${JSON.stringify(entry)} cannot be written to a cell.`, where);
      }
      written.push([r, c, entry]);
    }
  }
  assertEditable(
    sheet,
    written.map(([r, c]) => [r, c] as [number, number]),
    where,
  );
  const old = before(sheet, area);
  for (const [r, c, entry] of written) {
    writeInput(sheet.touch(r, c), entry, where);
    sheet.prune(r, c);
  }
  if (written.length)
    run.after.push(() => book.emit('WorksheetChanged', sheet, changedArgs(sheet, area, 'ThisLocalAddin', old)));
}

/** Makes a sheet active and selects areas on it; a hidden sheet cannot be selected. */
export function selectAreas(sheet: Sheet, areas: Area[], where: string, run: SyncRun): void {
  book.live(sheet, where);
  if (sheet.visibility !== 'Visible') throw simError('InvalidOperation', `The sheet '${sheet.name}' is hidden.`, where);
  const changed = book.active !== sheet;
  book.active = sheet;
  sheet.selection = areas.map((area) => ({ ...area }));
  if (changed) run.after.push(() => book.emit('WorksheetActivated', sheet, sheetArgs('WorksheetActivated', sheet)));
}

export interface AreasEntity {
  sheet: Sheet;
  areas: Area[];
}

/** Worksheet.getRanges("B7, D9:D10"). */
export class RangeAreas extends ClientObject<AreasEntity> {
  readonly _typeName = 'RangeAreas';

  _scalars(): readonly string[] {
    return ['address', 'addressLocal', 'areaCount', 'cellCount'];
  }
  override _navNames(): readonly string[] {
    return ['format'];
  }
  override _nav(name: string): ClientObject<unknown> | undefined {
    return name === 'format' ? this.format : undefined;
  }

  _read({ sheet, areas }: AreasEntity, prop: string): unknown {
    book.live(sheet, 'RangeAreas.load');
    if (prop === 'areaCount') return areas.length;
    if (prop === 'cellCount') return cellCount({ sheet, areas });
    return areas.map((area) => qualified(sheet.name, area)).join(', ');
  }

  get format(): RangeFormat {
    return this._child('format', () => new RangeFormat(this.context, () => this._entity()));
  }

  get address(): string {
    return this._get('address');
  }
  get addressLocal(): string {
    return this._get('addressLocal');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }

  select(): void {
    this._do(({ sheet, areas }, run) => selectAreas(sheet, areas, 'RangeAreas.select', run));
  }
}

export function selectionText(sheet: Sheet): string {
  return sheet.selection.map((area) => formatArea(area)).join(', ');
}
