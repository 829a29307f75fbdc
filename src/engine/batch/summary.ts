/** A supervisor's batch: the checks of many units' workbooks, summed up and ordered worst first. */
import { addCounts, type FindingCounts } from '../check/findingCounts.js';
import type { StampState } from '../check/inputStamp.js';
import type { Report } from '../check/validate.js';
import type { Text } from '../pack/pack.js';
import { matchKey } from '../workbook/unitIdentity.js';
import { readiness } from '../explain/readiness.js';

/** One file of the batch: its check, or the sentence saying why it could not be checked. */
export type BatchEntry = { file: string; report: Report } | { file: string; error: Text };

/** The findings of every checked file counted together, and: */
export interface BatchSummary extends FindingCounts {
  files: number;
  /** Checked files with no error, with errors, and files that could not be checked. */
  clean: number;
  withErrors: number;
  unreadable: number;
  stamps: Record<StampState, number>;
  /** Files that say they are of one unit (same code, or without codes the same name), two or more each. */
  sameUnit: { unit: string; files: string[] }[];
  /** The periods the files give, with their files, when they are not all one. */
  periods: { period: string; files: string[] }[];
  /** Checked files ready to send (no error, every warning explained), and those without errors that are not. */
  ready: number;
  unexplained: number;
}

export function summarise(entries: BatchEntry[]): BatchSummary {
  const stamps: Record<StampState, number> = { unchanged: 0, changed: 0, unchecked: 0 };
  const units = new Map<string, { unit: string; files: string[] }>();
  const periods = new Map<string, { period: string; files: string[] }>();
  let [clean, withErrors, ready] = [0, 0, 0];
  const all: FindingCounts[] = [];
  for (const e of entries) {
    if (!('report' in e)) continue;
    const { counts, stamp, unit } = e.report;
    if (readiness(e.report).ready) ready++;
    if (counts.errors) withErrors++;
    else clean++;
    all.push(counts);
    stamps[stamp.state]++;
    const key = unit.code ? `c${matchKey(unit.code)}` : unit.name ? `n${matchKey(unit.name)}` : undefined;
    if (key) {
      const group = units.get(key) ?? units.set(key, { unit: unit.code || unit.name, files: [] }).get(key)!;
      group.files.push(e.file);
    }
    const p = matchKey(unit.period);
    const group = periods.get(p) ?? periods.set(p, { period: unit.period, files: [] }).get(p)!;
    group.files.push(e.file);
  }
  return {
    files: entries.length,
    clean,
    withErrors,
    unreadable: entries.length - clean - withErrors,
    ...addCounts(all),
    stamps,
    sameUnit: [...units.values()].filter((g) => g.files.length > 1),
    periods: periods.size > 1 ? [...periods.values()] : [],
    ready,
    unexplained: clean - ready,
  };
}

const STAMP_RANK: Record<StampState, number> = { changed: 0, unchecked: 1, unchanged: 2 };

/** Files that could not be checked, then most errors, most warnings, figures changed or never checked. */
export function worstFirst(entries: BatchEntry[]): BatchEntry[] {
  const rank = (e: BatchEntry): number[] =>
    'report' in e
      ? [1, -e.report.counts.errors, -e.report.counts.warnings, STAMP_RANK[e.report.stamp.state]]
      : [0, 0, 0, 0];
  return entries
    .map((e, i) => ({ e, i, r: rank(e) }))
    .sort((a, b) => compareRanks(a.r, b.r) || a.i - b.i)
    .map(({ e }) => e);
}

function compareRanks(a: number[], b: number[]): number {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! - b[k]!;
  return 0;
}
