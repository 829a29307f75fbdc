/** Excel.Workbook: the worksheets, names, selection, and inserting sheets from another file. */
import { Application } from './application.js';
import { ClientObject } from './clientObject.js';
import { ClientResult } from './clientResult.js';
import type { RequestContext } from './context.js';
import { simError } from './errors.js';
import { insertSheets, type InsertWorksheetOptions } from './insertSheets.js';
import { book, type Book } from './model.js';
import { NamedItemCollection } from './names.js';
import { simOptions } from './options.js';
import { Range, RangeAreas } from './range.js';
import { Worksheet, WorksheetCollection } from './worksheet.js';

export class Workbook extends ClientObject<Book> {
  readonly _typeName = 'Workbook';

  constructor(context: RequestContext) {
    super(context, () => book, false);
  }

  _scalars(): readonly string[] {
    return ['name'];
  }
  _read(): unknown {
    return simOptions().workbookName;
  }
  override _navNames(): readonly string[] {
    return ['worksheets', 'names', 'application', 'protection'];
  }
  override _nav(name: string): ClientObject<unknown> | undefined {
    return name === 'worksheets'
      ? this.worksheets
      : name === 'names'
        ? this.names
        : name === 'application'
          ? this.application
          : name === 'protection'
            ? this.protection
            : undefined;
  }

  get name(): string {
    return this._get('name');
  }
  get worksheets(): WorksheetCollection {
    return this._child('worksheets', () => new WorksheetCollection(this.context));
  }
  get names(): NamedItemCollection {
    return this._child('names', () => new NamedItemCollection(this.context));
  }
  get application(): Application {
    return this._child('application', () => new Application(this.context));
  }
  get protection(): WorkbookProtection {
    return this._child('protection', () => new WorkbookProtection(this.context));
  }

  /** The selection of the active sheet; InvalidSelection when it has several areas. */
  getSelectedRange(): Range {
    return new Range(this.context, () => {
      const sheet = book.active;
      const [area, more] = sheet.selection;
      if (!area || more)
        throw simError('InvalidSelection', 'The selection has several areas.', 'Workbook.getSelectedRange');
      return { sheet, area: { ...area } };
    });
  }

  getSelectedRanges(): RangeAreas {
    return new RangeAreas(this.context, () => ({
      sheet: book.active,
      areas: book.active.selection.map((area) => ({ ...area })),
    }));
  }

  getActiveCell(): Range {
    return new Range(this.context, () => {
      const sheet = book.active;
      const area = sheet.selection[0] ?? { r0: 0, c0: 0, r1: 0, c1: 0 };
      return { sheet, area: { r0: area.r0, c0: area.c0, r1: area.r0, c1: area.c0 } };
    });
  }

  /** Resolves to the new sheets' ids. See insertSheets.ts for what is and is not copied. */
  insertWorksheetsFromBase64(
    base64File: string,
    options: {
      sheetNamesToInsert?: string[];
      positionType?: InsertWorksheetOptions['positionType'];
      relativeTo?: Worksheet | string;
    } = {},
  ): ClientResult<string[]> {
    const result = new ClientResult<string[]>();
    if (options.relativeTo instanceof Worksheet)
      this._sameContext(options.relativeTo, 'Workbook.insertWorksheetsFromBase64');
    this._do(async (_, run) => {
      const relative =
        options.relativeTo instanceof Worksheet ? (options.relativeTo._entity() ?? undefined) : options.relativeTo;
      const ids = await insertSheets(base64File, { ...options, relativeTo: relative }, run);
      run.commits.push(() => result._settle(ids));
    });
    return result;
  }
}

/** Excel.WorkbookProtection: whether the structure is protected (see Book.structureProtected). */
export class WorkbookProtection extends ClientObject<Book> {
  readonly _typeName = 'WorkbookProtection';

  constructor(context: RequestContext) {
    super(context, () => book, false);
  }

  _scalars(): readonly string[] {
    return ['protected'];
  }
  _read(b: Book): unknown {
    return b.structureProtected;
  }

  get protected(): boolean {
    return this._get('protected');
  }
}
