/** Findings for a terminal in the engine's one order: discrepancies, other problems, blank cells a line per sheet. */
import {
  KIND_TEXT,
  addCounts,
  countsText,
  findingGroups,
  groupViews,
  type CompiledPack,
  type FindingGroup,
  type FindingView,
  type Lang,
  type Report,
  SUSPECT_WORDS,
  suspectViews,
  type SuspectGroup,
} from '../../engine/index.js';
import type { CheckRun } from '../CheckRun.js';
import { explanationLines } from './explanation.js';

const WORDS = {
  vi: {
    pack: 'gói',
    files: (n: number) => `${n} tệp`,
    total: 'Tổng cộng',
    clean: 'Không có sai sót.',
    unreadable: 'không đọc được',
  },
  en: {
    pack: 'pack',
    files: (n: number) => `${n} file${n === 1 ? '' : 's'}`,
    total: 'Total',
    clean: 'No discrepancies.',
    unreadable: 'unreadable',
  },
};

export function formatText(run: CheckRun, lang: Lang): string {
  const w = WORDS[lang];
  const blocks = run.outcomes.flatMap((o) => ('report' in o ? [reportBlock(run.pack, o.file, o.report, lang)] : []));
  const reports = run.outcomes.flatMap((o) => ('report' in o ? [o.report] : []));
  const unreadable = run.outcomes.length - reports.length;
  const counts = countsText(addCounts(reports.map((r) => r.counts)), lang);
  const tail =
    `${w.total}: ${w.files(run.outcomes.length)}, ${counts}` +
    `${unreadable ? `, ${unreadable} ${w.unreadable}` : ''}.`;
  return `${[...blocks, tail].join('\n\n')}\n`;
}

/** Files that could not be read are only counted here: their sentence goes to stderr. */
function reportBlock(pack: CompiledPack, file: string, report: Report, lang: Lang): string {
  const w = WORDS[lang];
  const head = `${file} · ${w.pack} ${report.pack.id} ${report.pack.version} · ${countsText(report.counts, lang)}`;
  if (!report.findings.length) return `${head}\n  ${w.clean}`;
  const groups = findingGroups(report.findings, pack);
  const blocks = groups.map((g, i) => {
    const first = g.kind !== groups[i - 1]?.kind;
    const heading = first ? [`  ${KIND_TEXT[g.kind][lang]}`, ...(g.kind === 'blank' ? [] : [''])] : [];
    return { text: [...heading, ...groupLines(pack, report, g, lang)].join('\n'), tight: g.kind === 'blank' && !first };
  });
  const text = blocks.reduce((out, b) => `${out}${b.tight ? '\n' : '\n\n'}${b.text}`, head);
  return report.suspects?.length ? `${text}\n\n${suspectBlock(pack, report.suspects, lang)}` : text;
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

/** A sheet's findings under its name; its blank cells in one line. */
function groupLines(pack: CompiledPack, report: Report, g: FindingGroup, lang: Lang): string[] {
  const views = groupViews(pack, g, lang, g.sheet ?? undefined);
  if (g.kind === 'blank') return views.map((v) => `    ${mark(v)} ${v.detail}`);
  const explained = (k: number) => explanationLines(report, g.findings[k]!, lang, '        ');
  return [`    ${g.sheetName}${g.sheet ? ` (${g.sheet})` : ''}`, ...views.map((v, k) => findingLines(v, explained(k)))];
}

function findingLines(v: FindingView, explanation: string[]): string {
  const lines = [`      ${mark(v)} ${v.title}${v.rule ? ` · ${v.rule}` : ''}`, `        ${v.detail}`];
  if (v.cells.length) lines.push(`        ${v.cells.join(' · ')}`);
  return [...lines, ...explanation].join('\n');
}

function mark(v: FindingView): string {
  return v.severity === 'error' ? '✖' : '⚠';
}
