/**
 * Explaining a warning in the pane (simulated Excel, Chromium): typed beside the warning, written to the meta
 * sheet, counted as explained, and the workbook then ready to send; an explanation left over is dropped on export,
 * the others listed on the exported workbook's explanations sheet.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/engine/check/validate.js';
import { readiness } from '../../src/engine/explain/readiness.js';
import { defaultPackDir } from '../../src/node/defaultPackDir.js';
import { loadPackDir } from '../../src/node/loadPackDir.js';
import { loadWorkbook } from '../../src/xlsx/loadWorkbook.js';
import { readWorkbook } from '../../src/xlsx/readWorkbook.js';
import { toBytes } from '../../src/xlsx/toBytes.js';
import { openExcel } from '../xlsx/helpers.js';
import { dropExplanations, writeExplanations } from '../../src/xlsx/writeExplanations.js';
import { paneInChromium } from '../helpers/paneInChromium.js';
import { hasChromium, ROOT, screenshot } from './helpers.js';
import { press, sim } from './excelHost.js';

/** The planted unit 12: one warning (a year's admissions beyond the pack's 15%), its explanation removed here. */
const PLANTED = join(ROOT, 'examples', 'units-planted', '12-khoi-doanh-nghiep.xlsx');
const TEXT = 'Năm 2015 kết nạp đợt lớn người lao động của các doanh nghiệp cổ phần hoá.';

async function unexplained(leftOver = false): Promise<string> {
  const wb = await loadWorkbook(await readFile(PLANTED), 'x.xlsx');
  const pack = await loadPackDir(defaultPackDir);
  const report = validate(pack, await readWorkbook(await readFile(PLANTED), 'x.xlsx'), 'x.xlsx');
  dropExplanations(
    wb,
    report.explanations!.map((e) => e.key),
  );
  if (leftOver)
    writeExplanations(wb, [['explain:B1.x@B1|2|(1)', JSON.stringify({ text: 'Cũ.', at: '', values: '[1]' })]]);
  return Buffer.from(await toBytes(wb)).toString('base64');
}

/** What the CLI reads from the workbook the simulated Excel holds now. */
async function checkedNow(page: Page) {
  const pack = await loadPackDir(defaultPackDir);
  const bytes = Buffer.from(await sim(page, (s) => s.save()), 'base64');
  return validate(pack, await readWorkbook(bytes, 'now.xlsx'), 'now.xlsx');
}

describe.skipIf(!hasChromium)('explanations in the task pane (simulated Excel) in Chromium', () => {
  const pane = paneInChromium({ excel: true });

  it('typing an explanation writes it to the meta sheet; the warning counts as explained and the workbook is ready', async () => {
    const { page, errors } = await pane.excel();
    await sim(page, (s, b64: string) => s.open(b64), await unexplained());
    await press(page, 'check');
    expect(await page.locator('#readiness').textContent()).toBe('chưa sẵn sàng: 1 cảnh báo chưa giải trình');
    expect(await page.locator('h2.kind').allTextContents()).toEqual(['Số liệu bất thường']);
    const box = page.locator('.explain');
    expect(await box.count()).toBe(1);
    expect(await box.getAttribute('data-state')).toBe('none');
    await box.locator('textarea').fill(TEXT);
    await box.locator('button.save').click();
    await page.waitForSelector('.explain[data-state="explained"]');
    await page.waitForFunction("document.getElementById('progress').hidden === true");
    expect(await page.locator('#readiness').textContent()).toBe('sẵn sàng gửi');
    expect(await page.locator('.explain textarea').inputValue()).toBe(TEXT);
    const now = await checkedNow(page);
    expect(now.explanations!.map((e) => e.text)).toEqual([TEXT]);
    expect(readiness(now)).toMatchObject({ ready: true, unexplained: 0, stale: 0 });
    await screenshot(page, 'explanation-ready.png');
    expect(errors).toEqual([]);
  });

  it('a figure changed after it: stale, not ready; an empty text removes it', async () => {
    const { page } = await pane.excel();
    await sim(page, (s, b64: string) => s.open(b64), await unexplained());
    await press(page, 'check');
    await page.locator('.explain textarea').fill(TEXT);
    await page.locator('.explain button.save').click();
    await page.waitForSelector('.explain[data-state="explained"]');
    const cell = await page.locator('.finding.warning').getAttribute('data-cells');
    const [sheet, address] = cell!.split(', ')[0]!.split('!');
    await sim(page, (s, a: string[]) => s.type(a[0]!, a[1]!, 343), [sheet!.replace(/^'|'$/g, ''), address!]);
    await press(page, 'check');
    expect(await page.locator('.explain').getAttribute('data-state')).toBe('stale');
    expect(await page.locator('#readiness').textContent()).toContain('chưa sẵn sàng');
    expect(await page.locator('#readiness').textContent()).toContain('1 giải trình đã cũ');
    await page.locator('.explain textarea').fill('');
    await page.locator('.explain button.save').click();
    await page.waitForSelector('.explain[data-state="none"]');
    expect((await checkedNow(page)).explanations).toBeUndefined();
  });

  it('an explanation whose finding no longer exists is said, and dropped on export', async () => {
    const { page } = await pane.excel();
    await sim(page, (s, b64: string) => s.open(b64), await unexplained(true));
    await press(page, 'check');
    expect(await page.locator('#readiness').textContent()).toContain('1 giải trình cho sai sót không còn nữa');
    await page.click('#export');
    await page.waitForFunction("document.getElementById('progress').hidden === true");
    expect(await page.locator('#status').textContent()).toContain('Đã bỏ 1 giải trình vì sai sót đó không còn.');
    expect(await page.locator('#status').textContent()).not.toContain('Trang giải trình');
    const now = await checkedNow(page);
    expect(now.explanations).toBeUndefined();
    expect(now.stamp.state).toBe('unchanged');
  });

  it('export lists the explanation on its own sheet "Giải trình"; the stamp stays the check\'s', async () => {
    const { page, errors } = await pane.excel();
    await sim(page, (s, b64: string) => s.open(b64), (await readFile(PLANTED)).toString('base64'));
    await press(page, 'check');
    expect(await page.locator('#readiness').textContent()).toBe('sẵn sàng gửi');
    await page.click('#export');
    await page.waitForFunction("document.getElementById('progress').hidden === true");
    expect(await page.locator('#status').textContent()).toContain('Trang giải trình liệt kê 1 giải trình.');
    const bytes = Buffer.from(await sim(page, (s) => s.save()), 'base64');
    const sheet = (await openExcel(bytes)).getWorksheet('Giải trình')!;
    const texts = (sheet.getSheetValues() as unknown[][]).flatMap((r) => r ?? []).map(String);
    const now = await checkedNow(page);
    expect(texts).toContain(now.explanations![0]!.text);
    expect(texts).toContain('Còn đúng');
    expect(now.stamp.state).toBe('unchanged');
    expect(readiness(now).ready).toBe(true);
    expect(errors).toEqual([]);
  });
});
