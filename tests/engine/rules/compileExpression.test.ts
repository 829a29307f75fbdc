import { describe, expect, it } from 'vitest';
import { compileExpression, RuleRefused } from '../../../src/engine/rules/compileExpression.js';
import { parseExpression } from '../../../src/engine/rules/mathParser.js';
import { resolve } from '../fixtures.js';

/** Cell values: slot i holds 10 * (i + 1), i.e. S1['1','(1)'] = 10, S1['1','(2)'] = 20 ... S1['1.2','(3)'] = 90. */
const V = Array.from({ length: 9 }, (_, i) => 10 * (i + 1));
/** Bounds one unit either side of each value. */
const LO = V.map((v) => v - 1);
const HI = V.map((v) => v + 1);

function compile(text: string, bindings: Record<string, string> = {}) {
  const slots = new Set<number>();
  const f = compileExpression(parseExpression(text), { resolve, bindings, slots });
  return { f, slots: [...slots], at: (lo = V, hi = V) => f(lo, hi) };
}
const value = (text: string, bindings?: Record<string, string>) => compile(text, bindings).at();

describe('compileExpression: allowed constructs', () => {
  it('a number stands for itself', () => {
    expect(value('2.5')).toEqual({ lo: 2.5, hi: 2.5 });
  });

  it("a cell reference SHEET['row', 'column'] reads that cell's slot", () => {
    const c = compile("S1['1.1', '(2)']");
    expect(c.slots).toEqual([4]);
    expect(c.at()).toEqual({ lo: 50, hi: 50 });
    expect(c.at(LO, HI)).toEqual({ lo: 49, hi: 51 });
  });

  it('+ - * / follow arithmetic and precedence', () => {
    expect(value("S1['1', '(1)'] + S1['1', '(2)'] * 2")).toEqual({ lo: 50, hi: 50 });
    expect(value("S1['1', '(2)'] - S1['1', '(1)'] / 2")).toEqual({ lo: 15, hi: 15 });
  });

  it('parentheses group', () => {
    expect(value("(S1['1', '(1)'] + S1['1', '(2)']) * 2")).toEqual({ lo: 60, hi: 60 });
    expect(value("(S1['1', '(2)'] - S1['1', '(1)']) / S1['1', '(1)'] * 100")).toEqual({ lo: 100, hi: 100 });
  });

  it('unary minus and plus', () => {
    expect(value("-S1['1', '(1)']")).toEqual({ lo: -10, hi: -10 });
    expect(value("+S1['1', '(1)']")).toEqual({ lo: 10, hi: 10 });
    expect(value("-(S1['1', '(1)'] - S1['1', '(2)'])")).toEqual({ lo: 10, hi: 10 });
  });

  it('arithmetic works on the bounds: a - b spans lo(a) - hi(b) to hi(a) - lo(b)', () => {
    expect(compile("S1['1', '(2)'] - S1['1', '(1)']").at(LO, HI)).toEqual({ lo: 19 - 11, hi: 21 - 9 });
  });

  it('sum over a row range', () => {
    const c = compile("sum(S1['1.1':'1.2', '(1)'])");
    expect(c.slots).toEqual([3, 6]);
    expect(c.at()).toEqual({ lo: 40 + 70, hi: 40 + 70 });
    expect(c.at(LO, HI)).toEqual({ lo: 108, hi: 112 });
  });

  it('sum over a column range', () => {
    const c = compile("sum(S1['1', '(1)':'(3)'])");
    expect(c.slots).toEqual([0, 1, 2]);
    expect(c.at()).toEqual({ lo: 60, hi: 60 });
  });

  it('sum over a 2-D block', () => {
    const c = compile("sum(S1['1.1':'1.2', '(2)':'(3)'])");
    expect(c.slots).toEqual([4, 5, 7, 8]);
    expect(c.at()).toEqual({ lo: 50 + 60 + 80 + 90, hi: 280 });
  });

  it('sum mixes ranges, single cells and numbers', () => {
    expect(value("sum(S1['1.1':'1.2', '(1)'], S1['1', '(3)'], 5)")).toEqual({ lo: 145, hi: 145 });
  });

  it('min and max over ranges and scalars', () => {
    expect(value("min(S1['1':'1.2', '(2)'])")).toEqual({ lo: 20, hi: 20 });
    expect(value("max(S1['1':'1.2', '(2)'])")).toEqual({ lo: 80, hi: 80 });
    expect(value("max(S1['1', '(1)'], 15)")).toEqual({ lo: 15, hi: 15 });
    expect(value("min(S1['1', '(1)'], 15, S1['1.2':'1.2', '(1)':'(3)'])")).toEqual({ lo: 10, hi: 10 });
  });

  it('abs', () => {
    expect(value("abs(S1['1', '(1)'] - S1['1', '(2)'])")).toEqual({ lo: 10, hi: 10 });
    expect(compile("abs(S1['1', '(1)'] - S1['1', '(1)'])").at(LO, HI)).toEqual({ lo: 0, hi: 2 });
  });

  it('names bound by `for` stand for codes inside a reference', () => {
    const c = compile('S1[r, c]', { r: '1.2', c: '(2)' });
    expect(c.slots).toEqual([7]);
    expect(c.at()).toEqual({ lo: 80, hi: 80 });
    expect(value("sum(S1['1':r, c])", { r: '1.1', c: '(3)' })).toEqual({ lo: 30 + 60, hi: 90 });
  });

  it('collects every slot read, once, in the order named', () => {
    const c = compile("S1['1.2', '(1)'] + sum(S1['1':'1.2', '(1)']) + S1['1', '(3)']");
    expect(c.slots).toEqual([6, 0, 3, 2]);
  });

  it('a division by an interval holding 0 is undecided (NaN), not an error', () => {
    const zeros = new Array(9).fill(0);
    const q = compile("S1['1', '(1)'] / S1['1', '(2)']").at(zeros, zeros);
    expect(Number.isNaN(q.lo)).toBe(true);
  });
});

