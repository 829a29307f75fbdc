/** The batch report as a workbook: a summary sheet (every unit, worst first) and every finding per unit. */
import ExcelJS from 'exceljs';
import { BATCH_SHEETS, batchRows, type BatchEntry, type CompiledPack, type Lang } from '../engine/index.js';
import { toBytes } from './toBytes.js';

const SUMMARY_WIDTHS = [6, 12, 36, 12, 8, 10, 34, 40, 50];
const FINDING_WIDTHS = [6, 12, 30, 30, 10, 8, 24, 80, 44];
const BOLD = { bold: true };

export async function writeBatchReport(pack: CompiledPack, entries: BatchEntry[], lang: Lang, at: string): Promise<Uint8Array> {
  const rows = batchRows(pack, entries, lang, at);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'kiembieu';
  const summary = workbook.addWorksheet(BATCH_SHEETS.summary[lang]);
  summary.addRows(rows.summary);
  summary.getRow(1).font = { ...BOLD, size: 14 };
  const header = rows.summaryHeader + 1;
  summary.getRow(header).font = BOLD;
  SUMMARY_WIDTHS.forEach((width, i) => (summary.getColumn(i + 1).width = width));
  summary.getColumn(1).alignment = { horizontal: 'left' };
  summary.autoFilter = { from: { row: header, column: 1 }, to: { row: rows.summary.length, column: SUMMARY_WIDTHS.length } };
  summary.views = [{ state: 'frozen', ySplit: header }];

  const findings = workbook.addWorksheet(BATCH_SHEETS.findings[lang]);
  findings.addRows(rows.findings);
  findings.getRow(1).font = BOLD;
  FINDING_WIDTHS.forEach((width, i) => (findings.getColumn(i + 1).width = width));
  for (const col of [8, 9]) findings.getColumn(col).alignment = { wrapText: true, vertical: 'top' };
  findings.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.findings.length), column: FINDING_WIDTHS.length } };
  findings.views = [{ state: 'frozen', ySplit: 1 }];
  return toBytes(workbook);
}
