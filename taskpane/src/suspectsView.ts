/**
 * "Có thể sai" in the pane: under the findings, each group of failing rules with every tied way and each
 * cell's value, suggestion, cause and agreeing figures; beside a finding, what the fix makes of its cells.
 * Clicking a cell selects it; only a pane's SuspectAction (Excel's "Sửa thành") may offer to write one.
 */
import {
  fixKind,
  suspectLead,
  suspectParts,
  SUSPECT_WORDS,
  type CompiledPack,
  type Finding,
  type FixKind,
  type Lang,
  type Report,
  type Suspect,
  type SuspectGroup,
} from '../../src/engine/index.js';
import { HIGHLIGHT } from '../../src/office/paintHighlights.js';
import type { Pick } from './view.js';

/** Controls the pane adds after a suspected cell, in Excel only: none by default. */
export type SuspectAction = (g: SuspectGroup, s: Suspect, lang: Lang) => HTMLElement[];

const WORDS = {
  vi: {
    fix: 'Có thể sửa',
    tie: (n: number) => `${n} cách sửa ít ô như nhau: xem mục Có thể sai`,
    elsewhere: 'Có thể sai ở ô khác: xem mục Có thể sai',
    legend: 'ô tô màu này trong sổ tính; bấm một ô để chọn ô đó',
    select: 'Bấm để chọn ô này trong sổ tính (không sửa gì)',
  },
  en: {
    fix: 'Likely fix',
    tie: (n: number) => `${n} equally small fixes: see Likely wrong`,
    elsewhere: 'Likely wrong elsewhere: see Likely wrong',
    legend: 'cells filled this colour in the workbook; click one to select it',
    select: 'Click to select this cell in the workbook (nothing is changed)',
  },
} as const;

/** The heading and one section per group; nothing when no error rule fails. */
export function suspectsBlock(
  pack: CompiledPack,
  report: Report,
  lang: Lang,
  pick?: Pick,
  action?: SuspectAction,
): HTMLElement[] {
  const groups = report.suspects ?? [];
  if (!groups.length) return [];
  const h = el('h2', 'kind suspects-title', SUSPECT_WORDS[lang].heading);
  if (pick) {
    const legend = el('span', 'legend', WORDS[lang].legend);
    legend.prepend(Object.assign(el('span', 'swatch', ''), { ariaHidden: 'true' }));
    (legend.firstChild as HTMLElement).style.background = HIGHLIGHT.suspect;
    h.append(legend);
  }
  return [h, ...groups.map((g) => groupSection(pack, g, lang, pick, action))];
}

function groupSection(
  pack: CompiledPack,
  g: SuspectGroup,
  lang: Lang,
  pick?: Pick,
  action?: SuspectAction,
): HTMLElement {
  const w = SUSPECT_WORDS[lang];
  const section = el('section', 'group suspects', '');
  section.dataset.rules = g.rules.join(' ');
  const lead = suspectLead(g, lang);
  const notes = [...(g.more ? [w.more] : []), ...(g.complete ? [] : [w.partial])];
  const h = el('h3', 'lead', [lead, ...notes].join('; '));
  h.append(el('span', 'rule', g.rules.join(', ')));
  section.append(h);
  g.sets.forEach((set, i) => {
    const way = el('div', 'way', '');
    if (g.sets.length > 1) way.append(el('p', 'way-label', w.way(i + 1)));
    const ul = el('ul', '', '');
    ul.append(...set.cells.map((s) => suspectItem(pack, s, lang, pick, action?.(g, s, lang))));
    ul.append(...set.waived.map((id) => el('li', 'waived', w.waive(id))));
    way.append(ul);
    section.append(way);
  });
  return section;
}

function suspectItem(pack: CompiledPack, s: Suspect, lang: Lang, pick?: Pick, more: HTMLElement[] = []) {
  const parts = suspectParts(pack, s, lang);
  const li = document.createElement('li');
  const item = el(pick ? 'button' : 'div', 'suspect', '');
  item.dataset.cell = `${s.cell.sheetName}!${s.cell.address}`;
  const change = el('span', 'change', '');
  change.append(el('span', 'value', parts.value), ' → ', el('span', 'suggested', parts.suggestion));
  item.append(el('span', 'where', parts.cell), change);
  if (parts.cause) item.append(el('span', 'cause', parts.cause));
  if (parts.agrees) item.append(el('span', 'agrees', parts.agrees));
  if (pick) {
    item.title = WORDS[lang].select;
    item.addEventListener('click', () => pick([s.cell]));
  }
  li.append(item, ...more);
  return li;
}

/** Beside a finding: the suggestion for its cells, or a pointer to the tied ways; none when no group explains it. */
export function fixBeside(
  pack: CompiledPack,
  report: Report | undefined,
  findings: Finding[],
  lang: Lang,
): HTMLElement[] {
  const fix = fixKind(report?.suspects, findings);
  if (!fix) return [];
  return [el('span', `fix${fix.kind === 'cells' ? '' : ' see'}`, fixWords(pack, fix, lang))];
}

function fixWords(pack: CompiledPack, fix: FixKind, lang: Lang): string {
  const w = WORDS[lang];
  const change = (s: Suspect) => `${s.cell.address} → ${suspectParts(pack, s, lang).suggestion}`;
  if (fix.kind === 'cells') return `${w.fix}: ${fix.cells.map(change).join(', ')}`;
  if (fix.kind === 'waived') return `${w.fix}: ${SUSPECT_WORDS[lang].waive(fix.rule)}`;
  return fix.kind === 'tie' ? w.tie(fix.sets) : w.elsewhere;
}

function el(tag: string, className: string, text: string): HTMLElement {
  return Object.assign(document.createElement(tag), { className, textContent: text });
}
