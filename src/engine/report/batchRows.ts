/** The batch report as rows of plain values, for a workbook: a summary sheet and one row per finding. */
import { UNIT_COLUMNS } from './unitColumns.js';
import { summarise, worstFirst, type BatchEntry } from '../batch/summary.js';
import { BATCH_TEXT, stampText, summaryLines, timeText } from './batchText.js';
import { findingViews } from './findingView.js';
import type { CompiledPack } from '../pack/compilePack.js';
import { fixText } from './fixText.js';
import { explanationText } from './explanationText.js';
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
    unitsHead: [...UNIT_COLUMNS.vi, 'Ghi chú'],
    findingsHead: [
      'STT',
      'Đơn vị',
      'Mức độ',
      'Loại',
      'Biểu',
      'Nội dung',
      'Chi tiết',
      'Ô',
      'Quy tắc',
      'Có thể sửa thành',
      'Giải trình',
    ],
  },
  en: {
    title: "CHECK OF THE UNITS' WORKBOOKS",
    pack: 'Template pack',
    at: 'Checked at',
    unitsHead: [...UNIT_COLUMNS.en, 'Note'],
    findingsHead: [
      'No.',
      'Unit',
      'Severity',
      'Kind',
      'Sheet',
      'Finding',
      'Detail',
      'Cells',
      'Rule',
      'Likely fix',
      'Explanation',
    ],
  },
};

export interface BatchRows {
  /** Lines of text (title, pack, time, summary), a blank row, the units' header and a row per unit. */
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
    [`${w.pack}: ${pack.pack.title[lang]} (${pack.pack.id} ${pack.pack.version})`],
    [`${w.at}: ${timeText(at, lang)}`],
    ...summaryLines(summarise(entries), lang).map((l) => [l]),
    [],
  ];
  const units = ordered.map((e, i): ReportCell[] => {
    if (!('report' in e))
      return [i + 1, null, null, null, null, null, null, null, null, e.file, `${b.unreadable}: ${e.error[lang]}`];
    const r = e.report;
    const note = r.consolidated ? b.consolidated(r.consolidated.units) : null;
    const { discrepancies, problems, blanks, warnings } = r.counts;
    return [
      i + 1,
      r.unit.code || null,
      r.unit.name || null,
      r.unit.period || null,
      discrepancies,
      problems,
      blanks,
      warnings,
      stampText(r.stamp, lang),
      e.file,
      note,
    ];
  });
  const findings: ReportCell[][] = [w.findingsHead];
  for (const e of ordered) {
    if (!('report' in e)) continue;
    const { unit } = e.report;
    const who = [unit.code, unit.name].filter(Boolean).join(' · ') || e.file;
    for (const v of findingViews(pack, e.report.findings, lang)) {
      const fixes = v.findings.length === 1 ? fixText(pack, e.report.suspects, v.findings[0]!, lang) : null;
      const explained = v.findings.length === 1 ? explanationText(e.report, v.findings[0]!, lang) : undefined;
      findings.push([
        findings.length,
        who,
        v.severityText,
        v.kindText,
        v.sheetName,
        v.title,
        v.detail,
        v.cells.join('\n'),
        v.rule,
        fixes,
        explained ?? null,
      ]);
    }
  }
  return { summary: [...head, w.unitsHead, ...units], summaryHeader: head.length, findings };
}
