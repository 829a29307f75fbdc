/** Which cells are likely wrong and what they probably should be: plain values, worded in messages. */
import type { FindingCell } from '../check/finding.js';

export type CauseKind =
  | 'sign'
  | 'percent-as-fraction'
  | 'percent-as-per-mille'
  | 'separator'
  | 'rounding'
  | 'digits-swapped'
  | 'digit-changed'
  | 'digit-added'
  | 'digit-dropped'
  | 'cells-exchanged'
  | 'neighbour';

export interface Cause {
  kind: CauseKind;
  /** The other cell, for two cells' values exchanged and a figure typed into the neighbouring cell. */
  cell?: FindingCell;
}

export interface Suspect {
  cell: FindingCell;
  /** The value that lets every rule hold (with the set's other suggestions); null when only a range is known. */
  suggested: number | null;
  /** Lowest and highest values that let every rule hold. */
  min: number;
  max: number;
  /** A typing slip that turns the suggested value into the value read, exactly. */
  cause: Cause | null;
  /** The group's one smallest fix only: the figures calling for the suggested value that other rules confirm. */
  agrees: Agreement | null;
}

/** Figures a failing rule compares a suggestion with, each confirmed by an equality that holds as read. */
export interface Agreement {
  cells: FindingCell[];
  /** Ids of the confirming rules, which read none of the fix's cells: one per figure first, then the rest. */
  rules: string[];
}

/** One smallest set of cells whose change lets every rule of the group hold, but the rules it waives. */
export interface SuspectSet {
  cells: Suspect[];
  /** Ids of the soft rules (with a reliability) left failing instead of changing more cells; most often none. */
  waived: string[];
}

export interface SuspectGroup {
  /** Ids of the failing error rules the group's sets explain together. */
  rules: string[];
  /** Cells changed by each set, each counted at its reliability (1 by default), plus the rules it waives at theirs. */
  weight: number;
  /** Sets of equal weight, the most plausible first: more than one is a tie, never settled silently. */
  sets: SuspectSet[];
  /** False when the search stopped at its bounds: a lighter or another tied set may exist. */
  complete: boolean;
  /** More sets tie than are listed (the search keeps 6). */
  more: boolean;
}
