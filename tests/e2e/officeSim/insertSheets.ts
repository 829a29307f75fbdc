/**
 * Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13), as far as add-ins can rely on it: sheets come in
 * with values, number formats, fills, fonts, merges, column widths and protection; workbook names and
 * very hidden sheets do not. A name clash fails the whole insert with InvalidArgument.
 */
import type { SyncRun } from './context.js';
import { simError } from './errors.js';
import { sheetArgs } from './events.js';
import { book, Sheet } from './model.js';
import { isSetSupported } from './options.js';
import { assertStructureOpen } from './worksheet.js';
import { loadXlsx, readWorkbook } from './xlsxRead.js';

export interface InsertWorksheetOptions {
  sheetNamesToInsert?: string[];
  positionType?: 'None' | 'Before' | 'After' | 'Beginning' | 'End';
  /** A Worksheet proxy (resolved by the caller) or a sheet name. */
  relativeTo?: Sheet | string;
}

const WHERE = 'Workbook.insertWorksheetsFromBase64';

export async function insertSheets(base64: string, options: InsertWorksheetOptions, run: SyncRun): Promise<string[]> {
  assertStructureOpen('Workbook.insertWorksheetsFromBase64');
  if (!isSetSupported('ExcelApi', '1.13'))
    throw simError('ApiNotFound', 'insertWorksheetsFromBase64 needs ExcelApi 1.13.', WHERE);
  const file = await loadXlsx(decodeBase64(base64));
  const { sheets } = readWorkbook(file, (name) => new Sheet(book.newSheetId(), name));
  const asked = options.sheetNamesToInsert?.length
    ? new Set(options.sheetNamesToInsert.map((n) => n.toLocaleUpperCase()))
    : undefined;
  const chosen = sheets.filter((sheet) =>
    asked
      ? asked.has(sheet.name.toLocaleUpperCase()) && sheet.visibility !== 'VeryHidden'
      : sheet.visibility === 'Visible',
  );
  const clash = chosen.find((sheet) => book.sheetByName(sheet.name));
  if (clash) throw simError('InvalidArgument', `The workbook already has a sheet named '${clash.name}'.`, WHERE);
  let at = position(options);
  for (const sheet of chosen) {
    sheet.selection = [{ r0: 0, c0: 0, r1: 0, c1: 0 }];
    book.sheets.splice(at++, 0, sheet);
    run.after.push(() => book.emit('WorksheetAdded', sheet, sheetArgs('WorksheetAdded', sheet)));
  }
  return chosen.map((sheet) => sheet.id);
}

function position({ positionType = 'End', relativeTo }: InsertWorksheetOptions): number {
  switch (positionType) {
    case 'Beginning':
      return 0;
    case 'End':
    case 'None':
      return book.sheets.length;
    case 'Before':
    case 'After': {
      const sheet = typeof relativeTo === 'string' ? book.sheetByKey(relativeTo) : relativeTo;
      if (!sheet || !book.sheets.includes(sheet))
        throw simError('InvalidArgument', `positionType ${positionType} needs an existing relativeTo sheet.`, WHERE);
      return book.sheets.indexOf(sheet) + (positionType === 'After' ? 1 : 0);
    }
    default:
      throw simError('InvalidArgument', `"${String(positionType)}" is not a WorksheetPositionType.`, WHERE);
  }
}

export function decodeBase64(base64: string): Uint8Array {
  if (typeof base64 !== 'string' || base64 === '')
    throw simError('InvalidArgument', 'The file is not a base64 string.', WHERE);
  try {
    const text = atob(base64.replace(/^data:[^,]*,/, '').replace(/\s+/g, ''));
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return bytes;
  } catch {
    throw simError('InvalidArgument', 'The file is not valid base64.', WHERE);
  }
}
