/** Workbook defined names (Excel.NamedItem, Excel.NamedItemCollection): names of ranges only. */
import { formatArea, parseArea, qualified, splitSheet } from './a1.js';
import { ClientCollection, ClientObject } from './clientObject.js';
import { ClientResult } from './clientResult.js';
import type { RequestContext } from './context.js';
import { simError } from './errors.js';
import { book, type Book, type NameDef } from './model.js';
import { Range } from './range.js';

/** "'Biểu 1'!$A$1", or "#REF!" once the sheet is gone. */
export function nameValue(def: NameDef): string {
  return def.target.sheet ? qualified(def.target.sheet.name, def.target.area, true) : '#REF!';
}

function nameFormula(def: NameDef): string {
  return def.target.sheet ? `=${nameValue(def)}` : `=#REF!${formatArea(def.target.area, true)}`;
}

export class NamedItem extends ClientObject<NameDef> {
  readonly _typeName = 'NamedItem';

  constructor(context: RequestContext, resolve: () => NameDef | null, queueBind = true) {
    super(context, resolve, queueBind);
  }

  _scalars(): readonly string[] {
    return ['name', 'type', 'value', 'formula', 'comment', 'visible', 'scope'];
  }

  _read(def: NameDef, prop: string): unknown {
    live(def, 'NamedItem.load');
    switch (prop) {
      case 'name':
        return def.name;
      case 'type':
        return def.target.sheet ? 'Range' : 'Error';
      case 'value':
        return nameValue(def);
      case 'formula':
        return nameFormula(def);
      case 'comment':
        return def.comment;
      case 'visible':
        return def.visible;
      default:
        return 'Workbook';
    }
  }

  get name(): string {
    return this._get('name');
  }
  get type(): string {
    return this._get('type');
  }
  get value(): string {
    return this._get('value');
  }
  get formula(): string {
    return this._get('formula');
  }
  get comment(): string {
    return this._get('comment');
  }
  get visible(): boolean {
    return this._get('visible');
  }
  get scope(): string {
    return this._get('scope');
  }

  /** InvalidReference when the name's sheet was deleted. */
  getRange(): Range {
    return new Range(this.context, () => {
      const def = this._entity();
      if (!def) return null;
      live(def, 'NamedItem.getRange');
      if (!def.target.sheet)
        throw simError('InvalidReference', `The name '${def.name}' refers to #REF!.`, 'NamedItem.getRange');
      return { sheet: def.target.sheet, area: { ...def.target.area } };
    });
  }

  getRangeOrNullObject(): Range {
    return new Range(this.context, () => {
      const def = this._entity();
      if (!def || !book.names.includes(def) || !def.target.sheet) return null;
      return { sheet: def.target.sheet, area: { ...def.target.area } };
    });
  }

  delete(): void {
    this._do((def) => {
      live(def, 'NamedItem.delete');
      book.names = book.names.filter((d) => d !== def);
    });
  }
}

function live(def: NameDef, where: string): void {
  if (!book.names.includes(def)) throw simError('ItemNotFound', `The name '${def.name}' no longer exists.`, where);
}

/** Excel's rules for a name: a letter, "_" or "\" first, then letters, digits, "_", ".", "\"; not a cell reference. */
function nameProblem(name: unknown): string | undefined {
  if (typeof name !== 'string' || !/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || name.length > 255)
    return `"${String(name)}" is not a valid name.`;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]$/.test(name))
    return `"${name}" reads as a cell reference.`;
  return undefined;
}

export class NamedItemCollection extends ClientCollection<Book, NamedItem, NameDef> {
  readonly _typeName = 'NamedItemCollection';

  constructor(context: RequestContext) {
    super(context, () => book, false);
  }

  _list(): NameDef[] {
    return [...book.names];
  }
  _item(def: NameDef): NamedItem {
    return new NamedItem(this.context, () => def, false);
  }

  getItem(name: string): NamedItem {
    return new NamedItem(this.context, () => {
      const def = book.nameByName(name);
      if (!def) throw simError('ItemNotFound', `There is no name '${name}'.`, 'NamedItemCollection.getItem');
      return def;
    });
  }

  getItemOrNullObject(name: string): NamedItem {
    return new NamedItem(this.context, () => book.nameByName(name) ?? null);
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this._do((_, run) => {
      const count = book.names.length;
      run.commits.push(() => result._settle(count));
    });
    return result;
  }

  /**
   * A workbook name for a Range (of this context) or a reference string such as "='Biểu 1'!$A$1".
   * ItemAlreadyExists when taken (any case); InvalidArgument for a bad name or anything but a range on an existing sheet.
   */
  add(name: string, reference: Range | string, comment = ''): NamedItem {
    const where = 'NamedItemCollection.add';
    if (reference instanceof Range) this._sameContext(reference, where);
    let added: NameDef | undefined;
    const item = new NamedItem(this.context, () => added ?? null, false);
    this._do((_, run) => {
      const problem = nameProblem(name);
      if (problem) throw simError('InvalidArgument', problem, where);
      if (book.nameByName(name)) throw simError('ItemAlreadyExists', `The name '${name}' already exists.`, where);
      let target: NameDef['target'];
      if (reference instanceof Range) {
        const entity = reference._entity();
        if (!entity) throw simError('InvalidArgument', 'The range is a null object.', where);
        target = { sheet: book.live(entity.sheet, where), area: { ...entity.area } };
      } else {
        const { sheet: sheetName, local } = splitSheet(String(reference));
        const sheet = sheetName === undefined ? undefined : book.sheetByName(sheetName);
        if (!sheet)
          throw simError(
            'InvalidArgument',
            `"${String(reference)}" is not a range on an existing sheet (the simulator keeps range names only).`,
            where,
          );
        target = { sheet, area: parseArea(local) };
      }
      added = { name, target, comment, visible: true };
      book.names.push(added);
      item._entity();
      run.commits.push(() => item._markFound());
    });
    return item;
  }
}
