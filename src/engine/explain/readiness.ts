/**
 * Sẵn sàng gửi (ready to send): no errors, and every warning explained by an explanation written for the
 * figures as they are now. An explanation of a finding that no longer exists is left over; one of a screen
 * this check did not run (no previous workbook, no other units) is neither counted nor left over: kept.
 */
import type { Finding } from '../check/finding.js';
import type { Report } from '../check/validate.js';
import { screenOfRule } from '../screen/screenKind.js';
import { cellValues, findingKey, ruleOfKey, type Explanation } from './explanation.js';

export interface ExplanationOf {
  text: string;
  at: string;
  /** Its cells changed after it was written. */
  stale: boolean;
}

export interface Readiness {
  ready: boolean;
  errors: number;
  /** Warnings with no explanation, or only a stale one. */
  unexplained: number;
  stale: number;
  /** Explanations of findings a check that ran no longer makes. */
  leftOver: Explanation[];
}

export function explanationOf(report: Pick<Report, 'explanations'>, f: Finding): ExplanationOf | undefined {
  const key = findingKey(f);
  const e = report.explanations?.find((x) => x.key === key);
  return e && { text: e.text, at: e.at, stale: e.values !== cellValues(f) };
}

export function readiness(report: Pick<Report, 'findings' | 'explanations' | 'counts' | 'screened'>): Readiness {
  let [explained, stale] = [0, 0];
  for (const f of report.findings) {
    if (f.severity !== 'warning') continue;
    const e = explanationOf(report, f);
    if (e && !e.stale) explained++;
    if (e?.stale) stale++;
  }
  const unexplained = report.counts.warnings - explained;
  const keys = new Set(report.findings.map(findingKey));
  const ran = (e: Explanation) => {
    const screen = screenOfRule(ruleOfKey(e.key));
    return !screen || (report.screened ?? []).includes(screen);
  };
  const leftOver = (report.explanations ?? []).filter((e) => !keys.has(e.key) && ran(e));
  const errors = report.counts.errors;
  return { ready: errors === 0 && unexplained === 0, errors, unexplained, stale, leftOver };
}
