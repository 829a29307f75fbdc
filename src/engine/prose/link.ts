/**
 * Links each figure of the report to the cell it quotes, by the pack's phrases, narrowed by the appendix
 * the text cites ("(Biểu số 3a)") in the figure's clause, else its sentence, its footnotes, its paragraph.
 * A figure two cells fit equally well is ambiguous, never guessed; one no phrase names is left unlinked.
 */
import type { CompiledPack } from '../pack/compilePack.js';
import { figures, type Figure } from './figures.js';
import { fold } from './fold.js';
import { HERE, matchPhrase, OTHER, tightest, type Phrase, type PhraseMatch } from './phrases.js';
import type { ProseNames, SheetNames } from './names.js';
import { notFigures, type NotFigure } from './notFigures.js';
import type { Passage } from './passages.js';

export interface CellLink {
  sheet: string;
  row: string;
  col: string;
  slot: number;
}

export interface QuotedFigure {
  figure: Figure;
  passage: Passage;
}

export type Linked =
  | (QuotedFigure & { state: 'linked'; cell: CellLink })
  | (QuotedFigure & { state: 'ambiguous'; candidates: CellLink[] })
  | (QuotedFigure & { state: 'unlinked'; reason: 'approximate' | 'ratio' | 'unnamed' });

export interface ReadPassage {
  passage: Passage;
  spans: NotFigure[];
  figures: Figure[];
}

export function readPassages(passages: Passage[]): ReadPassage[] {
  return passages.map((passage) => {
    const spans = notFigures(passage.text);
    return { passage, spans, figures: figures(passage.text, spans) };
  });
}

export function linkFigures(pack: CompiledPack, names: ProseNames, read: ReadPassage[]): Linked[] {
  const out: Linked[] = [];
  const citations = citationIndex(names, read);
  for (const r of read) {
    const clauses = clauseRanges(r.passage.text);
    const previous = new Map<number, CellLink>();
    r.figures.forEach((figure, i) => {
      const clause = clauses.findIndex(([a, b]) => figure.start >= a && figure.start < b);
      const linked = linkOne(pack, names, r, i, clauses[clause]!, citations, previous.get(clause));
      if (linked.state === 'linked') previous.set(clause, linked.cell);
      out.push(linked);
    });
  }
  return out;
}

type Citations = (r: ReadPassage, clause: [number, number]) => string[];

/** The sheets cited for a clause: its own, else its sentence's, its footnotes', its paragraph's. */
function citationIndex(names: ProseNames, read: ReadPassage[]): Citations {
  const cites = (r: ReadPassage, from = 0, to = Infinity) =>
    r.spans
      .filter((s) => s.cites && s.start >= from && s.start < to)
      .flatMap((s) => names.cited.get(fold(s.cites!)) ?? []);
  const byScope = new Map<number, string[]>();
  const byParagraph = new Map<number, string[]>();
  for (const r of read) {
    byScope.set(r.passage.scope, [...(byScope.get(r.passage.scope) ?? []), ...cites(r)]);
    if (r.passage.paragraph >= 0)
      byParagraph.set(r.passage.paragraph, [...(byParagraph.get(r.passage.paragraph) ?? []), ...cites(r)]);
  }
  return (r, [from, to]) => {
    const levels = [
      cites(r, from, to),
      cites(r),
      byScope.get(r.passage.scope) ?? [],
      byParagraph.get(r.passage.paragraph) ?? [],
    ];
    return levels.find((l) => l.length) ?? names.uncited;
  };
}

function clauseRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === ';') {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  return out;
}

interface Candidate {
  cell: CellLink;
  score: number;
  gap: number;
}

