/**
 * The one order every output lists findings in: figures that disagree first, sheet by sheet in the pack's
 * order, then other problems of cells and sheets, then the blank required cells of each sheet as one line,
 * then the unusual figures (warnings to look at, not to fix).
 */
import { kindOf, sheetOf, type Finding, type FindingKind } from '../check/finding.js';
import type { CompiledPack } from '../pack/compilePack.js';
import type { Lang, Text } from '../pack/pack.js';
import { cellRanges } from '../workbook/cellRanges.js';

export interface FindingGroup {
  kind: FindingKind;
  /** Sheet code; null for a finding of no sheet. */
  sheet: string | null;
  /** The sheet's tab name in the checked workbook, or its template name when it was not found. */
  sheetName: string;
  /** Errors before warnings. A `blank` group has one finding per blank cell, shown as one line. */
  findings: Finding[];
}

const KIND_ORDER: FindingKind[] = ['discrepancy', 'problem', 'blank', 'unusual'];

/** A heading for each kind of group. */
export const KIND_TEXT: Record<FindingKind, Text> = {
  discrepancy: { vi: 'Số liệu không khớp nhau', en: 'Figures that disagree' },
  problem: { vi: 'Ô và biểu cần sửa', en: 'Cells and sheets to fix' },
  blank: {
    vi: 'Ô bắt buộc còn trống (để trống không phải là số 0; nếu không có thì ghi 0)',
    en: 'Required cells left blank (blank is not zero; enter 0 if there are none)',
  },
  unusual: { vi: 'Số liệu bất thường', en: 'Unusual figures' },
};

export function findingGroups(findings: Finding[], pack: CompiledPack): FindingGroup[] {
  const order = pack.pack.sheets.map((s) => s.code);
  const rank = (code: string | null) => (code !== null && order.includes(code) ? order.indexOf(code) : order.length);
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const kind = kindOf(f);
    const sheet = sheetOf(f);
    const key = `${kind}\u0000${sheet}`;
    const group =
      groups.get(key) ?? groups.set(key, { kind, sheet, sheetName: sheetNameOf(pack, f), findings: [] }).get(key)!;
    group.findings.push(f);
  }
  return [...groups.values()]
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || rank(a.sheet) - rank(b.sheet))
    .map((g) => ({
      ...g,
      findings: [
        ...g.findings.filter((f) => f.severity === 'error'),
        ...g.findings.filter((f) => f.severity !== 'error'),
      ],
    }));
}

/** The tab name of a finding's sheet in the checked workbook, or its template name when it was not found. */
export function sheetNameOf(pack: CompiledPack, f: Finding): string {
  const named = f.cells[0]?.sheetName ?? ('sheetName' in f ? f.sheetName : undefined);
  return named ?? pack.pack.sheets.find((s) => s.code === sheetOf(f))?.name ?? '';
}

/** The cells of a group as blocks: "C8–C12". */
export function rangesText(group: FindingGroup, joiner = '–'): string[] {
  return cellRanges(group.findings.flatMap((f) => f.cells.map((c) => c.address))).map(([a, b]) =>
    a === b ? a : `${a}${joiner}${b}`,
  );
}

/** A sheet's blank required cells in one line: "Biểu 2: 32 ô bắt buộc còn trống: C8–C12, D8". */
export function blankLine(group: FindingGroup, lang: Lang): string {
  const n = group.findings.length;
  const what = lang === 'vi' ? `${n} ô bắt buộc còn trống` : `${n} required ${n === 1 ? 'cell' : 'cells'} left blank`;
  return `${group.sheetName}: ${what}: ${rangesText(group).join(', ')}`;
}
