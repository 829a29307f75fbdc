/** An explanation's key names its finding by rule and cells' codes, and gives the rule back. */
import { describe, expect, it } from 'vitest';
import { findingKey, ruleOfKey } from '../../../src/engine/explain/explanation.js';
import konTum from '../../../scripts/data/kon-tum-2017.js';
import { checkValues, reference } from '../localise/helpers.js';

describe('findingKey and ruleOfKey', () => {
  const { report } = checkValues(reference, konTum);

  it("gives back the rule of every Kon Tum finding's key, whatever its id holds (dots, '=', brackets)", () => {
    expect(report.findings.length).toBeGreaterThan(1);
    for (const f of report.findings) expect(ruleOfKey(findingKey(f))).toBe(f.rule);
    const f = report.findings.find((x) => x.rule === 'B7.ty-le-2017[2]')!;
    expect(findingKey(f)).toMatch(/^B7\.ty-le-2017\[2\]@B7\|2\|\(4\);/);
  });
});
