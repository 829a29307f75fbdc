/**
 * What bears out a suggestion, in words: "khớp với 'Biểu 3a'!G8 = 26.773, số này đúng với quy tắc “…” (id)".
 * A long list names its first figures and rules and counts the rest.
 */
import type { FindingCell } from '../check/finding.js';
import type { Suspect } from '../localise/suspect.js';
import type { CompiledPack } from '../pack/compilePack.js';
import type { Lang } from '../pack/pack.js';
import { figureText } from './cellText.js';

const SHOWN_CELLS = 3;
const SHOWN_RULES = 2;

const WORDS = {
  vi: {
    and: ' và ',
    cells: (list: string, n: number) => `khớp với ${list}, ${n > 1 ? 'các số này' : 'số này'} đúng với`,
    rules: (list: string, n: number) => `${n > 1 ? 'các quy tắc' : 'quy tắc'} ${list}`,
    moreCells: (n: number) => `${n} số khác`,
    moreRules: (n: number) => `${n} quy tắc khác`,
  },
  en: {
    and: ' and ',
    cells: (list: string, n: number) => `agrees with ${list}, ${n > 1 ? 'figures' : 'a figure'} confirmed by`,
    rules: (list: string, n: number) => `${n > 1 ? 'the rules' : 'the rule'} ${list}`,
    moreCells: (n: number) => `${n} more ${n > 1 ? 'figures' : 'figure'}`,
    moreRules: (n: number) => `${n} more ${n > 1 ? 'rules' : 'rule'}`,
  },
} as const;

export function agreementText(pack: CompiledPack, s: Suspect, lang: Lang): string {
  if (!s.agrees) return '';
  const w = WORDS[lang];
  const { cells, rules } = s.agrees;
  const named = cells.slice(0, SHOWN_CELLS).map((c, i) => figure(pack, c, cells[i - 1], lang));
  const cellList = listed(named, cells.length - named.length, w.moreCells, w.and);
  const ruleNames = rules.slice(0, SHOWN_RULES).map((id) => ruleName(pack, id, lang));
  const ruleList = listed(ruleNames, rules.length - ruleNames.length, w.moreRules, w.and);
  return `${w.cells(cellList, cells.length)} ${w.rules(ruleList, rules.length)}`;
}

/** A figure by its address, the sheet named unless the figure before is on it too. */
function figure(pack: CompiledPack, c: FindingCell, before: FindingCell | undefined, lang: Lang): string {
  const where = before?.sheet === c.sheet ? c.address : `'${c.sheetName}'!${c.address}`;
  return `${where} = ${figureText(pack, c, c.value as number, lang)}`;
}

/** A rule as findings head it: its description, with its id after. */
function ruleName(pack: CompiledPack, id: string, lang: Lang): string {
  const description = pack.rules.find((r) => r.id === id)?.description?.[lang]?.replace(/\.$/, '');
  return description ? `“${description}” (${id})` : id;
}

/** "a, b và 2 quy tắc khác"; "a và b". */
function listed(names: string[], rest: number, more: (n: number) => string, and: string): string {
  const all = rest > 0 ? [...names, more(rest)] : names;
  return all.length > 1 ? `${all.slice(0, -1).join(', ')}${and}${all.at(-1)}` : all.join('');
}
