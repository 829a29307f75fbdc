/** What the harness counts for each kind of error and number of errors at once. */
import type { CompiledPack, SuspectGroup } from '../../src/engine/index.js';
import { cellWeights } from '../../src/engine/localise/cellWeights.js';
import { plausibility } from '../../src/engine/localise/localise.js';
import type { Figures } from './readingsOf.js';

export interface Tally {
  trials: number;
  /** Some error rule failed: the injected errors can be seen at all. */
  seen: number;
  /** Every injected cell is in some listed set. */
  within: number;
  /**
   * A completely searched group is lighter than the injected cells its failing rules read: fewer other cells
   * explain every rule, so a smallest fix cannot blame the injected ones. Not a search failure.
   */
  lighter: number;
  /** Else, an injected cell no failing rule reads: its change shows nowhere (the others were seen). */
  hidden: number;
  /** Of the others, every injected cell is in some listed set. */
  withinOthers: number;
  /** Every injected cell is in the first set of its group, or in a set as plausible as the first. */
  first: number;
  /**
   * Groups whose only set is injected cells, and holds every injected cell their rules read: the original is
   * the unique minimal fix.
   */
  unique: number;
  /** Of those, every suggestion is the original value. */
  restored: number;
  /** Injected typing slips whose cell is suggested back to its original value. */
  slips: number;
  /** Of those, the cause named is the slip injected. */
  named: number;
  /** Groups whose search stopped at its bounds. */
  incomplete: number;
}

export const emptyTally = (): Tally => ({
  trials: 0,
  seen: 0,
  within: 0,
  lighter: 0,
  hidden: 0,
  withinOthers: 0,
  first: 0,
  unique: 0,
  restored: 0,
  slips: 0,
  named: 0,
  incomplete: 0,
});

export interface Trial {
  injected: number[];
  kind: string;
  original: Figures;
  groups: SuspectGroup[];
  pack: CompiledPack;
}

/** Why the injected cells are not all within the suspects, or null when they are (or nothing was seen). */
export type Miss = 'lighter' | 'hidden' | 'stopped' | 'missed' | null;

export function count(t: Tally, trial: Trial): Miss {
  t.trials++;
  if (!trial.groups.length) return null;
  t.seen++;
  t.incomplete += trial.groups.filter((g) => !g.complete).length;
  const slots = (cells: { cell: { sheet: string; row: string; column: string } }[]) =>
    cells.map((c) => trial.pack.slotOf(c.cell.sheet, c.cell.row, c.cell.column)!);
  const listed = new Set(trial.groups.flatMap((g) => g.sets.flatMap((s) => slots(s.cells))));
  const within = trial.injected.every((s) => listed.has(s));
  const lighter = trial.groups.some((g) => g.complete && g.weight < weightOf(trial, injectedIn(trial, g)) - 1e-9);
  const read = new Set(trial.groups.flatMap((g) => injectedIn(trial, g)));
  const hidden = !lighter && trial.injected.some((s) => !read.has(s));
  if (within) t.within++;
  if (lighter) t.lighter++;
  else if (hidden) t.hidden++;
  else if (within) t.withinOthers++;
  const best = new Set(
    trial.groups.flatMap((g) =>
      g.sets.filter((s) => plausibility(s) === plausibility(g.sets[0]!)).flatMap((s) => slots(s.cells)),
    ),
  );
  if (trial.injected.every((s) => best.has(s))) t.first++;
  for (const g of trial.groups) {
    if (g.sets.length !== 1) continue;
    const set = slots(g.sets[0]!.cells);
    const exact = set.every((s) => trial.injected.includes(s)) && injectedIn(trial, g).every((s) => set.includes(s));
    if (!exact) continue;
    t.unique++;
    if (g.sets[0]!.cells.every((c, i) => c.suggested !== null && close(c.suggested, trial.original[set[i]!]!)))
      t.restored++;
  }
  countCauses(t, trial, slots);
  if (within) return null;
  if (lighter || hidden) return lighter ? 'lighter' : 'hidden';
  return trial.groups.some((g) => !g.complete) ? 'stopped' : 'missed';
}

/** The injected cells a group's failing rules read. */
function injectedIn(trial: Trial, g: SuspectGroup): number[] {
  const read = new Set(g.rules.flatMap((id) => trial.pack.rules.find((r) => r.id === id)?.slots ?? []));
  return trial.injected.filter((s) => read.has(s));
}

const weights = new WeakMap<CompiledPack, Float64Array>();
function weightOf(trial: Trial, cells: number[]): number {
  if (!weights.has(trial.pack)) weights.set(trial.pack, cellWeights(trial.pack));
  return cells.reduce((n, s) => n + weights.get(trial.pack)![s]!, 0);
}

/** Each injected slip once: in the first set that suggests its original value back, is it named right? */
function countCauses(t: Tally, trial: Trial, slots: (c: never[]) => number[]): void {
  if (trial.kind === 'arbitrary') return;
  const sets = trial.groups.flatMap((g) => g.sets).map((set) => ({ set, at: slots(set.cells as never[]) }));
  for (const s of trial.injected) {
    const hit = sets
      .map(({ set, at }) => set.cells[at.indexOf(s)])
      .find((c) => c && c.suggested !== null && close(c.suggested, trial.original[s]!));
    if (!hit) continue;
    t.slips++;
    if (hit.cause?.kind === trial.kind) t.named++;
  }
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
