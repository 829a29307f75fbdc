/** Xuất biểu đã kiểm in the simulated Excel: the likely wrong cells it writes come from the Web Worker. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RESULTS_SHEET } from '../../src/engine/report/resultRows.js';
import { paneInChromium } from '../helpers/paneInChromium.js';
import { sim } from './excelHost.js';
import { downloaded, hasChromium, ROOT, screenshot } from './helpers.js';

const KON_TUM = join(ROOT, 'examples', 'kon-tum-2017.xlsx');

/** The results sheet's words for Kon Tum's likely wrong C17 and its suggestion. */
const C17_FIX = "'Biểu 1'!C17 [4; (1)] → 26.773";

/** Counts the workbooks the page posts to a Web Worker, by the sheets they hold. */
async function countAsks(page: Page): Promise<() => Promise<string[][]>> {
  await page.evaluate(() => {
    const asks: string[][] = [];
    const worker = (globalThis as any).Worker.prototype;
    const post = worker.postMessage;
    worker.postMessage = function (this: unknown, message: any, ...rest: any[]) {
      asks.push((message?.workbook?.sheets ?? []).map((s: { name: string }) => s.name));
      return (post as (...a: unknown[]) => void).call(this, message, ...rest);
    };
    Object.assign(globalThis, { __asks: asks });
  });
  return () => page.evaluate(() => (globalThis as unknown as { __asks: string[][] }).__asks);
}

/** Holds the worker's script until released, or serves `body` in its place. */
async function routeWorker(page: Page, body?: string): Promise<{ release: () => void; routed: () => number }> {
  let release!: () => void;
  let routed = 0;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.context().route('**/suspects-worker.js', async (route) => {
    routed++;
    if (body !== undefined) return route.fulfill({ contentType: 'text/javascript', body });
    await held;
    await route.continue();
  });
  return { release, routed: () => routed };
}

const resultsText = (page: Page) =>
  sim(page, (s, name: string) => s.values(name, 'A1:Z80').flat().map(String), RESULTS_SHEET.vi);

describe.skipIf(!hasChromium)('Xuất biểu đã kiểm in the simulated Excel, in Chromium', () => {
  const pane = paneInChromium({ excel: true });

  async function openKonTum() {
    const opened = await pane.excel();
    await sim(opened.page, (s, b: string) => s.open(b), (await readFile(KON_TUM)).toString('base64'));
    return opened;
  }

  it("writes the worker's suggestion beside the finding, waiting for the worker, in three syncs", async () => {
    const { page, errors } = await openKonTum();
    const asks = await countAsks(page);
    const { release, routed } = await routeWorker(page);
    const syncs = await sim(page, (s) => s.syncCount());
    const file = downloaded(page, () => page.click('#export'));

    await expect.poll(routed).toBe(1);
    expect(await asks()).toHaveLength(1);
    expect((await asks())[0]).toContain('Biểu 1');
    expect(await page.locator('#progress').isHidden()).toBe(false);
    expect((await sim(page, (s) => s.sheets())).map((s) => s.name)).not.toContain(RESULTS_SHEET.vi);

    release();
    expect((await file).name).toBe('bieu-da-kiem.xlsx');
    await page.waitForFunction("document.getElementById('progress').hidden === true");
    expect((await resultsText(page)).filter((t) => t === C17_FIX)).toHaveLength(1);
    // Figures in Vietnamese writing stay the text written, not numbers Excel read from them (27.023 ≠ 27,023).
    const given = await sim(page, (s, name: string) => s.values(name, 'H8:H80').flat(), RESULTS_SHEET.vi);
    expect(given).toContain('27.023');
    expect((await sim(page, (s) => s.syncCount())) - syncs).toBe(3);
    expect(await asks()).toHaveLength(1);
    expect(await page.locator('.finding[data-rule="B1=B3a.dang-vien"] .fix').textContent()).toBe(
      'Có thể sửa: C17 → 26.773',
    );
    expect(await page.locator('#status').textContent()).toContain('Đã ghi');
    await screenshot(page, 'excel-export-worker.png');
    expect(errors).toEqual([]);
  });

  it('says plainly that the worker failed, and writes nothing', async () => {
    const { page, errors } = await openKonTum();
    const { routed } = await routeWorker(page, "throw new Error('broken');");
    const before = await sim(page, (s) => s.sheets());
    let downloads = 0;
    page.on('download', () => downloads++);

    await page.click('#export');
    await expect.poll(routed).toBe(1);
    await page.waitForSelector('#status.error');
    await page.waitForFunction("document.getElementById('progress').hidden === true");
    expect(await page.locator('#status').textContent()).toBe(
      'Không tìm được các ô có thể sai: luồng tính riêng bị lỗi.',
    );
    expect(await sim(page, (s) => s.sheets())).toEqual(before);
    expect(downloads).toBe(0);
    await screenshot(page, 'excel-export-worker-failed.png');
    expect(errors).toEqual(['broken']);
  });
});
