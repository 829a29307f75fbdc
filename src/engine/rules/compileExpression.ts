/** Turns an allow-listed mathjs tree into a closure over cell intervals; anything else is refused. */
import type { Text } from '../pack/pack.js';
import type { MathNode } from 'mathjs/number';
import * as iv from './interval.js';
import type { Interval } from './interval.js';

/** Cell values by slot: the lower and upper bounds of what each cell may stand for. */
export type Evaluator = (lo: ArrayLike<number>, hi: ArrayLike<number>) => Interval;

/** Finds the slots a reference names; throws RuleRefused when the pack has no such cell. */
export type ResolveCells = (sheet: string, rows: [string, string], cols: [string, string]) => number[];

export class RuleRefused extends Error {
  constructor(readonly reason: Text) {
    super(reason.en);
    this.name = 'RuleRefused';
  }
}

const BINARY: Record<string, (a: Interval, b: Interval) => Interval> = {
  add: iv.add,
  subtract: iv.subtract,
  multiply: iv.multiply,
  divide: iv.divide,
};
const UNARY: Record<string, (a: Interval) => Interval> = { unaryMinus: iv.negate, unaryPlus: (a) => a };
const REDUCERS: Record<string, (a: Interval, b: Interval) => Interval> = { sum: iv.add, min: iv.min, max: iv.max };

/** One term of an expression: a scalar, or a range of cells that only sum/min/max may take. */
type Term = { scalar: Evaluator } | { range: number[] };

export interface CompileContext {
  resolve: ResolveCells;
  /** Names bound by the rule's `for`, standing for codes. */
  bindings: Record<string, string>;
  /** Every slot the expression reads, filled while compiling. */
  slots: Set<number>;
  /** How deep the compiler is in the tree now. */
  depth?: number;
}

const MAX_DEPTH = 200;

export function compileExpression(node: MathNode, ctx: CompileContext): Evaluator {
  return scalar(compileTerm(node, ctx), node);
}

function scalar(term: Term, node: MathNode): Evaluator {
  if ('scalar' in term) return term.scalar;
  throw new RuleRefused({
    vi: `vùng ${node.toString()} phải nằm trong sum(), min() hoặc max()`,
    en: `the range ${node.toString()} must be inside sum(), min() or max()`,
  });
}

function compileTerm(node: MathNode, ctx: CompileContext): Term {
  ctx.depth = (ctx.depth ?? 0) + 1;
  try {
    if (ctx.depth > MAX_DEPTH)
      throw new RuleRefused({
        vi: `biểu thức lồng nhau quá ${MAX_DEPTH} tầng`,
        en: `the expression is nested more than ${MAX_DEPTH} levels deep`,
      });
    return compileNode(node, ctx);
  } finally {
    ctx.depth--;
  }
}

function compileNode(node: MathNode, ctx: CompileContext): Term {
  const n = node as MathNode & Record<string, any>;
  switch (node.type) {
    case 'ConstantNode':
      return { scalar: constant(n.value) };
    case 'ParenthesisNode':
      return compileTerm(n.content, ctx);
    case 'OperatorNode':
      return { scalar: operator(n, ctx) };
    case 'FunctionNode':
      return { scalar: call(n, ctx) };
    case 'AccessorNode':
      return reference(n, ctx);
    default:
      throw new RuleRefused({
        vi: `không được dùng "${node.toString()}" trong quy tắc (${node.type})`,
        en: `"${node.toString()}" is not allowed in a rule (${node.type})`,
      });
  }
}

function constant(value: unknown): Evaluator {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RuleRefused({
      vi: `quy tắc chỉ được có số hữu hạn đứng riêng, không được có ${JSON.stringify(value)}`,
      en: `only finite numbers may stand alone in a rule, not ${JSON.stringify(value)}`,
    });
  }
  const v = iv.point(value);
  return () => v;
}

