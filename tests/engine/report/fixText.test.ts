/** A results table's words for the one smallest fix of a finding: the cells it changes, or the rule it leaves failing. */
import { describe, expect, it } from 'vitest';
import { fixText } from '../../../src/engine/report/fixText.js';
import { softChecked, softPack } from '../localise/softRule.js';

describe('fixText', () => {
  const textOf = (reliability: number, values: number[], rule: string, lang: 'vi' | 'en' = 'vi') => {
    const pack = softPack(reliability);
    const { report } = softChecked(pack, values);
    return fixText(
      pack,
      report.suspects,
      report.findings.find((f) => f.rule === rule)!,
      lang,
    );
  };

  it('names the cell to change and its value', () => {
    expect(textOf(3, [40, 25, 15, 41], 'dong')).toBe("'Biểu T'!D4 [1; (2)] → 40");
  });

  it('says the fix leaves the rule failing, in either language', () => {
    expect(textOf(0.5, [40, 25, 16, 39], 'tong')).toMatch(/ → 41$/);
    expect(textOf(0.5, [40, 25, 16, 39], 'dong')).toBe('bỏ qua quy tắc dong (để quy tắc này sai)');
    expect(textOf(0.5, [40, 25, 16, 39], 'dong', 'en')).toBe('leave rule dong failing');
  });

  it('says that fixes tie', () => {
    expect(textOf(1, [40, 25, 15, 41], 'dong', 'en')).toBe(
      '2 equally small fixes; the figures cannot tell which is right',
    );
  });
});
