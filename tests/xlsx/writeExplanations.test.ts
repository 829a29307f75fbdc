/**
 * Explanations written to a workbook, read back by the checker, the left-over ones dropped on export, and the
 * others listed on the checked copy's explanations sheet.
 */
import { readFile } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { EXPLANATIONS_HEADER_ROW, explanationRows } from '../../src/engine/report/explanationRows.js';
import { checkedWorkbook, validate } from '../../src/engine/check/validate.js';
import { explanationRow } from '../../src/engine/explain/explanation.js';
import { withUnusual } from '../../src/engine/screen/screenBatch.js';
import { screenOwnPrevious } from '../../src/engine/screen/screenOwnPrevious.js';
import { unitFigures } from '../../src/engine/screen/unitFigures.js';
import { readiness } from '../../src/engine/explain/readiness.js';
import { defaultPackDir } from '../../src/node/defaultPackDir.js';
import { loadPackDir } from '../../src/node/loadPackDir.js';
import { loadWorkbook } from '../../src/xlsx/loadWorkbook.js';
import { rawWorkbookOf } from '../../src/xlsx/rawWorkbookOf.js';
import { readWorkbook } from '../../src/xlsx/readWorkbook.js';
import { toBytes } from '../../src/xlsx/toBytes.js';
import { writeCheckedCopy } from '../../src/xlsx/writeCheckedCopy.js';
import { dropExplanations, writeExplanations } from '../../src/xlsx/writeExplanations.js';
import { excelBytes, openExcel } from './helpers.js';

/** A planted unit of the synthetic province: one warning, explained in its workbook, checked and stamped. */
const PLANTED = new URL('../../examples/units-planted/12-khoi-doanh-nghiep.xlsx', import.meta.url);
const AT = '2026-11-30T02:00:00.000Z';

describe('explanations in a workbook', async () => {
  const pack = await loadPackDir(defaultPackDir);
  const original = new Uint8Array(await readFile(PLANTED));
  const report = validate(pack, await readWorkbook(original, 'x.xlsx'), 'x.xlsx');

  it('the example unit explained its warning: ready to send, stamp unchanged', () => {
    expect(report.findings.map((f) => f.code)).toEqual(['beyond-limit']);
    expect(report.explanations).toHaveLength(1);
    expect(readiness(report)).toMatchObject({ ready: true, unexplained: 0, leftOver: [] });
    expect(report.stamp.state).toBe('unchanged');
  });

  it('an explanation edited after the check changes the stamp', async () => {
    const wb = await loadWorkbook(original, 'x.xlsx');
    const key = `explain:${report.explanations![0]!.key}`;
    writeExplanations(wb, [[key, JSON.stringify({ text: 'Khác.', at: AT, values: report.explanations![0]!.values })]]);
    expect(validate(pack, rawWorkbookOf(wb), 'x.xlsx').stamp.state).toBe('changed');
    dropExplanations(wb, [report.explanations![0]!.key]);
    const gone = validate(pack, rawWorkbookOf(wb), 'x.xlsx');
    expect(gone.explanations).toBeUndefined();
    expect(readiness(gone)).toMatchObject({ ready: false, unexplained: 1 });
  });

  it('the export drops explanations of findings that no longer exist, says which, and stamps what is left', async () => {
    const wb = await loadWorkbook(original, 'x.xlsx');
    writeExplanations(wb, [['explain:B1.tccsd@B1|2|(1)', JSON.stringify({ text: 'Cũ.', at: AT, values: '[1]' })]]);
    const bytes = await toBytes(wb);
    const before = validate(pack, await readWorkbook(bytes, 'x.xlsx'), 'x.xlsx');
    expect(readiness(before).leftOver.map((e) => e.text)).toEqual(['Cũ.']);
    const { bytes: copy, dropped } = await writeCheckedCopy(bytes, 'x.xlsx', before, pack, 'vi', AT);
    expect(dropped.map((e) => e.text)).toEqual(['Cũ.']);
    const after = validate(pack, await readWorkbook(copy, 'x.xlsx'), 'x.xlsx');
    expect(after.explanations?.map((e) => e.text)).toEqual([report.explanations![0]!.text]);
    expect(after.stamp.state).toBe('unchanged');
    expect(readiness(after)).toMatchObject({ ready: true, leftOver: [] });
  });

  it("the checked copy holds the explanations the page's report carries (a clerk's edit), stamped", async () => {
    const edited = { ...report, explanations: [{ ...report.explanations![0]!, text: 'Sửa trong trang.' }] };
    const { bytes, dropped } = await writeCheckedCopy(original, 'x.xlsx', edited, pack, 'vi', AT);
    expect(dropped).toEqual([]);
    const after = validate(pack, await readWorkbook(bytes, 'x.xlsx'), 'x.xlsx');
    expect(after.explanations!.map((e) => e.text)).toEqual(['Sửa trong trang.']);
    expect(after.stamp.state).toBe('unchanged');
    const removed = await writeCheckedCopy(original, 'x.xlsx', { ...report, explanations: [] }, pack, 'vi', AT);
    const none = validate(pack, await readWorkbook(removed.bytes, 'x.xlsx'), 'x.xlsx');
    expect(none.explanations).toBeUndefined();
    expect(readiness(none)).toMatchObject({ ready: false, unexplained: 1 });
  });
});

