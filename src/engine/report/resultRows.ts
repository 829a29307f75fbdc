/** The results sheet of a checked workbook as rows of plain values: one writer for Excel, one for xlsx. */
import type { CompiledPack } from '../pack/compilePack.js';
import type { Finding } from '../check/finding.js';
import { freeSheetName } from './freeSheetName.js';
import { fixText } from './fixText.js';
import type { Lang, Text } from '../pack/pack.js';
import type { Report } from '../check/validate.js';
import type { Comparison } from '../rules/interval.js';
import { timeText } from './batchText.js';
import { figureText } from './cellText.js';
import { countsText } from './countsText.js';
import { findingViews, type FindingView } from './findingView.js';

export type ResultCell = string | number | null;

export const RESULTS_SHEET: Text = { vi: 'Kết quả kiểm tra', en: 'Check results' };

const WORDS = {
  vi: {
    title: 'KẾT QUẢ KIỂM TRA BIỂU',
    pack: 'Gói biểu mẫu',
    checkedAt: 'Kiểm tra lúc',
    stamp: 'Dấu kiểm (mã băm các ô nhập)',
    summary: 'Kết quả',
    header: [
      'STT',
      'Mức độ',
      'Loại',
      'Biểu',
      'Nội dung',
      'Chi tiết',
      'Ô',
      'Số ghi',
      'Số theo các ô khác',
      'Có thể sửa thành',
      'Quy tắc',
    ],
  },
  en: {
    title: 'CHECK RESULTS',
    pack: 'Template pack',
    checkedAt: 'Checked at',
    stamp: 'Stamp (hash of the input cells)',
    summary: 'Result',
    header: [
      'No.',
      'Severity',
      'Kind',
      'Sheet',
      'Finding',
      'Detail',
      'Cells',
      'Figure given',
      'What the other cells give',
      'Likely fix',
      'Rule',
    ],
  },
};

/** Column widths of the results sheet, in characters, for both writers. */
export const RESULTS_WIDTHS = [5, 8, 11, 9, 24, 28, 24, 10, 19, 18, 16];

/**
 * The name for a new results sheet: the one the last export wrote (`ours`) is replaced, a sheet of the
 * user's with that name is left alone and the new one numbered.
 */
export function resultsSheetName(lang: Lang, existing: string[], ours: string | undefined): string {
  return freeSheetName(RESULTS_SHEET[lang], existing, ours);
}

/** Rows before the findings' header row: lines of text, each meant to span the sheet's width. */
export const RESULTS_HEADER_ROW = 6;

export function resultRows(report: Report, pack: CompiledPack, lang: Lang, checkedAt: string): ResultCell[][] {
  const w = WORDS[lang];
  return [
    [w.title],
    [`${w.pack}: ${pack.pack.title[lang]} (${report.pack.id} ${report.pack.version})`],
    [`${w.checkedAt}: ${timeText(checkedAt, lang)}`],
    [`${w.stamp}: ${report.stamp.value}`],
    [`${w.summary}: ${countsText(report.counts, lang)}`],
    [],
    w.header,
    ...findingViews(pack, report.findings, lang, true).map((v, i) => findingRow(v, i + 1, pack, lang, report)),
  ];
}

function findingRow(v: FindingView, n: number, pack: CompiledPack, lang: Lang, report: Report): ResultCell[] {
  const f = v.findings.length === 1 ? v.findings[0] : undefined;
  const figures = f
    ? [foundText(f, pack, lang), otherCellsGive(f, pack, lang), fixText(pack, report.suspects, f, lang)]
    : [null, null, null];
  return [n, v.severityText, v.kindText, v.sheetName, v.title, v.detail, v.cells.join('\n'), ...figures, v.rule];
}

function foundText(f: Finding, pack: CompiledPack, lang: Lang): string | null {
  const cell = f.cells[0];
  if (!('found' in f) || f.found === null || 'addresses' in f || f.code.startsWith('missing-')) return null;
  if (typeof f.found === 'string') return f.found;
  return cell ? figureText(pack, cell, f.found, lang) : null;
}

const RELATION: Record<Comparison, string> = { '==': '', '<=': '≤ ', '>=': '≥ ', '<': '< ', '>': '> ' };

/**
 * What the rule's other cells give for the first cell, at that cell's decimals: not "the correct figure",
 * since either side may be the one mistyped.
 */
export function otherCellsGive(f: Finding, pack: CompiledPack, lang: Lang): string | null {
  const cell = f.cells[0];
  if (!('comparison' in f) || !cell) return null;
  return `${RELATION[f.comparison]}${figureText(pack, cell, f.expected, lang)}`;
}
