import { describe, expect, it } from 'vitest';
import { packManifestSchema, ruleSchema, rulesFileSchema, sheetSchema } from '../../../src/engine/pack/packSchema.js';
import { tinySheet } from '../fixtures.js';

const t = { vi: 'x', en: 'x' };
const rule = (extra: object) => ({ id: 'r', family: 'sum', assert: "S1['1', '(1)'] >= 0", ...extra });

describe('packSchema', () => {
  it('rule ids: letters (Vietnamese too), digits, ".", "_", "-", "="; nothing else', () => {
    for (const id of ['B1=PL1.tccsd', 'PL1.tang', 'tổng_số-1', 'a'])
      expect(ruleSchema.safeParse(rule({ id })).success, id).toBe(true);
    for (const id of ['', 'a b', 'a[1]', 'a(1)', "a'", 'a,b'])
      expect(ruleSchema.safeParse(rule({ id })).success, id).toBe(false);
  });

  it('`for` names are lower-case identifiers with 1 to 200 codes each', () => {
    expect(ruleSchema.safeParse(rule({ for: { c: ['(1)'], row_2: ['1'] } })).success).toBe(true);
    expect(ruleSchema.safeParse(rule({ for: { C: ['(1)'] } })).success).toBe(false);
    expect(ruleSchema.safeParse(rule({ for: { '1c': ['(1)'] } })).success).toBe(false);
    expect(ruleSchema.safeParse(rule({ for: { c: [] } })).success).toBe(false);
    expect(ruleSchema.safeParse(rule({ for: { c: Array(201).fill('1') } })).success).toBe(false);
  });

  it('assert is 3 to 2000 characters', () => {
    expect(ruleSchema.safeParse(rule({ assert: '1' })).success).toBe(false);
    expect(ruleSchema.safeParse(rule({ assert: 'x'.repeat(2000) })).success).toBe(true);
    expect(ruleSchema.safeParse(rule({ assert: 'x'.repeat(2001) })).success).toBe(false);
  });

  it('a rule reliability: 0.01 to 100, on an error rule only', () => {
    for (const reliability of [0.01, 1, 100]) expect(ruleSchema.safeParse(rule({ reliability })).success).toBe(true);
    for (const reliability of [0, 0.009, 101, -1, '1'])
      expect(ruleSchema.safeParse(rule({ reliability })).success, String(reliability)).toBe(false);
    expect(ruleSchema.safeParse(rule({ severity: 'error', reliability: 2 })).success).toBe(true);
    expect(ruleSchema.safeParse(rule({ severity: 'warning', reliability: 2 })).success).toBe(false);
    expect(ruleSchema.safeParse(rule({ severity: 'warning' })).success).toBe(true);
  });

  it('rules.json is an array of rules, each strict', () => {
    expect(rulesFileSchema.safeParse([rule({})]).success).toBe(true);
    expect(rulesFileSchema.safeParse([rule({ note: 'x' })]).success).toBe(false);
    expect(rulesFileSchema.safeParse(rule({})).success).toBe(false);
  });

  it('a sheet: code a letter then letters, digits or _; tab name without \\ / ? * [ ] :, at most 31', () => {
    const ok = (over: object) => sheetSchema.safeParse({ ...tinySheet(), ...over }).success;
    expect(ok({})).toBe(true);
    expect(ok({ code: 'B3a' })).toBe(true);
    expect(ok({ code: '3a' })).toBe(false);
    expect(ok({ code: 'B-3' })).toBe(false);
    for (const name of ['a/b', 'a\\b', 'a?', 'a*', 'a[1]', 'a:b', '', 'x'.repeat(32)])
      expect(ok({ name }), name).toBe(false);
    expect(ok({ name: 'Biểu 3a (2017)' })).toBe(true);
  });

  it('row and column codes are trimmed', () => {
    const sheet = tinySheet();
    sheet.rows[1]!.code = ' 1.1 ';
    const parsed = sheetSchema.parse(sheet);
    expect(parsed.rows[1]!.code).toBe('1.1');
  });

  it('a manifest: lower-case id, semantic version, sheet codes', () => {
    const ok = (over: object) =>
      packManifestSchema.safeParse({ id: 'nq22-2018', version: '1.0.0', title: t, sheets: ['PL1'], ...over }).success;
    expect(ok({})).toBe(true);
    expect(ok({ id: 'NQ22' })).toBe(false);
    expect(ok({ version: '1.0' })).toBe(false);
    expect(ok({ version: 'v1.0.0' })).toBe(false);
    expect(ok({ sheets: [] })).toBe(false);
    expect(ok({ rules: [] })).toBe(false);
  });

  it('a manifest may give a short title of at most 40 characters in each language', () => {
    const ok = (shortTitle: unknown) =>
      packManifestSchema.safeParse({ id: 'p', version: '1.0.0', title: t, sheets: ['PL1'], shortTitle }).success;
    expect(ok(undefined)).toBe(true);
    expect(ok({ vi: 'Tổng kết 10 năm Nghị quyết 22-NQ/TW', en: 'Resolution 22-NQ/TW: ten-year review' })).toBe(true);
    expect(ok({ vi: 'x'.repeat(41), en: 'x' })).toBe(false);
    expect(ok({ vi: 'x', en: '' })).toBe(false);
    expect(ok({ vi: 'x' })).toBe(false);
  });

  it("a manifest's identity: name, code and period, each a label and maybe a starting value", () => {
    const field = { label: t };
    const ok = (identity: unknown) =>
      packManifestSchema.safeParse({ id: 'p', version: '1.0.0', title: t, sheets: ['PL1'], identity }).success;
    expect(ok({ name: field, code: field, period: { label: t, value: '12-2017' } })).toBe(true);
    expect(ok({ name: field, code: field })).toBe(false);
    expect(ok({ name: field, code: field, period: { label: t, value: '' } })).toBe(false);
    expect(ok({ name: field, code: field, period: field, sector: field })).toBe(false);
    expect(ok({ name: { label: { vi: 'x' } }, code: field, period: field })).toBe(false);
  });

  it('a row may say how it is consolidated: sum or manual', () => {
    const ok = (consolidate: unknown) => {
      const sheet = tinySheet();
      return sheetSchema.safeParse({ ...sheet, rows: [{ ...sheet.rows[0], consolidate }, ...sheet.rows.slice(1)] })
        .success;
    };
    expect(ok('sum')).toBe(true);
    expect(ok('manual')).toBe(true);
    expect(ok('average')).toBe(false);
  });
});
