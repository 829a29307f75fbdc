/**
 * A supervisor's batch: the checks of many units' workbooks, summed up and ordered worst first, in the
 * words every output uses (terminal, HTML, xlsx, and the browser page).
 */
import type { CompiledPack } from './compilePack.js';
import { sheetOf, type Finding, type FindingCell } from './finding.js';
import { formatNumber } from './formatNumber.js';
import type { StampState } from './inputStamp.js';
import { message } from './messages.js';
import type { Lang, Text } from './pack.js';
import { identityKey, type UnitIdentity } from './unitIdentity.js';
import type { Report } from './validate.js';

/** One file of the batch: its check, or the sentence saying why it could not be checked. */
export type BatchEntry = { file: string; report: Report } | { file: string; error: Text };

export interface BatchSummary {
  files: number;
  /** Checked files with no error, with errors, and files that could not be checked. */
  clean: number;
  withErrors: number;
  unreadable: number;
  errors: number;
  warnings: number;
  stamps: Record<StampState, number>;
  /** Files that say they are of one unit (same code, or without codes the same name), two or more each. */
  sameUnit: { unit: string; files: string[] }[];
  /** The periods the files give, with their files, when they are not all one. */
  periods: { period: string; files: string[] }[];
}

export function summarise(entries: BatchEntry[]): BatchSummary {
  const stamps: Record<StampState, number> = { unchanged: 0, changed: 0, unchecked: 0 };
  const units = new Map<string, { unit: string; files: string[] }>();
  const periods = new Map<string, { period: string; files: string[] }>();
  let [clean, withErrors, errors, warnings] = [0, 0, 0, 0];
  for (const e of entries) {
    if (!('report' in e)) continue;
    const { counts, stamp, unit } = e.report;
    if (counts.errors) withErrors++;
    else clean++;
    errors += counts.errors;
    warnings += counts.warnings;
    stamps[stamp.state]++;
    const key = unit.code ? `c${identityKey(unit.code)}` : unit.name ? `n${identityKey(unit.name)}` : undefined;
    if (key) {
      const group = units.get(key) ?? units.set(key, { unit: unit.code || unit.name, files: [] }).get(key)!;
      group.files.push(e.file);
    }
    const p = identityKey(unit.period);
    const group = periods.get(p) ?? periods.set(p, { period: unit.period, files: [] }).get(p)!;
    group.files.push(e.file);
  }
  return {
    files: entries.length,
    clean,
    withErrors,
    unreadable: entries.length - clean - withErrors,
    errors,
    warnings,
    stamps,
    sameUnit: [...units.values()].filter((g) => g.files.length > 1),
    periods: periods.size > 1 ? [...periods.values()] : [],
  };
}

const STAMP_RANK: Record<StampState, number> = { changed: 0, unchecked: 1, unchanged: 2 };

/** Files that could not be checked, then most errors, most warnings, figures changed or never checked. */
export function worstFirst(entries: BatchEntry[]): BatchEntry[] {
  const rank = (e: BatchEntry): number[] =>
    'report' in e ? [1, -e.report.counts.errors, -e.report.counts.warnings, STAMP_RANK[e.report.stamp.state]] : [0, 0, 0, 0];
  return entries
    .map((e, i) => ({ e, i, r: rank(e) }))
    .sort((a, b) => compareRanks(a.r, b.r) || a.i - b.i)
    .map(({ e }) => e);
}

function compareRanks(a: number[], b: number[]): number {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! - b[k]!;
  return 0;
}

export const BATCH_TEXT = {
  vi: {
    stamp: { unchanged: 'đã kiểm tra, không sửa sau đó', changed: 'đã sửa sau khi kiểm tra', unchecked: 'chưa kiểm tra' },
    noUnit: '(không ghi đơn vị)',
    noPeriod: '(không ghi kỳ)',
    unreadable: 'không kiểm tra được',
    consolidated: (n: number) => `tổng hợp từ ${n} đơn vị`,
    errors: 'lỗi',
    warnings: 'cảnh báo',
    error: 'Lỗi',
    warning: 'Cảnh báo',
  },
  en: {
    stamp: { unchanged: 'checked, unchanged since', changed: 'changed after checking', unchecked: 'never checked' },
    noUnit: '(no unit given)',
    noPeriod: '(no period given)',
    unreadable: 'cannot be checked',
    consolidated: (n: number) => `consolidated from ${n} units`,
    errors: 'errors',
    warnings: 'warnings',
    error: 'Error',
    warning: 'Warning',
  },
} satisfies Record<Lang, unknown>;

