/** The results sheet of a checked workbook as rows of plain values: one writer for Excel, one for xlsx. */
import type { CompiledPack } from '../pack/compilePack.js';
import { sheetOf, type Finding } from '../check/finding.js';
import { sheetNameKey } from '../workbook/markers.js';
import { message, suggestionText } from './messages.js';
import { fixFor } from '../localise/fixFor.js';
import { cellLabel } from './suspectViews.js';
import type { Lang, Text } from '../pack/pack.js';
import type { Report } from '../check/validate.js';

export type ResultCell = string | number | null;

export const RESULTS_SHEET: Text = { vi: 'Kết quả kiểm tra', en: 'Check results' };

const WORDS = {
  vi: {
    title: 'KẾT QUẢ KIỂM TRA BIỂU',
    pack: 'Gói biểu mẫu',
    checkedAt: 'Kiểm tra lúc',
    stamp: 'Dấu kiểm (mã băm các ô nhập)',
    counts: (e: number, w: number) => `${e} lỗi, ${w} cảnh báo`,
    summary: 'Kết quả',
    header: ['STT', 'Mức độ', 'Biểu', 'Ô', 'Quy tắc', 'Nội dung', 'Số ghi', 'Số đúng'],
    error: 'Lỗi',
    warning: 'Cảnh báo',
  },
  en: {
    title: 'CHECK RESULTS',
    pack: 'Template pack',
    checkedAt: 'Checked at',
    stamp: 'Stamp (hash of the input cells)',
    counts: (e: number, w: number) => `${e} errors, ${w} warnings`,
    summary: 'Result',
    header: ['No.', 'Severity', 'Sheet', 'Cells', 'Rule', 'Message', 'Found', 'Expected'],
    error: 'Error',
    warning: 'Warning',
  },
};

/**
 * The name for a new results sheet: the one the last export wrote (`ours`) is replaced, a sheet of the
 * user's with that name is left alone and the new one numbered.
 */
export function resultsSheetName(lang: Lang, existing: string[], ours: string | undefined): string {
  const taken = new Set(existing.filter((n) => n !== ours).map(sheetNameKey));
  let name = RESULTS_SHEET[lang];
  for (let i = 2; taken.has(sheetNameKey(name)); i++) name = `${RESULTS_SHEET[lang]} (${i})`;
  return name;
}

/** Rows before the findings' header row. */
export const RESULTS_HEADER_ROW = 6;

export function resultRows(report: Report, pack: CompiledPack, lang: Lang, checkedAt: string): ResultCell[][] {
  const w = WORDS[lang];
  return [
    [w.title],
    [w.pack, `${pack.pack.title[lang]} (${report.pack.id} ${report.pack.version})`],
    [w.checkedAt, checkedAt],
    [w.stamp, report.stamp.value],
    [w.summary, w.counts(report.counts.errors, report.counts.warnings)],
    [],
    w.header,
    ...report.findings.map((f, i) => findingRow(f, i + 1, pack, lang, report)),
  ];
}

function findingRow(f: Finding, n: number, pack: CompiledPack, lang: Lang, report: Report): ResultCell[] {
  const w = WORDS[lang];
  const cells = f.cells.map((c) => `${c.sheetName}!${c.address}`).join(', ');
  return [
    n,
    w[f.severity],
    sheetOf(f),
    cells,
    f.rule,
    message(f, lang, pack),
    'found' in f ? f.found : null,
    suggested(report, f, pack, lang) ?? ('expected' in f ? f.expected : null),
  ];
}

/** What the one smallest fix makes of the finding's cells, "'Biểu 1'!C17 [4; (1)] → 26.773", where there is one. */
function suggested(report: Report, f: Finding, pack: CompiledPack, lang: Lang): string | null {
  const fix = fixFor(report.suspects, f);
  return fix.length ? fix.map((s) => `${cellLabel(s.cell)} → ${suggestionText(s, lang, pack)}`).join('\n') : null;
}
