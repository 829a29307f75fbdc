/**
 * The report against itself: one cell given two different figures, and the pack's rules applied to the
 * figures the report gives. Rules that tie figures of different places (same figure, part of a whole,
 * carried over) are applied across the whole report; totals and rates within a sentence and its footnotes.
 */
import type { CompiledPack } from '../pack/compilePack.js';
import type { RuleFamily } from '../pack/pack.js';
import type { CompiledRule } from '../rules/compileRule.js';
import { holds, isUndecided } from '../rules/interval.js';
import type { Linked } from './link.js';
import type { ProseFinding, ProseRuleFails } from './proseFinding.js';
import { halfUnit, quoteOf, type CellNamer } from './quote.js';

type LinkedFigure = Extract<Linked, { state: 'linked' }>;

const CODES: Record<RuleFamily, ProseRuleFails['code']> = {
  same: 'prose-same-mismatch',
  carry: 'prose-same-mismatch',
  part: 'prose-part-exceeds-whole',
  sum: 'prose-sum-mismatch',
  percent: 'prose-percent-mismatch',
  growth: 'prose-percent-mismatch',
};
const ACROSS: RuleFamily[] = ['same', 'carry', 'part'];

export function selfCheck(pack: CompiledPack, links: Linked[], name: CellNamer): ProseFinding[] {
  const linked = links.filter((l): l is LinkedFigure => l.state === 'linked');
  const whole = firstBySlot(linked);
  const scopes = new Map<number, LinkedFigure[]>();
  for (const l of linked) scopes.set(l.passage.scope, [...(scopes.get(l.passage.scope) ?? []), l]);
  const out: ProseFinding[] = twoFigures(pack, linked, name);
  for (const rule of pack.rules) {
    const groups = ACROSS.includes(rule.family) ? [whole] : [...scopes.values()].map(firstBySlot);
    for (const group of groups) {
      const failure = applyRule(pack, rule, group, name);
      if (failure) out.push(failure);
    }
  }
  return out;
}

function firstBySlot(linked: LinkedFigure[]): Map<number, LinkedFigure> {
  const out = new Map<number, LinkedFigure>();
  for (const l of linked) if (!out.has(l.cell.slot)) out.set(l.cell.slot, l);
  return out;
}

/** The same cell quoted twice with figures that cannot both be its value. */
function twoFigures(pack: CompiledPack, linked: LinkedFigure[], name: CellNamer): ProseFinding[] {
  const first = new Map<number, LinkedFigure>();
  const out: ProseFinding[] = [];
  for (const l of linked) {
    const a = first.get(l.cell.slot);
    if (!a) {
      first.set(l.cell.slot, l);
      continue;
    }
    const kind = pack.slots[l.cell.slot]!.kind;
    const gap = Math.abs(a.figure.value - l.figure.value);
    if (gap <= halfUnit(a.figure, kind) + halfUnit(l.figure, kind) + 1e-9) continue;
    out.push({
      code: 'prose-same-mismatch',
      rule: 'prose',
      severity: 'error',
      quotes: [a, l].map((f) => quoteOf(f.passage, f.figure.text, f.figure.value)),
      cells: [name(l.cell)],
      found: a.figure.value,
      expected: l.figure.value,
      decimals: Math.max(a.figure.decimals, l.figure.decimals, 0),
    });
  }
  return out;
}

function applyRule(pack: CompiledPack, rule: CompiledRule, group: Map<number, LinkedFigure>, name: CellNamer) {
  const figures = rule.slots.map((s) => group.get(s));
  if (figures.some((f) => !f)) return undefined;
  const n = pack.slots.length;
  const [value, lo, hi] = [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
  rule.slots.forEach((s, i) => {
    const f = figures[i]!.figure;
    const half = halfUnit(f, pack.slots[s]!.kind);
    [value[s], lo[s], hi[s]] = [f.value, f.value - half, f.value + half];
  });
  const found = rule.lhs(value, value);
  const expected = rule.rhs(value, value);
  const [l, r] = [rule.lhs(lo, hi), rule.rhs(lo, hi)];
  if ([found, expected, l, r].some(isUndecided) || holds(l, rule.comparison, r)) return undefined;
  const quoted = [...new Set(figures)] as LinkedFigure[];
  return {
    code: CODES[rule.family],
    rule: rule.id,
    severity: rule.severity,
    quotes: quoted.map((f) => quoteOf(f.passage, f.figure.text, f.figure.value)),
    cells: quoted.map((f) => name(f.cell)),
    found: found.lo,
    expected: expected.lo,
    decimals: Math.max(0, ...figures.map((f) => f!.figure.decimals)),
  } satisfies ProseRuleFails;
}
