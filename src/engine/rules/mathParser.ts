/**
 * The only mathjs in the engine: a parser. The engine never evaluates rule text with mathjs (it never
 * calls a node's compile or evaluate); the parsed tree is checked node by node against an allow-list
 * and compiled to interval closures (compileExpression.ts), so nothing a pack writes can reach
 * `config`, `import`, `typed`, `compile` or the matrix builders. Rules are arithmetic on plain numbers, so
 * the number-only build is enough: no BigNumber, Fraction, Complex or matrices in the bundle.
 */
import type { Text } from '../pack/pack.js';
import { create, parseDependencies, type MathNode } from 'mathjs/number';

const math = create({ parseDependencies: parseDependencies! });
const parse = math.parse;

const MAX_RULE_LENGTH = 2000;

/** A rule's text that is not an expression; the pack loader names the file. */
export class ExpressionSyntaxError extends Error {
  constructor(readonly reason: Text) {
    super(reason.en);
    this.name = 'ExpressionSyntaxError';
  }
}

export function parseExpression(text: string): MathNode {
  if (text.length > MAX_RULE_LENGTH)
    throw new ExpressionSyntaxError({
      vi: `dài quá ${MAX_RULE_LENGTH} ký tự`,
      en: `longer than ${MAX_RULE_LENGTH} characters`,
    });
  try {
    return parse(text);
  } catch (e) {
    if (e instanceof RangeError)
      throw new ExpressionSyntaxError({ vi: 'biểu thức lồng nhau quá sâu', en: 'the expression is nested too deeply' });
    throw new ExpressionSyntaxError({
      vi: 'không phải một biểu thức hợp lệ',
      en: `not a valid expression (${(e as Error).message})`,
    });
  }
}
