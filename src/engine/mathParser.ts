/**
 * The only mathjs in the engine: a parser. Rule text is never evaluated by mathjs; the parsed tree is
 * checked node by node against an allow-list and compiled to interval closures (compileExpression.ts),
 * so `config`, `import`, `typed`, `compile` and matrix builders cannot be reached from a pack.
 */
import { create, parseDependencies, type MathNode } from 'mathjs';

const math = create({ parseDependencies: parseDependencies! });
const parse = math.parse;

const MAX_RULE_LENGTH = 2000;

export class ExpressionSyntaxError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ExpressionSyntaxError';
  }
}

export function parseExpression(text: string): MathNode {
  if (text.length > MAX_RULE_LENGTH) throw new ExpressionSyntaxError(`longer than ${MAX_RULE_LENGTH} characters`);
  try {
    return parse(text);
  } catch (e) {
    if (e instanceof RangeError) throw new ExpressionSyntaxError('the expression is nested too deeply');
    throw new ExpressionSyntaxError(`not a valid expression (${(e as Error).message})`);
  }
}
