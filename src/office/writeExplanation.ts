/** A warning's explanation written to the meta sheet, or removed by an empty text: one read, one write. */
import { EXPLANATION_PREFIX, META_SHEET, explanationRow, findingKey, type Finding } from '../engine/index.js';
import { asText } from './asText.js';
import { WorkbookLockedError } from './errors.js';

export async function writeExplanation(f: Finding, text: string, at: string): Promise<void> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const meta = sheets.getItemOrNullObject(META_SHEET);
    const used = meta.getUsedRangeOrNullObject().load('values');
    const structure = context.workbook.protection.load('protected');
    await context.sync();
    const missing = meta.isNullObject;
    if (missing && structure.protected) throw new WorkbookLockedError();
    const rows = missing || used.isNullObject ? [] : used.values.map((r) => [String(r[0] ?? ''), String(r[1] ?? '')]);
    const key = `${EXPLANATION_PREFIX}${findingKey(f)}`;
    const kept = rows.filter(([k]) => k && k !== key);
    const next = text.trim() ? [...kept, explanationRow(f, text, at)] : kept;
    const sheet = missing ? sheets.add(META_SHEET) : meta;
    if (missing) sheet.visibility = 'VeryHidden';
    const height = Math.max(next.length, rows.length);
    const blank = Array.from({ length: height - next.length }, () => ['', '']);
    if (height) sheet.getRange(`A1:B${height}`).values = asText([...next, ...blank]);
    await context.sync();
  });
}
