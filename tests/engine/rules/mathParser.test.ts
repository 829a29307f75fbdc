import { describe, expect, it } from 'vitest';
import { ExpressionSyntaxError, parseExpression } from '../../../src/engine/rules/mathParser.js';

describe('parseExpression', () => {
  it('parses a comparison of cell references into a tree, evaluating nothing', () => {
    const node = parseExpression("S1['1', '(1)'] == S1['1.1', '(1)'] + S1['1.2', '(1)']") as any;
    expect(node.type).toBe('OperatorNode');
    expect(node.fn).toBe('equal');
    expect(node.args[0].type).toBe('AccessorNode');
    expect(node.args[1].fn).toBe('add');
  });

  it('parses a call to a mathjs function as a plain FunctionNode, leaving it to the allow-list', () => {
    const node = parseExpression('config({epsilon: 1})') as any;
    expect(node.type).toBe('FunctionNode');
    expect(node.fn.name).toBe('config');
  });

  it('parses numbers as JavaScript numbers (the compiler refuses anything else)', () => {
    const node = parseExpression('2.5') as any;
    expect(node.type).toBe('ConstantNode');
    expect(node.value).toBe(2.5);
  });

  it('refuses text that is not an expression with ExpressionSyntaxError', () => {
    for (const bad of ["S1['1', '(1)'] ==", '(1', '1 +* 2', "S1['1'", "S1['1', '(1)'] == 'a"]) {
      expect(() => parseExpression(bad), bad).toThrow(ExpressionSyntaxError);
    }
  });

  it('refuses a rule longer than 2000 characters before parsing it', () => {
    const long = `${'1 + '.repeat(600)}1 == 1`;
    expect(long.length).toBeGreaterThan(2000);
    expect(() => parseExpression(long)).toThrow(/longer than 2000/);
    const justFits = '1'.repeat(1994) + ' == 1'; // 1999 characters
    expect(justFits.length).toBeLessThanOrEqual(2000);
    expect(() => parseExpression(justFits)).not.toThrow();
  });
});
