/** The batch report as rows of plain values, for a workbook: a summary sheet and one row per finding. */
import { summarise, worstFirst, type BatchEntry } from '../batch/summary.js';
import { BATCH_TEXT, findingView, stampText, summaryLines, timeText } from './batchText.js';
import type { CompiledPack } from '../pack/compilePack.js';
import { fixFor } from '../localise/fixFor.js';
import { suggestionText } from './messages.js';
import { cellLabel } from './suspectViews.js';
import type { Lang, Text } from '../pack/pack.js';

export type ReportCell = string | number | null;

export const BATCH_SHEETS: { summary: Text; findings: Text } = {
  summary: { vi: 'Tổng hợp', en: 'Summary' },
  findings: { vi: 'Chi tiết', en: 'Findings' },
};

const WORDS = {
  vi: {
    title: 'KẾT QUẢ KIỂM TRA BIỂU MẪU CỦA CÁC ĐƠN VỊ',
    pack: 'Gói biểu mẫu',
    at: 'Kiểm tra lúc',
    unitsHead: ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Kỳ báo cáo', 'Lỗi', 'Cảnh báo', 'Dấu kiểm tra', 'Tệp', 'Ghi chú'],
    findingsHead: ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Tệp', 'Mức độ', 'Biểu', 'Quy tắc', 'Nội dung', 'Ô', 'Có thể sửa thành'],
  },
  en: {
    title: "CHECK OF THE UNITS' WORKBOOKS",
    pack: 'Template pack',
    at: 'Checked at',
    unitsHead: ['No.', 'Unit code', 'Unit name', 'Period', 'Errors', 'Warnings', 'Stamp', 'File', 'Note'],
    findingsHead: ['No.', 'Unit code', 'Unit name', 'File', 'Severity', 'Sheet', 'Rule', 'Message', 'Cells', 'Likely fix'],
  },
};

export interface BatchRows {
  summary: ReportCell[][];
  /** Index in `summary` of the units' header row. */
  summaryHeader: number;
  /** The findings, header first; the same units order as the summary. */
  findings: ReportCell[][];
}

export function batchRows(pack: CompiledPack, entries: BatchEntry[], lang: Lang, at: string): BatchRows {
  const w = WORDS[lang];
  const b = BATCH_TEXT[lang];
  const ordered = worstFirst(entries);
  const head: ReportCell[][] = [
    [w.title],
    [w.pack, `${pack.pack.title[lang]} (${pack.pack.id} ${pack.pack.version})`],
    [w.at, timeText(at, lang)],
    ...summaryLines(summarise(entries), lang).map((l) => [l]),
    [],
  ];
  const units = ordered.map((e, i): ReportCell[] => {
    if (!('report' in e)) return [i + 1, null, null, null, null, null, null, e.file, `${b.unreadable}: ${e.error[lang]}`];
    const r = e.report;
    const note = r.consolidated ? b.consolidated(r.consolidated.units) : null;
    return [i + 1, r.unit.code || null, r.unit.name || null, r.unit.period || null, r.counts.errors, r.counts.warnings, stampText(r.stamp, lang), e.file, note];
  });
  const findings: ReportCell[][] = [w.findingsHead];
  for (const e of ordered) {
    if (!('report' in e)) continue;
    const { unit } = e.report;
    for (const f of e.report.findings) {
      const v = findingView(pack, f, lang);
      const fix = fixFor(e.report.suspects, f).map((s) => `${cellLabel(s.cell)} → ${suggestionText(s, lang, pack)}`);
      findings.push([findings.length, unit.code || null, unit.name || null, e.file, v.severityText, v.sheet ?? '', v.rule, v.message, v.cells.join('\n'), fix.join('\n') || null]);
    }
  }
  return { summary: [...head, w.unitsHead, ...units], summaryHeader: head.length, findings };
}
