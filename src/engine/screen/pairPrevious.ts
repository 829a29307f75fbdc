/**
 * Each unit of a batch with its previous-period workbook, matched by unit code as `check --previous` does,
 * and kept only while it is the same unit's earlier period (previousMismatch): else why it is not.
 */
import { matchKey, type UnitIdentity } from '../workbook/unitIdentity.js';
import { previousMismatch, type PreviousMismatch } from './previousMismatch.js';
import type { UnitFigures } from './unitFigures.js';

/** A previous-period workbook read: its file and figures. */
export interface PreviousFile {
  file: string;
  figures: UnitFigures;
}

/** What became of a unit's previous period when previous workbooks were given. */
export interface PreviousUse {
  /** The previous workbook found by the unit's code; absent when none was. */
  file?: string;
  unit?: UnitIdentity;
  /** Why it is not screened against: absent when it is. */
  refused?: PreviousMismatch | 'missing';
  /** Its figures, when it is screened against. */
  figures?: UnitFigures;
}

/** One per entry of `units` (undefined for a file that could not be checked). */
export function pairPrevious(
  units: (UnitFigures | undefined)[],
  previous: PreviousFile[],
): (PreviousUse | undefined)[] {
  const byCode = new Map<string, PreviousFile[]>();
  for (const p of previous) {
    if (!p.figures.unit.code) continue;
    const key = matchKey(p.figures.unit.code);
    byCode.set(key, [...(byCode.get(key) ?? []), p]);
  }
  return units.map((u) => {
    if (!u) return undefined;
    const found = u.unit.code ? (byCode.get(matchKey(u.unit.code)) ?? []) : [];
    const fit = found.find((p) => !previousMismatch(u.unit, p.figures.unit));
    if (fit) return { file: fit.file, unit: fit.figures.unit, figures: fit.figures };
    const other = found[0];
    if (!other) return { refused: 'missing' };
    return { file: other.file, unit: other.figures.unit, refused: previousMismatch(u.unit, other.figures.unit)! };
  });
}
