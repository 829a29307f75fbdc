/** Runs the compiled rules over the cell values read from one workbook. */
import type { CompiledPack } from '../pack/compilePack.js';
import type { CompiledRule } from '../rules/compileRule.js';
import type { Finding, FindingCell, RuleFailure } from './finding.js';
import { holds, isUndecided } from '../rules/interval.js';
import type { RuleFamily } from '../pack/pack.js';
import { CellState, type SlotReadings } from '../workbook/readCells.js';

const FAILURE: Record<RuleFamily, RuleFailure['code']> = {
  sum: 'sum-mismatch',
  same: 'same-mismatch',
  percent: 'percent-mismatch',
  growth: 'growth-mismatch',
  part: 'part-exceeds-whole',
  carry: 'carry-mismatch',
};

/** Bounds of what each cell stands for: counts are exact, others stand for all that rounds to them. */
export interface Bounds {
  lo: Float64Array;
  hi: Float64Array;
}

export function boundsOf(pack: CompiledPack, values: SlotReadings): Bounds {
  const lo = new Float64Array(values.value);
  const hi = new Float64Array(values.value);
  for (let i = 0; i < pack.slots.length; i++) {
    const slot = pack.slots[i]!;
    if (slot.kind === 'count') continue;
    const half = 0.5 * 10 ** -slot.decimals;
    lo[i] = lo[i]! - half;
    hi[i] = hi[i]! + half;
  }
  return { lo, hi };
}

export function checkRules(pack: CompiledPack, values: SlotReadings): Finding[] {
  const bounds = boundsOf(pack, values);
  const out: Finding[] = [];
  for (const rule of pack.rules) {
    const finding = checkRule(pack, rule, values, bounds);
    if (finding) out.push(finding);
  }
  return out;
}

function checkRule(pack: CompiledPack, rule: CompiledRule, values: SlotReadings, bounds: Bounds): Finding | undefined {
  const states = rule.slots.map((s) => values.state[s]);
  if (states.includes(CellState.Invalid)) return undefined;
  const cells = () => rule.slots.map((s) => values.cell(s)!);
  if (states.includes(CellState.Blank)) {
    if (rule.blank === 'skip') return undefined;
    const blank = cells().filter((_, i) => states[i] === CellState.Blank);
    return { code: 'rule-blank', rule: rule.id, severity: rule.severity, cells: blank };
  }
  const found = rule.lhs(values.value, values.value);
  const expected = rule.rhs(values.value, values.value);
  if (isUndecided(found) || isUndecided(expected) || holds(found, rule.comparison, expected)) return undefined;
  const lhs = rule.lhs(bounds.lo, bounds.hi);
  const rhs = rule.rhs(bounds.lo, bounds.hi);
  if (isUndecided(lhs) || isUndecided(rhs) || holds(lhs, rule.comparison, rhs)) return undefined;
  return failure(pack, rule, cells(), found.lo, expected.lo);
}

function failure(
  pack: CompiledPack,
  rule: CompiledRule,
  cells: FindingCell[],
  found: number,
  expected: number,
): RuleFailure {
  return {
    code: FAILURE[rule.family],
    rule: rule.id,
    severity: rule.severity,
    cells,
    comparison: rule.comparison,
    found,
    expected,
    difference: found - expected,
    decimals: Math.max(0, ...rule.slots.map((s) => pack.slots[s]!.decimals)),
  };
}
