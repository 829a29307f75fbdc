/**
 * The explanations sheet of an exported workbook: one row per warning the unit explained (giải trình), for
 * the supervisor to read and print beside the results sheet. One writer for Excel, one for xlsx.
 */
import { sheetOf, type Finding } from '../check/finding.js';
import type { Report } from '../check/validate.js';
import { explanationOf, type ExplanationOf } from '../explain/readiness.js';
import type { CompiledPack } from '../pack/compilePack.js';
import type { Lang, Text } from '../pack/pack.js';
import { timeText, unitText } from './batchText.js';
import { valueText } from './cellText.js';
import { sheetNameOf } from './findingGroups.js';
import { findingViews } from './findingView.js';
import { freeSheetName } from './freeSheetName.js';
import { detail, title } from './messages.js';
import type { PrintableSheet, SheetCell } from './printLayout.js';

export const EXPLANATIONS_SHEET: Text = { vi: 'Giải trình', en: 'Explanations' };

const WORDS = {
  vi: {
    title: 'GIẢI TRÌNH CÁC CẢNH BÁO',
    unit: 'Đơn vị',
    period: 'kỳ báo cáo',
    checkedAt: 'Kiểm tra lúc',
    header: ['STT', 'Biểu', 'Ô', 'Cảnh báo', 'Số ghi', 'Giải trình', 'Tình trạng'],
    current: 'Còn đúng',
    stale: 'Đã cũ: số liệu đã sửa sau khi giải trình',
  },
  en: {
    title: 'EXPLANATIONS OF WARNINGS',
    unit: 'Unit',
    period: 'period',
    checkedAt: 'Checked at',
    header: ['No.', 'Sheet', 'Cells', 'Warning', 'Figures', 'Explanation', 'State'],
    current: 'Current',
    stale: 'Stale: the figures changed after it was written',
  },
};

/** Column widths in characters. */
export const EXPLANATIONS_WIDTHS = [5, 9, 20, 40, 12, 44, 16];
/** Rows before the explanations' header row: lines of text across the sheet. */
export const EXPLANATIONS_HEADER_ROW = 4;

/** Named as resultsSheetName() names the results sheet: `ours` is the one the last export wrote. */
export function explanationsSheetName(lang: Lang, existing: string[], ours: string | undefined): string {
  return freeSheetName(EXPLANATIONS_SHEET[lang], existing, ours);
}

/**
 * The sheet, in the order of every report, or undefined when no finding of `report` is explained (an
 * explanation of a finding the check no longer makes is left out: the export drops it).
 */
export function explanationRows(
  report: Report,
  pack: CompiledPack,
  lang: Lang,
  checkedAt: string,
): PrintableSheet | undefined {
  const w = WORDS[lang];
  const explained = findingViews(pack, report.findings, lang).flatMap((v) =>
    v.findings.flatMap((f) => {
      const e = explanationOf(report, f);
      return e ? [{ f, e }] : [];
    }),
  );
  if (!explained.length) return undefined;
  const { unit } = report;
  const rows: SheetCell[][] = [
    [w.title],
    [`${w.unit}: ${unitText(unit, lang)}${unit.period ? `; ${w.period} ${unit.period}` : ''}`],
    [`${w.checkedAt}: ${timeText(checkedAt, lang)}`],
    [],
    w.header,
    ...explained.map(({ f, e }, i) => explanationRow(f, e, i + 1, pack, lang)),
  ];
  return { rows, widths: EXPLANATIONS_WIDTHS, headers: [EXPLANATIONS_HEADER_ROW] };
}

function explanationRow(f: Finding, e: ExplanationOf, n: number, pack: CompiledPack, lang: Lang): SheetCell[] {
  const home = sheetOf(f);
  const cells = f.cells.map((c) => (c.sheet === home ? c.address : `'${c.sheetName}'!${c.address}`));
  const where = f.cells.map((c, i) => `${cells[i]} [${c.row}; ${c.column}]`).join('\n');
  const values = f.cells.map((c) => valueText(pack, c, lang)).join('\n');
  const state = e.stale ? WORDS[lang].stale : WORDS[lang].current;
  return [n, sheetNameOf(pack, f), where, `${title(f, lang, pack)}\n${detail(f, lang, pack)}`, values, e.text, state];
}
