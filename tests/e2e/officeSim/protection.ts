/** Sheet protection: what a protected sheet refuses, and its xlsx (exceljs) form. */
import { qualified, type Area } from './a1.js';
import { simError } from './errors.js';
import type { ProtectionOptions, Sheet } from './model.js';

/** Excel's defaults for `protect()` without options: nothing allowed but selecting. */
export function protectionOptions(given: Partial<ProtectionOptions> = {}): ProtectionOptions {
  return {
    allowAutoFilter: false,
    allowDeleteColumns: false,
    allowDeleteRows: false,
    allowEditObjects: false,
    allowEditScenarios: false,
    allowFormatCells: false,
    allowFormatColumns: false,
    allowFormatRows: false,
    allowInsertColumns: false,
    allowInsertHyperlinks: false,
    allowInsertRows: false,
    allowPivotTables: false,
    allowSort: false,
    selectionMode: 'Normal',
    ...given,
  };
}

/** Values and formulas go only into unlocked cells of a protected sheet. */
export function assertEditable(sheet: Sheet, cells: Iterable<[number, number]>, where: string): void {
  if (!sheet.protection) return;
  for (const [r, c] of cells) {
    if (sheet.cell(r, c)?.locked !== false) {
      throw simError(
        'AccessDenied',
        `The cell ${qualified(sheet.name, { r0: r, c0: c, r1: r, c1: c })} is locked on a protected sheet.`,
        where,
      );
    }
  }
}

/** Every cell of an area, for assertEditable. */
export function* cellsOf(area: Area): Generator<[number, number]> {
  for (let r = area.r0; r <= area.r1; r++) for (let c = area.c0; c <= area.c1; c++) yield [r, c];
}

/** Formats (fill, font, number format, alignment) change on a protected sheet only when it allows formatting cells. */
export function assertFormattable(sheet: Sheet, where: string, what: 'Cells' | 'Columns' | 'Rows' = 'Cells'): void {
  if (sheet.protection && !sheet.protection[`allowFormat${what}`]) {
    throw simError(
      'AccessDenied',
      `The sheet '${sheet.name}' is protected and does not allow formatting ${what.toLowerCase()}.`,
      where,
    );
  }
}

/** Locking or unlocking cells needs the sheet unprotected. */
export function assertUnprotected(sheet: Sheet, where: string): void {
  if (sheet.protection) throw simError('AccessDenied', `The sheet '${sheet.name}' is protected.`, where);
}

/** exceljs's worksheet.sheetProtection (true = allowed, objects/scenarios false = protected) as options. */
export function optionsOfXlsx(model: Record<string, unknown> | undefined): ProtectionOptions | null {
  if (!model?.['sheet']) return null;
  const allowed = (key: string) => model[key] === true;
  return protectionOptions({
    allowAutoFilter: allowed('autoFilter'),
    allowDeleteColumns: allowed('deleteColumns'),
    allowDeleteRows: allowed('deleteRows'),
    allowEditObjects: model['objects'] !== false,
    allowEditScenarios: model['scenarios'] !== false,
    allowFormatCells: allowed('formatCells'),
    allowFormatColumns: allowed('formatColumns'),
    allowFormatRows: allowed('formatRows'),
    allowInsertColumns: allowed('insertColumns'),
    allowInsertHyperlinks: allowed('insertHyperlinks'),
    allowInsertRows: allowed('insertRows'),
    allowPivotTables: allowed('pivotTables'),
    allowSort: allowed('sort'),
    selectionMode:
      model['selectLockedCells'] === false ? (model['selectUnlockedCells'] === false ? 'None' : 'Unlocked') : 'Normal',
  });
}

export function xlsxOfOptions(
  options: ProtectionOptions,
  hash: Record<string, unknown> | undefined,
): Record<string, unknown> {
  return {
    ...hash,
    sheet: true,
    autoFilter: options.allowAutoFilter,
    deleteColumns: options.allowDeleteColumns,
    deleteRows: options.allowDeleteRows,
    objects: options.allowEditObjects ? undefined : false,
    scenarios: options.allowEditScenarios ? undefined : false,
    formatCells: options.allowFormatCells,
    formatColumns: options.allowFormatColumns,
    formatRows: options.allowFormatRows,
    insertColumns: options.allowInsertColumns,
    insertHyperlinks: options.allowInsertHyperlinks,
    insertRows: options.allowInsertRows,
    pivotTables: options.allowPivotTables,
    sort: options.allowSort,
    selectLockedCells: options.selectionMode === 'Normal' ? undefined : false,
    selectUnlockedCells: options.selectionMode === 'None' ? false : undefined,
  };
}
