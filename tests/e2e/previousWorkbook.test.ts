/**
 * The previous workbook chosen in the pane (simulated Excel) and in the page without Excel (Chromium): one of
 * another unit, or not of an earlier period, is refused in one sentence naming the file, and not screened
 * against; the unit's own 2016 workbook is.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { paneInChromium } from '../helpers/paneInChromium.js';
import { hasChromium, ROOT, screenshot } from './helpers.js';
import { press, sim } from './excelHost.js';

const PLANTED = join(ROOT, 'examples', 'units-planted');
const Y2016 = join(ROOT, 'examples', 'units-2016');

const OTHER_UNIT =
  'Không so với kỳ trước: tệp 08-te-rong.xlsx là biểu của đơn vị mã 08, không phải mã 09 của biểu đang mở.';
const OTHER_UNIT_2016 =
  'Không so với kỳ trước: tệp 09-ya-le.xlsx là biểu của đơn vị mã 09, không phải mã 08 của biểu đang mở.';
const NOT_EARLIER =
  'Không so với kỳ trước: tệp 09-ya-le.xlsx là biểu kỳ 12-2017, không trước kỳ 12-2017 của biểu đang mở.';

/** Chooses `file` as the previous workbook and waits until the pane is idle again. */
async function choosePrevious(page: Page, file: string): Promise<void> {
  await page.setInputFiles('#previous-file', file);
  await page.waitForFunction("document.getElementById('progress').hidden === true");
}

const status = async (page: Page) => ({
  text: await page.locator('#status').textContent(),
  error: (await page.locator('#status').getAttribute('class'))?.includes('error'),
});
const screened = (page: Page) => page.locator('.finding[data-rule="screen.previous"]').count();

describe.skipIf(!hasChromium)('the previous workbook must be the same unit and an earlier period', () => {
  const pane = paneInChromium({ excel: true });

  it('in Excel: another unit and the same period are refused and not screened; its own 2016 one is, until the code changes', async () => {
    const { page, errors } = await pane.excel();
    const bytes = (await readFile(join(PLANTED, '09-ya-le.xlsx'))).toString('base64');
    await sim(page, (s, b64: string) => s.open(b64), bytes);
    await press(page, 'check');
    await choosePrevious(page, join(Y2016, '08-te-rong.xlsx'));
    expect(await status(page)).toEqual({ text: OTHER_UNIT, error: true });
    expect(await page.locator('#previous-name').textContent()).toBe('');
    await screenshot(page, 'previous-other-unit.png');
    await press(page, 'check');
    expect(await screened(page)).toBe(0);
    await choosePrevious(page, join(PLANTED, '09-ya-le.xlsx'));
    expect(await status(page)).toEqual({ text: NOT_EARLIER, error: true });
    await choosePrevious(page, join(Y2016, '09-ya-le.xlsx'));
    await page.waitForSelector('.finding[data-rule="screen.previous"]');
    expect(await screened(page)).toBe(2);
    expect(await page.locator('#previous-name').textContent()).toBe('09-ya-le.xlsx');
    await sim(page, (s) => s.type('Phụ lục 1', 'C3', '08'));
    await press(page, 'check');
    expect(await status(page)).toEqual({ text: OTHER_UNIT_2016, error: true });
    expect(await screened(page)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('in the page: refused when chosen for the opened workbook, and when a workbook of another unit is opened after', async () => {
    const { page, errors } = await pane.standalone();
    await page.setInputFiles('#file', join(PLANTED, '09-ya-le.xlsx'));
    await page.waitForSelector('#readiness');
    await choosePrevious(page, join(Y2016, '08-te-rong.xlsx'));
    expect(await status(page)).toEqual({ text: OTHER_UNIT, error: true });
    expect(await screened(page)).toBe(0);
    await choosePrevious(page, join(Y2016, '09-ya-le.xlsx'));
    await page.waitForSelector('.finding[data-rule="screen.previous"]');
    expect(await status(page)).toEqual({ text: '', error: false });
    await page.setInputFiles('#file', join(PLANTED, '08-te-rong.xlsx'));
    await page.waitForFunction("document.getElementById('status').textContent.includes('mã 08')");
    expect((await status(page)).text).toBe(
      'Không so với kỳ trước: tệp 09-ya-le.xlsx là biểu của đơn vị mã 09, không phải mã 08 của biểu đang mở.',
    );
    expect(await screened(page)).toBe(0);
    await screenshot(page, 'standalone-previous-other-unit.png');
    expect(errors.filter((e) => !e.includes('appsforoffice'))).toEqual([]);
  });
});