function linkOne(
  pack: CompiledPack,
  names: ProseNames,
  r: ReadPassage,
  index: number,
  clause: [number, number],
  citations: Citations,
  previous: CellLink | undefined,
): Linked {
  const figure = r.figures[index]!;
  const base = { figure, passage: r.passage };
  if (figure.approximate) return { ...base, state: 'unlinked', reason: 'approximate' };
  if (figure.times) return { ...base, state: 'unlinked', reason: 'ratio' };
  const text = clauseText(r, index, clause);
  const heading = fold(r.passage.heading);
  const sheets = [...new Set(citations(r, clause))].flatMap((s) => names.sheets.get(s) ?? []);
  let candidates = sheets.flatMap((s) => candidatesIn(pack, s, figure, text, heading, undefined));
  if (!candidates.length && previous) {
    const own = names.sheets.get(previous.sheet);
    candidates = own ? candidatesIn(pack, own, figure, text, heading, previous.row) : [];
  }
  return choose(base, candidates);
}

/** The clause in folded letters, the figure being linked as HERE and the clause's other figures as OTHER. */
function clauseText(r: ReadPassage, index: number, [from, to]: [number, number]): string {
  let out = '';
  let at = from;
  for (const [i, f] of r.figures.entries()) {
    if (f.start < from || f.start >= to) continue;
    out += `${fold(r.passage.text.slice(at, f.start))} ${i === index ? HERE : OTHER} `;
    at = f.end;
  }
  return out + fold(r.passage.text.slice(at, to));
}

function candidatesIn(
  pack: CompiledPack,
  s: SheetNames,
  figure: Figure,
  text: string,
  heading: string,
  row: string | undefined,
): Candidate[] {
  const rows =
    row === undefined
      ? bestOf(s.rows.map((r) => ({ key: r.row, match: best(r.phrases, text) })))
      : [{ key: row, match: { weight: 0, gap: 0 } }];
  const fits = s.columns.filter((c) =>
    figure.percent ? c.kind === 'percent' : c.kind === 'count' || c.kind === 'number',
  );
  const cols = bestOf(fits.map((c) => ({ key: c.col, match: best(c.phrases, text) ?? inHeading(c.phrases, heading) })));
  return rows.flatMap((r) =>
    cols.flatMap((c) => {
      const slot = pack.slotOf(s.sheet, r.key, c.key);
      if (slot === undefined) return [];
      const cell = { sheet: s.sheet, row: r.key, col: c.key, slot };
      return [{ cell, score: r.match.weight + c.match.weight, gap: r.match.gap + c.match.gap }];
    }),
  );
}

function best(phrases: Phrase[], text: string): PhraseMatch | undefined {
  let top: PhraseMatch | undefined;
  for (const p of phrases) {
    const m = matchPhrase(p, text);
    if (m && (!top || better(m, top))) top = m;
  }
  return top;
}

function inHeading(phrases: Phrase[], heading: string): PhraseMatch | undefined {
  const found = phrases.filter((p) => !p.anchored).flatMap((p) => tightest(p, heading) ?? []);
  return found.reduce<PhraseMatch | undefined>((t, m) => (!t || better(m, t) ? m : t), undefined);
}

function better(a: PhraseMatch, b: PhraseMatch): boolean {
  return a.weight > b.weight || (a.weight === b.weight && a.gap < b.gap);
}

/** The keys whose match is best, all of them when they tie. */
function bestOf(items: { key: string; match: PhraseMatch | undefined }[]): { key: string; match: PhraseMatch }[] {
  const found = items.filter((i): i is { key: string; match: PhraseMatch } => i.match !== undefined);
  const top = found.reduce<PhraseMatch | undefined>((t, i) => (!t || better(i.match, t) ? i.match : t), undefined);
  return found.filter((i) => top && !better(top, i.match));
}

function choose(base: QuotedFigure, candidates: Candidate[]): Linked {
  if (!candidates.length) return { ...base, state: 'unlinked', reason: 'unnamed' };
  const top = candidates.reduce((t, c) => (c.score > t.score || (c.score === t.score && c.gap < t.gap) ? c : t));
  const tied = candidates.filter((c) => c.score === top.score && c.gap === top.gap);
  if (tied.length === 1) return { ...base, state: 'linked', cell: top.cell };
  return { ...base, state: 'ambiguous', candidates: tied.map((c) => c.cell) };
}
