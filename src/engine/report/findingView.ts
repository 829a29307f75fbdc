/** Findings as the lines of a list or the rows of a report, in the order of findingGroups. */
import { kindOf, sheetOf, type Finding, type FindingKind } from '../check/finding.js';
import type { CompiledPack } from '../pack/compilePack.js';
import type { Lang, Text } from '../pack/pack.js';
import { BATCH_TEXT } from './batchText.js';
import { cellText } from './cellText.js';
import { blankLine, findingGroups, rangesText, sheetNameOf, type FindingGroup } from './findingGroups.js';
import { detail, title } from './messages.js';

/** One line of a list: a finding, or all blank required cells of a sheet. Plain texts, the reader's numbers. */
export interface FindingView {
  severity: Finding['severity'];
  /** "Lỗi" / "Cảnh báo". */
  severityText: string;
  kind: FindingKind;
  /** "Sai lệch", "Ô, biểu cần sửa", "Ô còn trống", "Bất thường". */
  kindText: string;
  sheet: string | null;
  sheetName: string;
  /** What it is for a clerk: the rule's description, or the kind of problem. */
  title: string;
  /** What went wrong, with the figures. */
  detail: string;
  /** The rule's or screen's id, shown small after the title; empty for a cell or sheet problem. */
  rule: string;
  /** Each cell as "'Biểu 1'!C17 [4; (1)] = 27.023"; for blank cells, their blocks: "C8–C12". */
  cells: string[];
  /** The findings the line stands for. */
  findings: Finding[];
}

const KIND_SHORT: Record<FindingKind, Text> = {
  discrepancy: { vi: 'Sai lệch', en: 'Discrepancy' },
  problem: { vi: 'Ô, biểu cần sửa', en: 'Cell or sheet' },
  blank: { vi: 'Ô còn trống', en: 'Blank cells' },
  unusual: { vi: 'Bất thường', en: 'Unusual' },
};

/**
 * Every finding, in the one order of every output, blank cells a line per sheet; `local` writes the cells
 * on the finding's own sheet by their address alone.
 */
export function findingViews(pack: CompiledPack, findings: Finding[], lang: Lang, local = false): FindingView[] {
  return findingGroups(findings, pack).flatMap((g) =>
    groupViews(pack, g, lang, local ? (g.sheet ?? undefined) : undefined),
  );
}

/** A group's lines; `home` leaves the sheet's name out of addresses on that sheet. */
export function groupViews(pack: CompiledPack, g: FindingGroup, lang: Lang, home?: string): FindingView[] {
  if (g.kind !== 'blank') return g.findings.map((f) => findingView(pack, f, lang, home));
  const first = g.findings[0]!;
  return [
    {
      ...findingView(pack, first, lang, home),
      detail: `${blankLine(g, lang)}.`,
      cells: rangesText(g),
      findings: g.findings,
    },
  ];
}

export function findingView(pack: CompiledPack, f: Finding, lang: Lang, home?: string): FindingView {
  const kind = kindOf(f);
  return {
    severity: f.severity,
    severityText: BATCH_TEXT[lang][f.severity],
    kind,
    kindText: KIND_SHORT[kind][lang],
    sheet: sheetOf(f),
    sheetName: sheetNameOf(pack, f),
    title: title(f, lang, pack),
    detail: detail(f, lang, pack),
    rule: kind === 'problem' || kind === 'blank' ? '' : f.rule,
    cells: f.cells.map((c) => cellText(pack, c, lang, home)),
    findings: [f],
  };
}