describe('explanations of the previous-period screen, reopened without a previous workbook', async () => {
  const pack = await loadPackDir(defaultPackDir);
  const read = async (url: URL) => {
    const bytes = new Uint8Array(await readFile(url));
    return { bytes, checked: checkedWorkbook(pack, await readWorkbook(bytes, 'x.xlsx'), 'x.xlsx') };
  };
  const figuresOf = ({ report, located, values }: ReturnType<typeof checkedWorkbook>) =>
    unitFigures(pack, located, values, report.unit);
  const now = await read(new URL('../../examples/units-planted/09-ya-le.xlsx', import.meta.url));
  const before = await read(new URL('../../examples/units-2016/09-ya-le.xlsx', import.meta.url));
  const warnings = screenOwnPrevious(pack, figuresOf(now.checked), figuresOf(before.checked));
  const wb = await loadWorkbook(now.bytes, 'x.xlsx');
  writeExplanations(
    wb,
    warnings.map((f, i) => explanationRow(f, `Mở lớp bồi dưỡng ${i + 1}.`, AT)),
  );
  const explainedBytes = await toBytes(wb);
  const screened = withUnusual(validate(pack, await readWorkbook(explainedBytes, 'x.xlsx'), 'x.xlsx'), warnings, [
    'previous',
  ]);
  const { bytes: exported } = await writeCheckedCopy(explainedBytes, 'x.xlsx', screened, pack, 'vi', AT);

  it('explained against 2016: both warnings, ready to send, nothing dropped', () => {
    expect(warnings.map((f) => f.rule)).toEqual(['screen.previous', 'screen.previous']);
    expect(readiness(screened)).toMatchObject({ ready: true, unexplained: 0, leftOver: [] });
  });

  it('reopened alone: kept as they are, not left over, and a second export keeps them', async () => {
    const alone = validate(pack, await readWorkbook(exported, 'x.xlsx'), 'x.xlsx');
    expect(alone.explanations!.map((e) => e.text)).toEqual(['Mở lớp bồi dưỡng 1.', 'Mở lớp bồi dưỡng 2.']);
    expect(readiness(alone)).toMatchObject({ ready: true, leftOver: [] });
    const again = await writeCheckedCopy(exported, 'x.xlsx', alone, pack, 'vi', AT);
    expect(again.dropped).toEqual([]);
    const after = validate(pack, await readWorkbook(again.bytes, 'x.xlsx'), 'x.xlsx');
    expect(after.explanations!.map((e) => e.text)).toEqual(['Mở lớp bồi dưỡng 1.', 'Mở lớp bồi dưỡng 2.']);
    expect(after.stamp.state).toBe('unchanged');
  });

  it('when the screen runs and one of them no longer fires: that one is left over', async () => {
    const alone = validate(pack, await readWorkbook(exported, 'x.xlsx'), 'x.xlsx');
    const ranWithout = withUnusual(alone, warnings.slice(1), ['previous']);
    expect(readiness(ranWithout).leftOver.map((e) => e.text)).toEqual(['Mở lớp bồi dưỡng 1.']);
  });
});

describe('the explanations sheet of a checked copy', async () => {
  const pack = await loadPackDir(defaultPackDir);
  const original = new Uint8Array(await readFile(PLANTED));
  const report = validate(pack, await readWorkbook(original, 'x.xlsx'), 'x.xlsx');
  const { bytes: copy } = await writeCheckedCopy(original, 'x.xlsx', report, pack, 'vi', AT);
  const valuesOf = (sheet: ExcelJS.Worksheet) =>
    (sheet.getSheetValues().slice(1) as unknown[][]).map((r) => (r ?? []).slice(1));

  it('lists each explained warning on a visible sheet "Giải trình", laid out to print', async () => {
    const sheet = (await openExcel(copy)).getWorksheet('Giải trình')!;
    expect(sheet.state).toBe('visible');
    const rows = explanationRows(report, pack, 'vi', AT)!.rows;
    const written = valuesOf(sheet);
    // Title lines span the table, so every merged cell reads as the first.
    expect(written.slice(0, 3).map((r) => r[0])).toEqual(rows.slice(0, 3).map((r) => r[0]));
    expect(written.slice(EXPLANATIONS_HEADER_ROW)).toEqual(rows.slice(EXPLANATIONS_HEADER_ROW));
    expect(valuesOf(sheet)[EXPLANATIONS_HEADER_ROW + 1]![5]).toBe(report.explanations![0]!.text);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    expect(sheet.pageSetup.printTitlesRow).toBe('5:5');
  });

  it('does not change the stamp: the copy checks as unchanged and ready', async () => {
    const after = validate(pack, await readWorkbook(copy, 'x.xlsx'), 'x.xlsx');
    expect(after.stamp).toMatchObject({ value: report.stamp.value, state: 'unchanged' });
    expect(readiness(after).ready).toBe(true);
  });

  it("leaves a user's own sheet of that name alone, and the next export replaces its own", async () => {
    const wb = await openExcel(original);
    wb.addWorksheet('giải trình').getCell('A1').value = 'của tôi';
    const { bytes } = await writeCheckedCopy(await excelBytes(wb), 'x.xlsx', report, pack, 'vi', AT);
    const again = await writeCheckedCopy(bytes, 'x.xlsx', report, pack, 'en', AT);
    const sheets = (await openExcel(again.bytes)).worksheets;
    expect(sheets.find((w) => w.name === 'giải trình')?.getCell('A1').value).toBe('của tôi');
    expect(sheets.map((w) => w.name).filter((n) => /Giải trình \(|Explanations/.test(n))).toEqual(['Explanations']);
    expect((await openExcel(bytes)).getWorksheet('Giải trình (2)')).toBeDefined();
  });

  it('writes none when nothing is explained, and removes the one an earlier export wrote', async () => {
    const { bytes } = await writeCheckedCopy(copy, 'x.xlsx', { ...report, explanations: [] }, pack, 'vi', AT);
    const names = (await openExcel(bytes)).worksheets.map((w) => w.name);
    expect(names).toContain('Kết quả kiểm tra');
    expect(names.filter((n) => n.startsWith('Giải trình'))).toEqual([]);
  });
});
