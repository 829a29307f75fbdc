/** A rule as written in the pack, parsed, checked and compiled once, one instance per `for` value. */
import type { MathNode } from 'mathjs/number';
import { PACK_LIMITS } from '../pack/limits.js';
import { compileExpression, RuleRefused, type Evaluator, type ResolveCells } from './compileExpression.js';
import type { Comparison } from './interval.js';
import { parseExpression } from './mathParser.js';
import type { BlankPolicy, RuleFamily, RuleSpec, Severity, Text } from '../pack/pack.js';

export interface CompiledRule {
  id: string;
  /** The id the pack gives the rule before `for` expansion. */
  specId: string;
  family: RuleFamily;
  severity: Severity;
  blank: BlankPolicy;
  comparison: Comparison;
  lhs: Evaluator;
  rhs: Evaluator;
  /** Slots read, in the order the rule names them. */
  slots: number[];
  /** The slot the left side is, when it is one cell alone: the cell the right side computes. */
  target?: number;
  description?: Text;
  /** The cost, in ordinary cells, of leaving the rule failing when localising errors; absent: it must hold. */
  reliability?: number;
}

const COMPARISONS: Record<string, Comparison> = {
  equal: '==',
  smallerEq: '<=',
  largerEq: '>=',
  smaller: '<',
  larger: '>',
};

const MAX_INSTANCES = 1000;

/** Throws RuleRefused or ExpressionSyntaxError with the reason; the caller names the file. */
export function compileRule(spec: RuleSpec, resolve: ResolveCells): CompiledRule[] {
  const root = parseExpression(spec.assert) as MathNode & Record<string, any>;
  const comparison = root.type === 'OperatorNode' ? COMPARISONS[root.fn as string] : undefined;
  if (!comparison) {
    throw new RuleRefused({
      vi: `"${spec.assert}" phải là một phép so sánh: trái == phải (hoặc <=, >=, <, >)`,
      en: `"${spec.assert}" must be one comparison: left == right (or <=, >=, <, >)`,
    });
  }
  let read = 0;
  return bindingsOf(spec).map((bindings) => {
    const left = new Set<number>();
    const lhs = compileExpression(root.args[0], { resolve, bindings, slots: left });
    const slots = new Set(left);
    const rhs = compileExpression(root.args[1], { resolve, bindings, slots });
    if (!slots.size)
      throw new RuleRefused({
        vi: `"${spec.assert}" không đọc ô nào nên không kiểm tra gì`,
        en: `"${spec.assert}" reads no cell, so it checks nothing`,
      });
    read += slots.size;
    if (read > PACK_LIMITS.ruleCells) {
      throw new RuleRefused({
        vi: `các lần khai triển của quy tắc đọc hơn ${PACK_LIMITS.ruleCells} ô`,
        en: `its instances read more than ${PACK_LIMITS.ruleCells} cells in all`,
      });
    }
    const values = Object.values(bindings);
    return {
      id: values.length ? `${spec.id}[${values.join(',')}]` : spec.id,
      specId: spec.id,
      family: spec.family,
      severity: spec.severity ?? 'error',
      blank: spec.blank ?? 'skip',
      comparison,
      lhs,
      rhs,
      slots: [...slots],
      ...(isCell(root.args[0]) && left.size === 1 ? { target: [...left][0]! } : {}),
      ...(spec.description ? { description: spec.description } : {}),
      ...(spec.reliability !== undefined ? { reliability: spec.reliability } : {}),
    };
  });
}

/** A lone cell reference, in parentheses or not. */
function isCell(node: MathNode & Record<string, any>): boolean {
  if (node.type === 'ParenthesisNode') return isCell(node.content);
  return node.type === 'AccessorNode';
}

/** Every combination of the `for` values; one empty binding when the rule has none. */
export function bindingsOf(spec: Pick<RuleSpec, 'for'>): Record<string, string>[] {
  let out: Record<string, string>[] = [{}];
  for (const [name, values] of Object.entries(spec.for ?? {})) {
    out = out.flatMap((b) => values.map((v) => ({ ...b, [name]: v })));
    if (out.length > MAX_INSTANCES)
      throw new RuleRefused({
        vi: `"for" sinh ra quá ${MAX_INSTANCES} quy tắc`,
        en: `"for" expands to more than ${MAX_INSTANCES} rules`,
      });
  }
  return out;
}
