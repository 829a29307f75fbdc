/** The batch report as a workbook: a summary sheet (every unit, worst first) and every finding per unit. */
import ExcelJS from 'exceljs';
import { BATCH_SHEETS, batchRows, type BatchEntry, type CompiledPack, type Lang } from '../engine/index.js';
import { writePrintable } from './printableSheet.js';
import { toBytes } from './toBytes.js';

const SUMMARY_WIDTHS = [5, 9, 26, 9, 9, 9, 9, 9, 22, 26, 20];
const FINDING_WIDTHS = [5, 20, 9, 11, 9, 28, 36, 26, 14, 24, 36];

export async function writeBatchReport(
  pack: CompiledPack,
  entries: BatchEntry[],
  lang: Lang,
  at: string,
): Promise<Uint8Array> {
  const rows = batchRows(pack, entries, lang, at);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'kiembieu';
  const summary = workbook.addWorksheet(BATCH_SHEETS.summary[lang]);
  const header = rows.summaryHeader;
  writePrintable(summary, { rows: rows.summary, widths: SUMMARY_WIDTHS, headers: [header] }, lang);
  summary.autoFilter = {
    from: { row: header + 1, column: 1 },
    to: { row: rows.summary.length, column: SUMMARY_WIDTHS.length },
  };
  summary.views = [{ state: 'frozen', ySplit: header + 1 }];

  const findings = workbook.addWorksheet(BATCH_SHEETS.findings[lang]);
  writePrintable(findings, { rows: rows.findings, widths: FINDING_WIDTHS, headers: [0] }, lang);
  findings.getRow(1).font = { bold: true };
  findings.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, rows.findings.length), column: FINDING_WIDTHS.length },
  };
  findings.views = [{ state: 'frozen', ySplit: 1 }];
  return toBytes(workbook);
}
