/** What the harness counts for each kind of error and number of errors at once. */
import type { SuspectGroup } from '../../src/engine/index.js';
import { plausibility } from '../../src/engine/localise/localise.js';
import type { Figures } from './readingsOf.js';

export interface Tally {
  trials: number;
  /** Some error rule failed: the injected errors can be seen at all. */
  seen: number;
  /** Every injected cell is in some listed set. */
  within: number;
  /** Every injected cell is in the first set of its group, or in a set as plausible as the first. */
  first: number;
  /** Groups whose only set is exactly the injected cells: the original is the unique minimal fix. */
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
  slotOf: (sheet: string, row: string, col: string) => number | undefined;
}

export function count(t: Tally, trial: Trial): void {
  t.trials++;
  if (!trial.groups.length) return;
  t.seen++;
  t.incomplete += trial.groups.filter((g) => !g.complete).length;
  const slots = (cells: { cell: { sheet: string; row: string; column: string } }[]) =>
    cells.map((c) => trial.slotOf(c.cell.sheet, c.cell.row, c.cell.column)!);
  const listed = new Set(trial.groups.flatMap((g) => g.sets.flatMap((s) => slots(s.cells))));
  if (trial.injected.every((s) => listed.has(s))) t.within++;
  const best = new Set(
    trial.groups.flatMap((g) =>
      g.sets.filter((s) => plausibility(s) === plausibility(g.sets[0]!)).flatMap((s) => slots(s.cells)),
    ),
  );
  if (trial.injected.every((s) => best.has(s))) t.first++;
  for (const g of trial.groups) {
    if (g.sets.length !== 1) continue;
    const set = slots(g.sets[0]!.cells);
    if (!set.every((s) => trial.injected.includes(s))) continue;
    t.unique++;
    if (g.sets[0]!.cells.every((c, i) => c.suggested !== null && close(c.suggested, trial.original[set[i]!]!)))
      t.restored++;
  }
  countCauses(t, trial, slots);
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
