/** What a check found: plain values keyed by `code`; message text lives in report/messages.ts. */
import type { Comparison } from '../rules/interval.js';
import type { Severity, Text } from '../pack/pack.js';

export interface FindingCell {
  /** Sheet code from the pack, e.g. "B3a". */
  sheet: string;
  /** Worksheet tab name in the checked workbook. */
  sheetName: string;
  /** A1 address in the checked workbook, e.g. "D12". */
  address: string;
  row: string;
  column: string;
  /** Value as read (a number for numeric cells), null when blank. */
  value: number | string | null;
}

interface Base {
  rule: string;
  severity: Severity;
  cells: FindingCell[];
}

/** A rule whose two sides disagree beyond what the decimals shown allow. */
export interface RuleFailure extends Base {
  code:
    'sum-mismatch' | 'same-mismatch' | 'percent-mismatch' | 'growth-mismatch' | 'part-exceeds-whole' | 'carry-mismatch';
  comparison: Comparison;
  found: number;
  expected: number;
  difference: number;
  /** Decimals the comparison is made at (the widest of the cells involved). */
  decimals: number;
}

/** A rule declared `blank: error` met blank cells (listed in cells). */
export interface RuleBlank extends Base {
  code: 'rule-blank';
}

export interface BlankCell extends Base {
  code: 'required-blank';
  found: null;
}

export interface BadCount extends Base {
  code: 'not-whole' | 'negative';
  found: number;
}

export type CellFinding = BlankCell | BadCount;

/** A number typed as text: read, and reported so the clerk can retype it. */
export interface TextNumber extends Base {
  code: 'text-number';
  found: string;
  expected: number;
}

export interface UnreadableCell extends Base {
  code: 'not-a-number' | 'cell-error';
  found: string;
}

/** The workbook lacks a part of the template: rules that need it are skipped. */
export interface MissingPart extends Base {
  code: 'missing-sheet' | 'missing-row' | 'missing-column';
  /** Sheet code, and the tab name it was looked for under or found as. */
  sheet: string;
  sheetName: string;
  /** The sheet, row or column code that could not be found. */
  found: string;
}

/** A row or column code that stands twice in a sheet: only its first place is checked. */
export interface DuplicatePart extends Base {
  code: 'duplicate-row' | 'duplicate-column';
  sheet: string;
  sheetName: string;
  /** The repeated code. */
  found: string;
  /** A1 addresses of the code's first place, then of its first repeats (three at most). */
  addresses: string[];
  /** How many places repeat the code after its first: one finding however many rows were copied. */
  repeats: number;
}

/**
 * A figure far from the other units' (`unusual-across`), from the unit's previous workbook
 * (`unusual-previous`), or beyond a limit of the pack (`beyond-limit`): unusual, not wrong, so a warning.
 */
export interface UnusualFigure extends Base {
  code: 'unusual-across' | 'unusual-previous' | 'beyond-limit';
  /** What is screened: the ratio's label, or the cell's row and column for the previous period. */
  label: Text;
  /** The figure: the ratio, or the cell's value. */
  found: number;
  /** What it is unusual against: the units' median, or the previous value; and the range not flagged. */
  reference: { median?: number; previous?: number; lo?: number; hi?: number };
  /**
   * How far off: the modified z-score, the multiple of Hidiroglou–Berthelot's
   * quartile distance, or the amount beyond the limit.
   */
  distance: number;
  /** The distance a figure must pass to be flagged (0 for a limit). */
  threshold: number;
  decimals: number;
  /** The figure is a percentage. */
  percent: boolean;
}

export type Finding =
  RuleFailure | RuleBlank | CellFinding | TextNumber | UnreadableCell | MissingPart | DuplicatePart | UnusualFigure;
export type FindingCode = Finding['code'];
/** The finding of each code, for what is said per code. */
export type FindingOf = { [C in FindingCode]: Finding & { code: C } };

/**
 * What a finding is for a clerk: figures that disagree, a blank required cell, a figure unusual enough to
 * look at (a warning), or any other problem of a cell or of the template.
 */
export type FindingKind = 'discrepancy' | 'problem' | 'blank' | 'unusual';

const KINDS: Record<FindingCode, FindingKind> = {
  'sum-mismatch': 'discrepancy',
  'same-mismatch': 'discrepancy',
  'percent-mismatch': 'discrepancy',
  'growth-mismatch': 'discrepancy',
  'part-exceeds-whole': 'discrepancy',
  'carry-mismatch': 'discrepancy',
  'required-blank': 'blank',
  'unusual-across': 'unusual',
  'unusual-previous': 'unusual',
  'beyond-limit': 'unusual',
  'rule-blank': 'problem',
  'not-whole': 'problem',
  negative: 'problem',
  'text-number': 'problem',
  'not-a-number': 'problem',
  'cell-error': 'problem',
  'missing-sheet': 'problem',
  'missing-row': 'problem',
  'missing-column': 'problem',
  'duplicate-row': 'problem',
  'duplicate-column': 'problem',
};

export function kindOf(f: Finding): FindingKind {
  return KINDS[f.code];
}

/** The sheet a finding belongs to: its own for a part of the template, else its first cell's. */
export function sheetOf(f: Finding): string | null {
  return 'sheet' in f ? f.sheet : (f.cells[0]?.sheet ?? null);
}