describe('compileExpression: everything else is refused while compiling', () => {
  const refused: [string, RegExp][] = [
    ["S1['1.1':'1.2', '(1)']", /must be inside sum\(\), min\(\) or max\(\)/],
    ["abs(S1['1.1':'1.2', '(1)'])", /must be inside sum/],
    ["S1['1.1':'1.2', '(1)'] + 1", /must be inside sum/],
    ["2 S1['1', '(1)']", /write \*/],
    ["S1['1', '(1)'] ^ 2", /operator "\^" is not allowed/],
    ["S1['1', '(1)'] mod 2", /operator "mod" is not allowed/],
    ['5!', /operator "!" is not allowed/],
    ['cos(0)', /function "cos" is not allowed/],
    ['constructor(1)', /function "constructor" is not allowed/],
    ['hasOwnProperty(1)', /function "hasOwnProperty" is not allowed/],
    ['sum()', /function "sum" is not allowed/],
    ['abs(1, 2)', /function "abs" is not allowed/],
    ["S1['1', '(1)'](2)", /is not allowed/],
    ['x', /is not allowed in a rule \(SymbolNode\)/],
    ["'a'", /only finite numbers/],
    ['true', /only finite numbers/],
    ['1e500', /only finite numbers/],
    ['[1, 2]', /ArrayNode/],
    ['{a: 1}', /ObjectNode/],
    ['1 < 2 < 3', /RelationalNode/],
    ['x ? 1 : 2', /ConditionalNode/],
    ['S1.constructor', /not a cell reference/],
    ["S1['1', '(1)'].constructor", /not a cell reference/],
    ["S1['1']", /not a cell reference/],
    ["S1['1', '(1)', '(2)']", /not a cell reference/],
    ["S1[1, '(1)']", /not a row or column code/],
    ["S1[r, '(1)']", /not a row or column code/],
    ["S1['1':'1.1':'1.2', '(1)']", /not a row or column code/],
    ["S9['1', '(1)']", /no sheet "S9"/],
  ];
  for (const [text, reason] of refused) {
    it(`refuses ${text}`, () => {
      expect(() => compile(text)).toThrow(RuleRefused);
      expect(() => compile(text)).toThrow(reason);
    });
  }

  it('refuses nesting more than 200 levels deep, and allows a little less', () => {
    expect(() => compile(`${'-'.repeat(250)}1`)).toThrow(/nested more than 200 levels/);
    expect(compile(`${'-'.repeat(150)}S1['1', '(1)']`).at()).toEqual({ lo: 10, hi: 10 });
  });

  it('a `for` name stands for a code only inside a reference, never as a value', () => {
    expect(() => compile('r', { r: '1' })).toThrow(RuleRefused);
  });
});