function operator(n: Record<string, any>, ctx: CompileContext): Evaluator {
  if (n.implicit)
    throw new RuleRefused({
      vi: `hãy viết * giữa các số hạng của "${n.toString()}"`,
      en: `write * between the terms of "${n.toString()}"`,
    });
  const args = (n.args as MathNode[]).map((a) => compileExpression(a, ctx));
  const [a, b] = args as [Evaluator, Evaluator];
  if (args.length === 2 && BINARY[n.fn]) {
    const f = BINARY[n.fn]!;
    return (lo, hi) => f(a(lo, hi), b(lo, hi));
  }
  if (args.length === 1 && UNARY[n.fn]) {
    const f = UNARY[n.fn]!;
    return (lo, hi) => f(a(lo, hi));
  }
  throw new RuleRefused({
    vi: `không được dùng phép toán "${n.op}" trong quy tắc; hãy dùng + - * /`,
    en: `the operator "${n.op}" is not allowed in a rule; use + - * /`,
  });
}

function call(n: Record<string, any>, ctx: CompileContext): Evaluator {
  const name = n.fn?.type === 'SymbolNode' ? (n.fn.name as string) : '';
  const args = n.args as MathNode[];
  if (name === 'abs' && args.length === 1) {
    const a = compileExpression(args[0]!, ctx);
    return (lo, hi) => iv.abs(a(lo, hi));
  }
  const reduce = Object.hasOwn(REDUCERS, name) ? REDUCERS[name]! : undefined;
  if (!reduce || args.length === 0) {
    throw new RuleRefused({
      vi: `không được dùng hàm "${n.fn?.toString()}" trong quy tắc; hãy dùng sum, min, max hoặc abs`,
      en: `the function "${n.fn?.toString()}" is not allowed in a rule; use sum, min, max or abs`,
    });
  }
  const terms = args.map((a) => compileTerm(a, ctx));
  return (lo, hi) => {
    let acc: Interval | undefined;
    for (const t of terms) acc = fold(t, reduce, acc, lo, hi);
    return acc!;
  };
}

function fold(
  t: Term,
  reduce: (a: Interval, b: Interval) => Interval,
  acc: Interval | undefined,
  lo: ArrayLike<number>,
  hi: ArrayLike<number>,
): Interval {
  if ('scalar' in t) {
    const v = t.scalar(lo, hi);
    return acc ? reduce(acc, v) : v;
  }
  for (const s of t.range) {
    const v = { lo: lo[s]!, hi: hi[s]! };
    acc = acc ? reduce(acc, v) : v;
  }
  return acc!;
}

function reference(n: Record<string, any>, ctx: CompileContext): Term {
  const index = n.index as Record<string, any>;
  if (n.object?.type !== 'SymbolNode' || index.dotNotation || index.dimensions.length !== 2) {
    throw new RuleRefused({
      vi: `"${n.toString()}" không phải tham chiếu ô; hãy viết BIỂU['dòng', 'cột']`,
      en: `"${n.toString()}" is not a cell reference; write SHEET['row', 'column']`,
    });
  }
  const [rows, cols] = (index.dimensions as MathNode[]).map((d) => span(d, ctx)) as [
    [string, string],
    [string, string],
  ];
  const slots = ctx.resolve(n.object.name as string, rows, cols);
  for (const s of slots) ctx.slots.add(s);
  const single = rows[0] === rows[1] && cols[0] === cols[1];
  if (!single) return { range: slots };
  const s = slots[0]!;
  return { scalar: (lo, hi) => ({ lo: lo[s]!, hi: hi[s]! }) };
}

/** A code, or a range 'a':'b' of codes, in one dimension of a reference. */
function span(node: MathNode, ctx: CompileContext): [string, string] {
  const n = node as MathNode & Record<string, any>;
  if (node.type === 'RangeNode' && !n.step) return [code(n.start, ctx), code(n.end, ctx)];
  const c = code(node, ctx);
  return [c, c];
}

function code(node: MathNode, ctx: CompileContext): string {
  const n = node as MathNode & Record<string, any>;
  if (node.type === 'ConstantNode' && typeof n.value === 'string') return n.value;
  if (node.type === 'SymbolNode' && Object.hasOwn(ctx.bindings, n.name)) return ctx.bindings[n.name]!;
  throw new RuleRefused({
    vi: `"${node.toString()}" không phải mã dòng hay mã cột; hãy viết mã trong dấu nháy, như '1.2'`,
    en: `"${node.toString()}" is not a row or column code; write codes in quotes, like '1.2'`,
  });
}
