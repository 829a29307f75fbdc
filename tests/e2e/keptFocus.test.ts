/** The likely wrong cells arrive after the findings are drawn: the finding a keyboard user is on keeps the focus. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paneInChromium } from '../helpers/paneInChromium.js';
import { sim } from './excelHost.js';
import { hasChromium, ROOT } from './helpers.js';

const KON_TUM = join(ROOT, 'examples', 'kon-tum-2017.xlsx');
const C17 = 'button.finding[data-rule="B1=B3a.dang-vien"]';

describe.skipIf(!hasChromium)('the focus while the worker answers, in Chromium', () => {
  const pane = paneInChromium({ excel: true });

  it('stays on the finding the clerk tabbed to when the findings are drawn again with the suspects', async () => {
    const { page, errors } = await pane.excel();
    await sim(page, (s, b: string) => s.open(b), (await readFile(KON_TUM)).toString('base64'));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.context().route('**/suspects-worker.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.click('#check');
    await page.waitForSelector(C17);
    expect(await page.locator('.suspects').count()).toBe(0);
    await page.locator(C17).focus();
    const cells = await page.locator(C17).getAttribute('data-cells');

    release();
    await page.waitForSelector('body[data-suspects-thread="worker"]');
    expect(await page.locator('.suspects').count()).toBeGreaterThan(0);
    const focused = await page.evaluate(() => {
      const el = (globalThis as any).document.activeElement;
      return { isConnected: el?.isConnected, rule: el?.dataset.rule, cells: el?.dataset.cells };
    });
    expect(focused).toEqual({ isConnected: true, rule: 'B1=B3a.dang-vien', cells });
    const all = cells!.split(', ');
    const sheet = all[0]!.split('!')[0]!;
    const addresses = all.filter((c) => c.startsWith(`${sheet}!`)).map((c) => c.split('!')[1]);
    const other = (await sim(page, (s) => s.sheets())).find((s) => s.name !== sheet)!.name;
    await sim(page, (s, name: string) => s.select(name, 'A1'), other);
    await page.keyboard.press('Enter');
    await expect.poll(() => sim(page, (s) => s.selection())).toEqual({ sheet, address: addresses.join(', ') });
    expect(errors).toEqual([]);
  });
});
