import { describe, expect, it } from 'vitest';
import { RuleRefused } from '../../../src/engine/rules/compileExpression.js';
import { compileRule } from '../../../src/engine/rules/compileRule.js';
import { ExpressionSyntaxError, parseExpression } from '../../../src/engine/rules/mathParser.js';
import type { RuleSpec } from '../../../src/engine/pack/pack.js';
import { ATTACKS, resolve } from '../fixtures.js';

const rule = (assert: string, extra: Partial<RuleSpec> = {}): RuleSpec => ({
  id: 'r',
  family: 'sum',
  assert,
  ...extra,
});
const V = [698, 0, 0, 186, 0, 0, 511, 0, 0];

describe('compileRule', () => {
  it('compiles a comparison into its two sides, the slots it reads, and the defaults', () => {
    const [r, ...more] = compileRule(rule("S1['1', '(1)'] == S1['1.1', '(1)'] + S1['1.2', '(1)']"), resolve);
    expect(more).toEqual([]);
    expect(r!.id).toBe('r');
    expect(r!.specId).toBe('r');
    expect(r!.comparison).toBe('==');
    expect(r!.slots).toEqual([0, 3, 6]);
    expect(r!.severity).toBe('error');
    expect(r!.blank).toBe('skip');
    expect(r!.lhs(V, V)).toEqual({ lo: 698, hi: 698 });
    expect(r!.rhs(V, V)).toEqual({ lo: 697, hi: 697 });
  });

  it("marks the target: the one cell a rule's left side is alone, in parentheses or not", () => {
    const target = (assert: string) => compileRule(rule(assert), resolve)[0]!.target;
    expect(target("S1['1', '(3)'] == S1['1', '(2)'] / S1['1', '(1)'] * 100")).toBe(2);
    expect(target("(S1['1.1', '(3)']) == S1['1.1', '(2)'] - S1['1.1', '(1)']")).toBe(5);
    expect(target("S1['1', '(3)'] * 1 == S1['1', '(2)']")).toBeUndefined();
    expect(target("sum(S1['1', '(1)':'(1)']) == S1['1', '(2)']")).toBeUndefined();
    expect(target("S1['1', '(2)'] + S1['1', '(1)'] == S1['1', '(3)']")).toBeUndefined();
    // The slots keep the order the rule names them in.
    expect(compileRule(rule("S1['1', '(3)'] == S1['1', '(2)'] / S1['1', '(1)'] * 100"), resolve)[0]!.slots).toEqual([
      2, 1, 0,
    ]);
  });

  it('keeps the severity, blank policy, family and description the pack gives', () => {
    const description = { vi: 'mô tả', en: 'description' };
    const [r] = compileRule(
      rule("S1['1.1', '(1)'] <= S1['1', '(1)']", { family: 'part', severity: 'warning', blank: 'error', description }),
      resolve,
    );
    expect(r).toMatchObject({ family: 'part', severity: 'warning', blank: 'error', description, comparison: '<=' });
  });

  it('refuses a rule that reads no cell: it would pass or fail whatever the workbook holds', () => {
    for (const text of ['1 == 2', '1 + 1 == 2', 'sum(1, 2) >= 0']) {
      expect(() => compileRule(rule(text), resolve), text).toThrow(/reads no cell/);
    }
  });

  it('maps each comparison operator', () => {
    const ops = { '==': '==', '<=': '<=', '>=': '>=', '<': '<', '>': '>' } as const;
    for (const [op, comparison] of Object.entries(ops)) {
      const [r] = compileRule(rule(`S1['1', '(1)'] ${op} 1`), resolve);
      expect(r!.comparison).toBe(comparison);
    }
  });

  it('refuses a rule that is not one comparison', () => {
    for (const text of ["S1['1', '(1)']", "S1['1', '(1)'] + 1", "S1['1', '(1)'] != 1", "(S1['1', '(1)'] == 1)", '']) {
      expect(() => compileRule(rule(text), resolve), text).toThrow(RuleRefused);
    }
  });

  it('expands `for` into one rule per value, named id[value]', () => {
    const rules = compileRule(
      rule("S1['1', c] == S1['1.1', c] + S1['1.2', c]", { id: 'tong', for: { c: ['(1)', '(2)'] } }),
      resolve,
    );
    expect(rules.map((r) => r.id)).toEqual(['tong[(1)]', 'tong[(2)]']);
    expect(rules.map((r) => r.specId)).toEqual(['tong', 'tong']);
    expect(rules[0]!.slots).toEqual([0, 3, 6]);
    expect(rules[1]!.slots).toEqual([1, 4, 7]);
  });

  it('expands two `for` names into every combination', () => {
    const rules = compileRule(
      rule('S1[r, c] >= 0', { id: 'p', for: { r: ['1.1', '1.2'], c: ['(1)', '(2)', '(3)'] } }),
      resolve,
    );
    expect(rules.map((r) => r.id)).toEqual([
      'p[1.1,(1)]',
      'p[1.1,(2)]',
      'p[1.1,(3)]',
      'p[1.2,(1)]',
      'p[1.2,(2)]',
      'p[1.2,(3)]',
    ]);
    expect(rules.map((r) => r.slots[0])).toEqual([3, 4, 5, 6, 7, 8]);
  });

  it('refuses a `for` that expands to more than 1000 rules, and allows exactly 1000', () => {
    const values = (n: number) => Array.from({ length: n }, () => '(1)');
    expect(() => compileRule(rule("S1['1', c] >= 0", { for: { c: values(1001) } }), resolve)).toThrow(/more than 1000/);
    expect(() => compileRule(rule("S1['1', c] >= 0", { for: { c: values(40), d: values(30) } }), resolve)).toThrow(
      RuleRefused,
    );
    expect(compileRule(rule("S1['1', c] >= 0", { for: { c: values(1000) } }), resolve)).toHaveLength(1000);
  });

  it('refuses a rule longer than 2000 characters', () => {
    const long = `S1['1', '(1)'] == ${'1 + '.repeat(600)}1`;
    expect(() => compileRule(rule(long), resolve)).toThrow(ExpressionSyntaxError);
  });

  describe('refuses attack strings while compiling, with RuleRefused or ExpressionSyntaxError', () => {
    for (const text of ATTACKS) {
      it(text.length > 80 ? `${text.slice(0, 60)}… (${text.length} chars)` : text, () => {
        let thrown: unknown;
        try {
          compileRule(rule(text), resolve);
        } catch (e) {
          thrown = e;
        }
        expect(thrown instanceof RuleRefused || thrown instanceof ExpressionSyntaxError, String(thrown)).toBe(true);
      });
    }
  });

  it('never evaluates the text: refusing config({number: "BigNumber"}) leaves the parser making plain numbers', () => {
    for (const text of ["config({number: 'BigNumber'}) == 1", "S1['1', '(1)'] == config({number: 'BigNumber'})"]) {
      expect(() => compileRule(rule(text), resolve)).toThrow(RuleRefused);
    }
    expect((parseExpression('2') as any).value).toBe(2);
    const [r] = compileRule(rule("S1['1', '(1)'] == 698"), resolve);
    expect(r!.rhs(V, V)).toEqual({ lo: 698, hi: 698 });
  });
});