/** The stamp's state in words, with the day of the check: "đã kiểm tra, không sửa sau đó (05/06/2018)". */
export function stampText(stamp: Report['stamp'], lang: Lang): string {
  const words = BATCH_TEXT[lang].stamp[stamp.state];
  const day = stamp.checkedAt ? dayOf(stamp.checkedAt, lang) : '';
  return day && stamp.state !== 'unchecked' ? `${words} (${day})` : words;
}

/** A day as the reader writes it, in Viet Nam's time zone; the text as given when it is not a time. */
export function dayOf(iso: string, lang: Lang): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(time);
}

/** A time as the reader writes it, in Viet Nam's time zone: "05/06/2018 09:00"; the text as given when it is not a time. */
export function timeText(iso: string, lang: Lang): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  const clock = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit' }).format(t);
  return `${dayOf(iso, lang)} ${clock}`;
}

/** How a unit is shown in one line: "DH · Đảng bộ huyện Đăk Hà", what there is of it, or "(không ghi đơn vị)". */
export function unitText(unit: UnitIdentity, lang: Lang): string {
  return [unit.code, unit.name].filter(Boolean).join(' · ') || BATCH_TEXT[lang].noUnit;
}

/** A finding as a row of a report: plain texts, numbers written the reader's way. */
export interface FindingView {
  severity: Finding['severity'];
  /** "Lỗi" / "Cảnh báo". */
  severityText: string;
  sheet: string | null;
  sheetName: string;
  rule: string;
  code: Finding['code'];
  message: string;
  /** Each cell as "'Biểu 1'!C17 [4; (1)] = 27.023". */
  cells: string[];
}

export function findingView(pack: CompiledPack, f: Finding, lang: Lang): FindingView {
  const sheet = sheetOf(f);
  const spec = pack.pack.sheets.find((s) => s.code === sheet);
  return {
    severity: f.severity,
    severityText: BATCH_TEXT[lang][f.severity],
    sheet,
    sheetName: f.cells[0]?.sheetName ?? ('sheetName' in f ? f.sheetName : undefined) ?? spec?.name ?? '',
    rule: f.rule,
    code: f.code,
    message: message(f, lang, pack),
    cells: f.cells.map((c) => cellText(pack, c, lang)),
  };
}

export function cellText(pack: CompiledPack, c: FindingCell, lang: Lang): string {
  return `'${c.sheetName}'!${c.address} [${c.row}; ${c.column}] = ${valueText(pack, c, lang)}`;
}

function valueText(pack: CompiledPack, c: FindingCell, lang: Lang): string {
  if (c.value === null) return lang === 'vi' ? '(trống)' : '(blank)';
  if (typeof c.value === 'string') return JSON.stringify(c.value);
  const slot = pack.slots[pack.slotOf(c.sheet, c.row, c.column) ?? -1];
  return formatNumber(c.value, slot?.decimals ?? 6, lang, slot?.kind === 'percent');
}

/** The summary in sentences, the same in the terminal and in both reports. */
export function summaryLines(s: BatchSummary, lang: Lang): string[] {
  const vi = lang === 'vi';
  const lines = [
    vi
      ? `${s.files} tệp: ${s.clean} không có lỗi, ${s.withErrors} có lỗi, ${s.unreadable} không kiểm tra được; tổng cộng ${s.errors} lỗi, ${s.warnings} cảnh báo.`
      : `${s.files} ${plural(s.files, 'file')}: ${s.clean} without errors, ${s.withErrors} with errors, ${s.unreadable} cannot be checked; ${s.errors} ${plural(s.errors, 'error')}, ${s.warnings} ${plural(s.warnings, 'warning')} in all.`,
    `${vi ? 'Dấu kiểm tra' : 'Stamps'}: ${(['unchanged', 'changed', 'unchecked'] as const).map((k) => `${s.stamps[k]} ${BATCH_TEXT[lang].stamp[k]}`).join('; ')}.`,
  ];
  for (const g of s.sameUnit) {
    lines.push(vi ? `Cùng một đơn vị ${g.unit}: ${g.files.join(', ')}.` : `One unit, ${g.unit}, in ${g.files.length} files: ${g.files.join(', ')}.`);
  }
  if (s.periods.length) {
    const list = s.periods.map((p) => `${p.period || BATCH_TEXT[lang].noPeriod} (${p.files.length})`).join(', ');
    lines.push(vi ? `Các tệp không cùng kỳ báo cáo: ${list}.` : `The files are not all of one period: ${list}.`);
  }
  return lines;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
