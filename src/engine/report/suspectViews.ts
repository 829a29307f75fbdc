/** The "likely wrong" groups as lines of text for every output: rules, a lead sentence, each tied way's cells. */
import type { FindingCell } from '../check/finding.js';
import type { Suspect, SuspectGroup } from '../localise/suspect.js';
import type { CompiledPack } from '../pack/compilePack.js';
import type { Lang } from '../pack/pack.js';
import { agreementText } from './agreementText.js';
import { formatNumber } from './formatNumber.js';
import { causeText, suggestionText, SUSPECT_WORDS } from './messages.js';

export interface SuspectGroupView {
  /** The failing rules the group explains, comma-separated. */
  rules: string;
  lead: string;
  /** Each smallest fix: one line per cell, "'Biểu 1'!C17 [4; (1)] = 27.023 → 26.773 (cause)", then per rule waived. */
  ways: string[][];
}

export function suspectViews(pack: CompiledPack, groups: SuspectGroup[], lang: Lang): SuspectGroupView[] {
  const w = SUSPECT_WORDS[lang];
  return groups.map((g) => {
    const lead = suspectLead(g, lang);
    const notes = [...(g.more ? [w.more] : []), ...(g.complete ? [] : [w.partial])].map((n) => ` (${n})`);
    return {
      rules: g.rules.join(', '),
      lead: `${lead}${notes.join('')}`,
      ways: g.sets.map((set) => [...set.cells.map((s) => suspectLine(pack, s, lang)), ...set.waived.map(w.waive)]),
    };
  });
}

/** What a group's sets are: a tie, the one fix (leaving some rules failing or not), or none found. */
export function suspectLead(g: SuspectGroup, lang: Lang): string {
  const w = SUSPECT_WORDS[lang];
  if (g.sets.length > 1) return w.tie(g.sets.length);
  if (!g.sets.length) return w.none(6);
  return g.sets[0]!.waived.length ? w.fixWaiving : w.fix;
}

/** A cell named as a clerk finds it: sheet tab, address, row and column codes. */
export function cellLabel(c: FindingCell): string {
  return `'${c.sheetName}'!${c.address} [${c.row}; ${c.column}]`;
}

/** A suspect cell's words, apart: where it is, the value read, the suggestion, its cause, the figures agreeing. */
export interface SuspectParts {
  cell: string;
  value: string;
  suggestion: string;
  cause: string;
  agrees: string;
}

export function suspectParts(pack: CompiledPack, s: Suspect, lang: Lang): SuspectParts {
  const other = s.cause?.cell ? `'${s.cause.cell.sheetName}'!${s.cause.cell.address}` : '';
  return {
    cell: cellLabel(s.cell),
    value: shown(pack, s.cell, lang),
    suggestion: suggestionText(s, lang, pack),
    cause: s.cause ? causeText(s.cause, lang, other) : '',
    agrees: agreementText(pack, s, lang),
  };
}

function suspectLine(pack: CompiledPack, s: Suspect, lang: Lang): string {
  const { cell, value, suggestion, cause, agrees } = suspectParts(pack, s, lang);
  return `${cell} = ${value} → ${suggestion}${cause && ` (${cause})`}${agrees && `, ${agrees}`}`;
}

function shown(pack: CompiledPack, c: FindingCell, lang: Lang): string {
  if (typeof c.value !== 'number') return String(c.value);
  const slot = pack.slots[pack.slotOf(c.sheet, c.row, c.column) ?? -1];
  return formatNumber(c.value, slot?.decimals ?? 6, lang, slot?.kind === 'percent');
}
