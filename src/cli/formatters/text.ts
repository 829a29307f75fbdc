/** Findings for a terminal: grouped by sheet, errors first, numbers written the reader's way. */
import {
  formatNumber,
  message,
  sheetOf,
  SUSPECT_WORDS,
  suspectViews,
  type CompiledPack,
  type Finding,
  type FindingCell,
  type Lang,
  type Report,
  type SuspectGroup,
} from '../../engine/index.js';
import type { CheckRun } from '../CheckRun.js';

const WORDS = {
  vi: {
    error: 'Lỗi',
    warning: 'Cảnh báo',
    errors: 'lỗi',
    warnings: 'cảnh báo',
    pack: 'gói',
    files: (n: number) => `${n} tệp`,
    total: 'Tổng cộng',
    clean: 'Không có sai sót.',
    blanks: (n: number) => `${n} ô bắt buộc còn để trống (để trống không phải là số 0; nếu không có thì ghi 0).`,
    unreadable: 'không đọc được',
  },
  en: {
    error: 'Error',
    warning: 'Warning',
    errors: 'errors',
    warnings: 'warnings',
    pack: 'pack',
    files: (n: number) => `${n} file${n === 1 ? '' : 's'}`,
    total: 'Total',
    clean: 'No discrepancies.',
    blanks: (n: number) => `${n} required cells are blank (blank is not zero; enter 0 if there are none).`,
    unreadable: 'unreadable',
  },
};

export function formatText(run: CheckRun, lang: Lang): string {
  const w = WORDS[lang];
  const blocks = run.outcomes.flatMap((o) => ('report' in o ? [reportBlock(run.pack, o.file, o.report, lang)] : []));
  const reports = run.outcomes.flatMap((o) => ('report' in o ? [o.report] : []));
  const errors = reports.reduce((n, r) => n + r.counts.errors, 0);
  const warnings = reports.reduce((n, r) => n + r.counts.warnings, 0);
  const unreadable = run.outcomes.length - reports.length;
  const tail = `${w.total}: ${w.files(run.outcomes.length)}, ${errors} ${w.errors}, ${warnings} ${w.warnings}${unreadable ? `, ${unreadable} ${w.unreadable}` : ''}.`;
  return `${[...blocks, tail].join('\n\n')}\n`;
}

/** Files that could not be read are only counted here: their sentence goes to stderr. */
function reportBlock(pack: CompiledPack, file: string, report: Report, lang: Lang): string {
  const w = WORDS[lang];
  const head = `${file} · ${w.pack} ${report.pack.id} ${report.pack.version} · ${report.counts.errors} ${w.errors}, ${report.counts.warnings} ${w.warnings}`;
  if (!report.findings.length) return `${head}\n  ${w.clean}`;
  const suspects = report.suspects?.length ? [suspectBlock(pack, report.suspects, lang)] : [];
  return [head, ...sheetBlocks(pack, report, lang), ...suspects].join('\n\n');
}

/** "Có thể sai": per group of failing rules, the cells to change and what to, every tied way listed. */
function suspectBlock(pack: CompiledPack, groups: SuspectGroup[], lang: Lang): string {
  const entries = suspectViews(pack, groups, lang).map((g) => {
    const ways = g.ways.flatMap((cells, i) => {
      const label = g.ways.length > 1 ? `${SUSPECT_WORDS[lang].way(i + 1)}: ` : '';
      return cells.map((c, j) => `      ${j ? ' '.repeat(label.length) : label}${c}`);
    });
    return [`    ${g.rules}: ${g.lead}`, ...ways].join('\n');
  });
  return [`  ${SUSPECT_WORDS[lang].heading}`, ...entries].join('\n');
}

function sheetBlocks(pack: CompiledPack, report: Report, lang: Lang): string[] {
  return pack.pack.sheets.flatMap((sheet) => {
    const findings = report.findings
      .filter((f) => sheetOf(f) === sheet.code)
      .sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'));
    if (!findings.length) return [];
    const name = findings.find((f) => f.cells[0])?.cells[0]?.sheetName ?? sheet.name;
    const blanks = findings.filter((f) => f.code === 'required-blank');
    const entries = findings.flatMap((f) => {
      if (f.code !== 'required-blank' || blanks.length < 2) return [findingLines(pack, f, sheet.code, lang)];
      return f === blanks[0] ? [blankLines(blanks, lang)] : [];
    });
    return [[`  ${name} (${sheet.code})`, ...entries].join('\n')];
  });
}

/** Blank required cells of a sheet in one entry: a fresh template would otherwise list every cell. */
function blankLines(blanks: Finding[], lang: Lang): string {
  const cells = blanks.flatMap((f) => f.cells.map((c) => `${c.address} [${c.row}; ${c.column}]`));
  return [`    ✖ ${WORDS[lang].error}  required-blank ×${blanks.length}`, `      ${WORDS[lang].blanks(blanks.length)}`, `      ${cells.join(' · ')}`].join('\n');
}

function findingLines(pack: CompiledPack, f: Finding, sheet: string, lang: Lang): string {
  const mark = f.severity === 'error' ? `✖ ${WORDS[lang].error}` : `⚠ ${WORDS[lang].warning}`;
  const lines = [`    ${mark}  ${f.rule}`, `      ${message(f, lang, pack)}`];
  if (f.cells.length) lines.push(`      ${f.cells.map((c) => cellText(pack, c, sheet, lang)).join(' · ')}`);
  return lines.join('\n');
}

function cellText(pack: CompiledPack, c: FindingCell, sheet: string, lang: Lang): string {
  const where = c.sheet === sheet ? c.address : `'${c.sheetName}'!${c.address}`;
  return `${where} [${c.row}; ${c.column}] = ${valueText(pack, c, lang)}`;
}

function valueText(pack: CompiledPack, c: FindingCell, lang: Lang): string {
  if (c.value === null) return lang === 'vi' ? '(trống)' : '(blank)';
  if (typeof c.value === 'string') return JSON.stringify(c.value);
  const slot = pack.slots[pack.slotOf(c.sheet, c.row, c.column) ?? -1];
  return formatNumber(c.value, slot?.decimals ?? 6, lang, slot?.kind === 'percent');
}
