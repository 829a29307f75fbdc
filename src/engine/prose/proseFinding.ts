/** What checking a report found: plain values keyed by `code`; their words live in proseMessages.ts. */
import type { Severity } from '../pack/pack.js';

/** Where the report says it: the sentence, its section ("II.2.2") or footnote, and the figure as written. */
export interface Quote {
  section: string;
  footnote?: number;
  sentence: string;
  /** The figure or date as written: "27.023", "48,34%", "ngày 03-1/2011". */
  text: string;
  value?: number;
}

/** A cell of the appendix sheets; with a workbook, where it is and what it holds. */
export interface ProseCell {
  sheet: string;
  sheetName: string;
  row: string;
  column: string;
  address?: string;
  value?: number | string | null;
}

interface Base {
  /** "prose" for checks of the report's own; a pack rule's id where one was applied to its figures. */
  rule: string;
  severity: Severity;
  quotes: Quote[];
  cells: ProseCell[];
}

/** The report's figure is not its cell's value, beyond the decimals the report shows. */
export interface CellDisagrees extends Base {
  code: 'prose-cell-mismatch';
  found: number;
  expected: number;
}

/** A pack rule does not hold among the report's own figures: two figures for one thing, a total, a rate. */
export interface ProseRuleFails extends Base {
  code: 'prose-same-mismatch' | 'prose-sum-mismatch' | 'prose-percent-mismatch' | 'prose-part-exceeds-whole';
  found: number;
  expected: number;
  decimals: number;
}

/** Both decimal marks in one paragraph: "68,3%" beside "43.65%". */
export interface MixedMarks extends Base {
  code: 'prose-mixed-decimals';
}

/** A date or congress term that cannot be; a count said to run past the end of the period. */
export interface DateProblem extends Base {
  code: 'prose-impossible-date' | 'prose-impossible-term' | 'prose-past-period';
  /** The report's period as the check took it, e.g. "12-2017". */
  period?: string;
}

export type ProseFinding = CellDisagrees | ProseRuleFails | MixedMarks | DateProblem;
export type ProseFindingCode = ProseFinding['code'];
