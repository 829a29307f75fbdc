/** A check's findings counted so that blank cells never hide the discrepancies among the errors. */
import { kindOf, type Finding } from './finding.js';

/** `errors` is `discrepancies + problems + blanks`; `warnings` are counted apart, whatever their kind. */
export interface FindingCounts {
  errors: number;
  warnings: number;
  /** Errors where figures disagree (a rule's two sides). */
  discrepancies: number;
  /** Errors of a single cell or of the template: not a number, not whole, a missing row … */
  problems: number;
  /** Required cells left blank. */
  blanks: number;
}

export function countFindings(findings: Finding[]): FindingCounts {
  const counts: FindingCounts = { errors: 0, warnings: 0, discrepancies: 0, problems: 0, blanks: 0 };
  for (const f of findings) {
    if (f.severity === 'warning') {
      counts.warnings++;
      continue;
    }
    counts.errors++;
    const kind = kindOf(f);
    if (kind === 'discrepancy') counts.discrepancies++;
    else if (kind === 'blank') counts.blanks++;
    else counts.problems++;
  }
  return counts;
}

/** The counts of several checks together. */
export function addCounts(all: FindingCounts[]): FindingCounts {
  const sum: FindingCounts = { errors: 0, warnings: 0, discrepancies: 0, problems: 0, blanks: 0 };
  for (const c of all) for (const k of Object.keys(sum) as (keyof FindingCounts)[]) sum[k] += c[k];
  return sum;
}
