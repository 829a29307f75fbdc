/** The batch as the command line and the page both show it: checked, then screened across its units. */
import { describe, expect, it } from 'vitest';
import type { BatchSource } from '../../../src/engine/batch/batchSource.js';
import { checkBatch } from '../../../src/engine/batch/checkBatch.js';
import { checkScreenedBatch } from '../../../src/engine/batch/checkScreenedBatch.js';
import { summarise, type BatchEntry } from '../../../src/engine/batch/summary.js';
import { PlainError } from '../../../src/engine/errors.js';
import { IDENTITY_NAMES } from '../../../src/engine/workbook/markers.js';
import type { RawWorkbook } from '../../../src/engine/workbook/workbook.js';
import { rawWorkbook } from '../fixtures.js';
import { figures, ROWS, screenPack, unit, type UnitCounts } from '../screen/screenFixtures.js';

const pack = screenPack();
const province = Array.from({ length: 12 }, (_, k) => unit(1000 + 400 * k, k));
/** Unit 3 admits four times as many as the others do for its size. */
const planted = province.map((u, i) => (i === 3 ? { ...u, admitted: u.admitted! * 4 } : u));
/** Unit `code`'s workbook, its code typed under the sheet. */
function workbook(u: UnitCounts, code: string): RawWorkbook {
  const wb = rawWorkbook(pack.pack, { S: Object.fromEntries(ROWS.map((r) => [r, { '(1)': u[r] }])) });
  const cells = wb.sheets[0]!.cells;
  cells.push([], [{ value: code }, { value: '12-2017' }]);
  const at = (colIndex: number) => ({ sheet: wb.sheets[0]!.name, rowIndex: cells.length - 1, colIndex });
  return { ...wb, names: { ...wb.names, [IDENTITY_NAMES.code]: at(0), [IDENTITY_NAMES.period]: at(1) } };
}

/** The entries without the note of which screens ran, to compare with a batch only checked. */
const unscreened = (entries: BatchEntry[]) =>
  entries.map((e) => ('report' in e ? { file: e.file, report: { ...e.report, screened: undefined } } : e));

class Broken extends PlainError {
  constructor() {
    super({ vi: 'Hỏng.', en: 'Broken.' });
  }
}

/** Files are indexes into `units`; -1 cannot be read. */
const source = (units: UnitCounts[]): BatchSource<number> => ({
  name: (i) => (i < 0 ? 'hong.xlsx' : `U${i}.xlsx`),
  read: async (i): Promise<RawWorkbook> => {
    if (i < 0) throw new Broken();
    return workbook(units[i]!, `U${i}`);
  },
});
const files = [...planted.keys(), -1];

describe('checkScreenedBatch', () => {
  it("adds the across-units finding to the odd unit's report, counted as a warning; the rest as checked", async () => {
    const checked = await checkBatch(pack, files, source(planted));
    const screened = await checkScreenedBatch(pack, files, source(planted));
    expect(screened.map((e) => e.file)).toEqual(checked.map((e) => e.file));
    const odd = screened[3]!;
    expect('report' in odd && odd.report.findings.map((f) => [f.code, f.rule])).toEqual([
      ['unusual-across', 'screen.admitted'],
    ]);
    expect('report' in odd && odd.report.counts.warnings).toBe(1);
    expect(unscreened(screened).filter((_, i) => i !== 3)).toEqual(checked.filter((_, i) => i !== 3));
    expect(screened.map((e) => 'report' in e && e.report.screened)).toEqual([
      ...files.slice(1).map(() => ['across']),
      false,
    ]);
    expect(screened.at(-1)).toEqual({ file: 'hong.xlsx', error: { vi: 'Hỏng.', en: 'Broken.' } });
    expect(summarise(screened).warnings).toBe(summarise(checked).warnings + 1);
    expect(summarise(screened).ready).toBe(summarise(checked).ready - 1);
  });

  it('a province whose units are alike: nothing added', async () => {
    const files = [...province.keys()];
    expect(unscreened(await checkScreenedBatch(pack, files, source(province)))).toEqual(
      await checkBatch(pack, files, source(province)),
    );
  });

  it("screens against the previous period's figures when given, matched by unit code", async () => {
    // A year earlier each unit was 2 to 6% smaller.
    const grown = (u: UnitCounts, k: number) =>
      Object.fromEntries(ROWS.map((r) => [r, Math.round(u[r]! / (1.02 + 0.01 * (k % 5)))])) as UnitCounts;
    const before = province
      .map((u, i) => ({ file: `U${i}-2016.xlsx`, figures: figures(pack, `U${i}`, grown(u, i), '12-2016') }))
      .reverse();
    const screened = await checkScreenedBatch(pack, files, source(planted), undefined, before);
    const found = screened.map((e) => ('report' in e ? e.report.findings.map((f) => f.code) : []));
    expect(found).toEqual(files.map((i) => (i === 3 ? ['unusual-across', 'unusual-previous'] : [])));
  });
});
