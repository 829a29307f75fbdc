/** Chèn biểu mẫu: puts the pack's blank sheets into the open workbook, never over a sheet that exists. */
import { META_KEYS, META_SHEET, WrongPackError, sheetNameKey } from '../engine/index.js';
import { asText } from './asText.js';
import { SheetsExistError, WorkbookLockedError } from './errors.js';
import { readExcelWorkbook, type ExcelWorkbookRead } from './readExcelWorkbook.js';
import { WORKBOOK_FILE } from './checkInExcel.js';

/** A template made at build time, with what inserting its sheets alone does not bring along. */
export interface TemplateFile {
  base64: string;
  /** Visible template sheets, in order. */
  sheetNames: string[];
  /** Defined names of the template, as references: KB_SHEET_PL1 -> 'Phụ lục 1'!$A$1. */
  names: { name: string; ref: string }[];
  /** Rows of the very hidden meta sheet. */
  meta: [string, string][];
}

/** Three syncs: two to read what is there, one to insert. */
export async function insertTemplate(template: TemplateFile): Promise<void> {
  await Excel.run(async (context) => {
    const read = await readExcelWorkbook(context, template.sheetNames);
    const existing = new Set(read.sheets.map((s) => sheetNameKey(s.name)));
    const wanted = new Set(template.sheetNames.map(sheetNameKey));
    const clashes = read.sheets.filter((s) => wanted.has(sheetNameKey(s.name))).map((s) => s.name);
    if (clashes.length) throw new SheetsExistError(clashes);
    if (read.structureLocked) throw new WorkbookLockedError();
    const metaNeeded = !existing.has(sheetNameKey(META_SHEET));
    if (!metaNeeded) refuseOtherPack(read.raw.meta ?? {}, template.meta);
    const { workbook } = context;
    workbook.insertWorksheetsFromBase64(template.base64, {
      sheetNamesToInsert: template.sheetNames,
      positionType: 'End',
    });
    if (metaNeeded) writeMetaSheet(workbook, template.meta);
    addNames(workbook, template.names, read);
    workbook.worksheets.getItem(template.sheetNames[0]!).activate();
    await context.sync();
  });
}

/** A name already there is the user's or ours and stays, unless its sheet was deleted (#REF!). */
function addNames(workbook: Excel.Workbook, names: TemplateFile['names'], read: ExcelWorkbookRead): void {
  const upper = (list: string[]) => new Set(list.map((n) => n.toUpperCase()));
  const taken = upper(read.names);
  const broken = upper(read.brokenNames);
  for (const { name, ref } of names) {
    const key = name.toUpperCase();
    if (broken.has(key)) workbook.names.getItem(name).delete();
    if (!taken.has(key) || broken.has(key)) workbook.names.add(name, `=${ref}`);
  }
}

function writeMetaSheet(workbook: Excel.Workbook, meta: [string, string][]): void {
  const sheet = workbook.worksheets.add(META_SHEET);
  sheet.getRange(`A1:B${meta.length}`).values = asText(meta);
  sheet.visibility = 'VeryHidden';
}

/** A workbook that already holds another pack's templates keeps them alone. */
function refuseOtherPack(stored: Record<string, string>, mine: [string, string][]): void {
  const label = (get: (k: string) => string | undefined) => `${get(META_KEYS.packId)} ${get(META_KEYS.packVersion)}`;
  const found = label((k) => stored[k]);
  const wanted = label((k) => mine.find(([key]) => key === k)?.[1]);
  if (stored[META_KEYS.packId] !== undefined && found !== wanted)
    throw new WrongPackError(WORKBOOK_FILE, found, wanted);
}
