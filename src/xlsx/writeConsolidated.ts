/**
 * The consolidated workbook: the pack's template with the summed figures, the consolidating unit's
 * identity, a sheet listing the units that went in, stamped as consolidated and as checked.
 */
import {
  META_KEYS,
  META_SHEET,
  UNITS_SHEET,
  cellAt,
  locateTemplate,
  sheetRef,
  unitsSheetRows,
  validate,
  type CompiledPack,
  type Consolidated,
  type Lang,
  type Report,
} from '../engine/index.js';
import { rawWorkbookOf } from './rawWorkbookOf.js';
import { writePrintable } from './printableSheet.js';
import { toBytes } from './toBytes.js';
import { writeIdentity } from './writeIdentity.js';
import { templateWorkbook } from './writeTemplate.js';
import { putValues } from './writeValues.js';
import { setMeta, writeStamp } from './writeStamp.js';

const WIDTHS = [6, 10, 30, 10, 9, 9, 9, 9, 24, 30];

/**
 * `at` is the ISO time of the consolidation. Returns the bytes and their check (what `validate` of the
 * bytes gives: the stamp stored is the stamp of these figures, so it reads as checked and unchanged).
 */
export async function writeConsolidated(
  pack: CompiledPack,
  c: Consolidated,
  lang: Lang,
  at: string,
  fileName: string,
): Promise<{ bytes: Uint8Array; report: Report }> {
  const workbook = await templateWorkbook(pack.pack, lang);
  putValues(workbook, pack, c.values);
  if (pack.pack.identity) writeIdentity(workbook, c.identity);
  const { grids } = locateTemplate(pack, rawWorkbookOf(workbook), fileName);
  const where = (n: { sheet: string; row: string; col: string }) => {
    const p = cellAt(grids.get(n.sheet), n.row, n.col);
    return p && sheetRef(p.sheet.name, p.rowIndex + 1, p.colIndex + 1).replaceAll('$', '');
  };
  const { rows, headers } = unitsSheetRows(pack, c, lang, at, where);
  const sheet = workbook.addWorksheet(UNITS_SHEET[lang]);
  writePrintable(sheet, { rows, widths: WIDTHS, headers }, lang);
  for (const h of headers) sheet.getRow(h).font = { bold: true };
  const meta = workbook.getWorksheet(META_SHEET)!;
  setMeta(meta, META_KEYS.consolidatedAt, at);
  setMeta(meta, META_KEYS.consolidatedUnits, String(c.units.length));
  const report = validate(pack, rawWorkbookOf(workbook), fileName);
  writeStamp(workbook, report.stamp.value, at);
  report.stamp = { value: report.stamp.value, state: 'unchanged', checkedAt: at };
  return { bytes: await toBytes(workbook), report };
}
