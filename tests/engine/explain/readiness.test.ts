/** Explanations read from the meta sheet: matched to their findings, stale when the cells changed, covered by the stamp. */
import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/engine/check/validate.js';
import { explanationRow, findingKey, readExplanations } from '../../../src/engine/explain/explanation.js';
import { explanationOf, readiness } from '../../../src/engine/explain/readiness.js';
import type { RawWorkbook } from '../../../src/engine/workbook/workbook.js';
import { withUnusual } from '../../../src/engine/screen/screenBatch.js';
import { rawWorkbook } from '../fixtures.js';
import { screenPack } from '../screen/screenFixtures.js';

const pack = screenPack();
const figures = (women: number) => ({ orgs: 10, members: 100, admitted: 5, disciplined: 1, women });
const workbook = (women: number, meta: Record<string, string> = {}): RawWorkbook => {
  const rows = Object.fromEntries(Object.entries(figures(women)).map(([k, v]) => [k, { '(1)': v }]));
  const wb = rawWorkbook(pack.pack, { S: rows });
  return { ...wb, meta: { ...wb.meta, ...meta } };
};
/** The workbook's limit warning (women above 90 per 100 members), explained. */
function explained(women: number, text = 'Đơn vị phụ nữ.') {
  const f = validate(pack, workbook(women), 'x.xlsx').findings[0]!;
  const [key, value] = explanationRow(f, text, '2018-06-05T02:00:00.000Z');
  return { f, meta: { [key]: value } };
}

describe('explanations', () => {
  it('a warning without one: not ready to send', () => {
    const report = validate(pack, workbook(95), 'x.xlsx');
    expect(readiness(report)).toEqual({ ready: false, errors: 0, unexplained: 1, stale: 0, leftOver: [] });
  });

  it('kept in the meta sheet keyed by rule and cells, read back with the report: ready to send', () => {
    const { f, meta } = explained(95);
    expect(Object.keys(meta)).toEqual([`explain:limit.women@S|women|(1);S|members|(1)`]);
    const report = validate(pack, workbook(95, meta), 'x.xlsx');
    expect(report.explanations).toEqual(readExplanations(meta));
    expect(explanationOf(report, report.findings[0]!)).toEqual({
      text: 'Đơn vị phụ nữ.',
      at: '2018-06-05T02:00:00.000Z',
      stale: false,
    });
    expect(findingKey(report.findings[0]!)).toBe(findingKey(f));
    expect(readiness(report)).toMatchObject({ ready: true, unexplained: 0 });
  });

  it('stale when the cells changed after it was written: not ready', () => {
    const { meta } = explained(95);
    const report = validate(pack, workbook(96, meta), 'x.xlsx');
    expect(explanationOf(report, report.findings[0]!)?.stale).toBe(true);
    expect(readiness(report)).toMatchObject({ ready: false, unexplained: 1, stale: 1 });
  });

  it('left over when its finding is gone', () => {
    const { meta } = explained(95);
    const report = validate(pack, workbook(30, meta), 'x.xlsx');
    expect(report.findings).toEqual([]);
    expect(readiness(report)).toMatchObject({
      ready: true,
      leftOver: [expect.objectContaining({ text: 'Đơn vị phụ nữ.' })],
    });
  });

  it('of a screen this check did not run (no previous workbook, no other units): kept, neither left over nor counted', () => {
    const meta = {
      'explain:screen.previous@S|women|(1)': JSON.stringify({ text: 'Tách chi bộ.', at: '', values: '[300]' }),
      'explain:screen.women-share@S|women|(1);S|members|(1)': JSON.stringify({ text: 'Khối nữ.', at: '', values: '' }),
    };
    const report = validate(pack, workbook(30, meta), 'x.xlsx');
    expect(report.findings).toEqual([]);
    expect(readiness(report)).toEqual({ ready: true, errors: 0, unexplained: 0, stale: 0, leftOver: [] });
    const [previous, across] = report.explanations!;
    expect(readiness(withUnusual(report, [], ['previous'])).leftOver).toEqual([previous]);
    expect(readiness(withUnusual(report, [], ['across'])).leftOver).toEqual([across]);
    expect(readiness(withUnusual(report, [], ['across', 'previous'])).leftOver).toEqual([previous, across]);
  });

  it('covered by the stamp: another text, another stamp; a workbook without explanations keeps its stamp', () => {
    const bare = validate(pack, workbook(95), 'x.xlsx').stamp.value;
    const one = validate(pack, workbook(95, explained(95).meta), 'x.xlsx').stamp.value;
    const other = validate(pack, workbook(95, explained(95, 'Khác.').meta), 'x.xlsx').stamp.value;
    expect(new Set([bare, one, other]).size).toBe(3);
    expect(validate(pack, workbook(95, { 'explain:x@y': 'not json' }), 'x.xlsx').stamp.value).toBe(bare);
  });

  it('errors are never explained away', () => {
    const report = {
      findings: [],
      counts: { errors: 2, warnings: 0, discrepancies: 2, problems: 0, blanks: 0, rules: 0, cells: 0 },
    };
    expect(readiness(report)).toMatchObject({ ready: false, errors: 2 });
  });
});
