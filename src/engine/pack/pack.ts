/** A template pack as its author writes it: sheets and rules, addressed by codes. */
import type { ScreensSpec } from '../screen/screenSpec.js';

export type ColumnKind = 'count' | 'percent' | 'number' | 'text';
export type Severity = 'error' | 'warning';
export type Lang = 'vi' | 'en';
export type Text = { vi: string; en: string };

export interface ColumnSpec {
  /** Printed in the header's code row, e.g. "(1)". */
  code: string;
  label: Text;
  /** A header cell spanning this column and its neighbours with the same group. */
  group?: Text;
  kind: ColumnKind;
  /** Decimals shown; counts are whole (0). A percent is in percentage points. */
  decimals: number;
  /** Character width of the column in the template. */
  width?: number;
  /** How much harder than an ordinary cell (1) its cells are to blame when localising errors. */
  reliability?: number;
}

export interface RowSpec {
  /** Printed in the row-code column, e.g. "1.2". */
  code: string;
  label: Text;
  /** 0 for a total, 1 for its parts, 2 for parts of parts. */
  level: number;
  /** Column codes the user fills on this row; absent means every non-text column; [] is a heading. */
  inputs?: string[];
  /** Input cells of this row may be left blank. */
  optional?: boolean;
  /**
   * How `consolidate` fills the row from the units' workbooks: `sum` (default: counts summed, percentages
   * recomputed) or `manual` (a figure of the consolidating level itself, left blank for it to fill in).
   */
  consolidate?: ConsolidatePolicy;
  /** How much harder than an ordinary cell (1) its cells are to blame when localising errors. */
  reliability?: number;
}

export type ConsolidatePolicy = 'sum' | 'manual';

export type BlankPolicy = 'skip' | 'error';

export type RuleFamily =
  | 'sum' // a total equals its parts
  | 'same' // the same figure cited in two places agrees
  | 'percent' // a percentage recomputes from its counts
  | 'growth' // a growth rate recomputes from its two periods
  | 'part' // a part never exceeds its whole
  | 'carry'; // a period's opening equals the previous closing

export interface RuleSpec {
  id: string;
  family: RuleFamily;
  /** A mathjs comparison whose sides address cells as SHEET['row', 'col'] or ranges 'a':'b'. */
  assert: string;
  severity?: Severity;
  /** What a blank cell in the rule means: skip the rule (default), or report it. */
  blank?: BlankPolicy;
  /** Expands the rule once per value: each name stands for a code in the assert. */
  for?: Record<string, string[]>;
  description?: Text;
  /**
   * An error rule that may be left failing when localising errors, at this cost in ordinary cells;
   * absent: the rule must hold.
   */
  reliability?: number;
}

export interface SheetSpec {
  code: string;
  /** Worksheet tab name (31 characters at most). */
  name: string;
  title: Text;
  subtitle?: Text;
  unit: Text;
  columns: ColumnSpec[];
  rows: RowSpec[];
  rules?: RuleSpec[];
}

/** One field of the reporting unit's identity: its label, and a value the template starts with. */
export interface IdentityField {
  label: Text;
  /** Pre-filled in the template, e.g. the campaign's period "12-2017"; the user may change it. */
  value?: string;
}

/**
 * Who reports and for when: labelled input cells in the title block of the first sheet, found by the
 * defined names KB_UNIT_NAME, KB_UNIT_CODE and KB_PERIOD (workbook/markers.ts).
 */
export interface IdentitySpec {
  name: IdentityField;
  code: IdentityField;
  period: IdentityField;
}

export interface Pack {
  id: string;
  version: string;
  title: Text;
  /** At most 40 characters, for narrow places such as the task pane's header; else the title is cut. */
  shortTitle?: Text;
  issuer?: Text;
  /** The reporting unit's name, code and period; without it a workbook does not say whose it is. */
  identity?: IdentitySpec;
  sheets: SheetSpec[];
  /** Rules that cross sheets; sheet-local rules may also sit in their sheet. */
  rules: RuleSpec[];
  /** Unusual figures to screen for (screens.json): ratios, their limits, the screens' settings. */
  screens?: ScreensSpec;
  /** How the written report names the sheets' rows and columns (prose.json). */
  prose?: ProseSpec;
}

/**
 * Phrases the report's prose uses for a row or a column: words, "#" for the figure itself and "…" for
 * any words between, e.g. "# đảng viên", "tăng #", "kết nạp … #" (docs/template-packs.md).
 */
export interface ProseSheetSpec {
  rows?: Record<string, string[]>;
  columns?: Record<string, string[]>;
}

export interface ProseSpec {
  /** The sheets a figure no appendix is cited for may belong to; absent: every sheet named here. */
  uncited?: string[];
  sheets: Record<string, ProseSheetSpec>;
}
