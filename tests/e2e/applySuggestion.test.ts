/** "Sửa thành …" and "Hoàn lại" in the pane, in the simulated Excel: one click writes one cell, one puts it back. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { paneInChromium } from '../helpers/paneInChromium.js';
import { press, sim } from './excelHost.js';
import { hasChromium, ROOT, screenshot } from './helpers.js';

const KON_TUM = join(ROOT, 'examples', 'kon-tum-2017.xlsx');
const APPLY_C17 = `.suspects button.apply[data-cell="'Biểu 1'!C17"]`;
const PUT_BACK_C17 = `.applied button.put-back[data-cell="'Biểu 1'!C17"]`;
const C17_FINDING = '.finding[data-rule="B1=B3a.dang-vien"]';
const C17_SUSPECT = '.suspect[data-cell="Biểu 1!C17"]';

describe.skipIf(!hasChromium)('applying a suggestion in Excel, in Chromium', () => {
  const pane = paneInChromium({ excel: true });
  const c17 = (page: Page) => sim(page, (s) => s.cell('Biểu 1', 'C17'));

  async function checked(): Promise<{ page: Page; errors: string[] }> {
    const opened = await pane.excel();
    await sim(opened.page, (s, b: string) => s.open(b), (await readFile(KON_TUM)).toString('base64'));
    await press(opened.page, 'check');
    await opened.page.waitForSelector('body[data-suspects-thread="worker"]');
    return opened;
  }

  /** After a click that writes: the re-check's findings and the worker's suspects drawn. */
  async function rechecked(page: Page, drawn: string): Promise<void> {
    await page.waitForSelector(drawn, { state: 'attached' });
    await page.waitForSelector('body[data-suspects-thread="worker"]');
  }

  it('writes 26.773 into C17 on one click, re-checks, and puts 27.023 back on another', async () => {
    const { page, errors } = await checked();
    const format = (await c17(page)).numberFormat;
    expect(await page.locator('.suspects button.apply').count()).toBeGreaterThan(0);
    const tie = page.locator('.group.suspects[data-rules="B1=PL1.chi-bo-truc-thuoc"]');
    expect(await tie.locator('.suspect').count()).toBeGreaterThan(1);
    expect(await tie.locator('button.apply').count()).toBe(0);
    const apply = page.locator(APPLY_C17);
    expect(await apply.textContent()).toBe('Sửa thành 26.773');
    expect(await apply.getAttribute('aria-label')).toBe(
      "Ghi 26.773 vào ô 'Biểu 1'!C17 thay cho 27.023 (có thể hoàn lại)",
    );
    await page.locator(`.group.suspects:has(${C17_SUSPECT})`).evaluate((e) => e.scrollIntoView());
    await screenshot(page, 'apply-suggestion-block.png', false);

    await apply.focus();
    await page.keyboard.press('Enter');
    await rechecked(page, PUT_BACK_C17);
    expect(await c17(page)).toMatchObject({ value: 26773, numberFormat: format });
    expect(await page.locator(C17_FINDING).count()).toBe(0);
    expect(await page.locator(C17_SUSPECT).count()).toBe(0);
    expect(await page.locator('.suspect[data-cell="Biểu 7!F11"]').count()).toBe(1);
    expect(await page.locator('.applied li').allTextContents()).toEqual([
      "'Biểu 1'!C17 [4; (1)]: 27.023 → 26.773 Hoàn lại 27.023",
    ]);
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.className)).toBe('put-back');
    expect(await page.locator('#status').textContent()).toContain("Đã ghi 26.773 vào ô 'Biểu 1'!C17");
    await page.locator('.applied').evaluate((e) => e.scrollIntoView());
    await screenshot(page, 'apply-suggestion-applied.png', false);

    await page.keyboard.press('Enter');
    await page.waitForSelector('.applied', { state: 'hidden' });
    await rechecked(page, C17_SUSPECT);
    expect((await c17(page)).value).toBe(27023);
    expect(await page.locator(C17_FINDING).count()).toBe(1);
    expect(await page.locator('#status').textContent()).toBe("Đã ghi lại 27.023 vào ô 'Biểu 1'!C17 và kiểm tra lại.");
    await page.click('#lang');
    expect(await page.locator(APPLY_C17).textContent()).toBe('Change to 26,773');
    expect(errors).toEqual([]);
  });

  it('writes a percentage as its % format holds it: F11 48,34% becomes 87,26%', async () => {
    const { page, errors } = await checked();
    const f11 = () => sim(page, (s) => s.cell('Biểu 7', 'F11'));
    expect(await f11()).toMatchObject({ value: 0.4834, numberFormat: '0.00%' });
    await page.click(`.suspects button.apply[data-cell="'Biểu 7'!F11"]`);
    await rechecked(page, `.applied button.put-back[data-cell="'Biểu 7'!F11"]`);
    expect(await f11()).toMatchObject({ value: 0.8726, numberFormat: '0.00%' });
    expect(await page.locator('.suspect[data-cell="Biểu 7!F11"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('refuses, writing nothing, a cell the clerk changed after the check: before applying and before putting back', async () => {
    const { page, errors } = await checked();
    await sim(page, (s) => s.type('Biểu 1', 'C17', 27000));
    await page.click(APPLY_C17);
    await page.waitForSelector('#status.error');
    expect(await page.locator('#status').textContent()).toBe(
      "Ô 'Biểu 1'!C17 đã được sửa sau lần kiểm tra nên không ghi gì vào ô: " +
        'hãy bấm Kiểm tra để xem gợi ý cho số liệu đang có.',
    );
    expect((await c17(page)).value).toBe(27000);
    expect(await page.locator('.applied').isHidden()).toBe(true);

    await sim(page, (s) => s.type('Biểu 1', 'C17', 27023));
    await press(page, 'check');
    await page.waitForSelector('body[data-suspects-thread="worker"]');
    await page.click(APPLY_C17);
    await rechecked(page, PUT_BACK_C17);
    await sim(page, (s) => s.type('Biểu 1', 'C17', 26000));
    await page.click(PUT_BACK_C17);
    await page.waitForSelector('#status.error');
    expect(await page.locator('#status').textContent()).toMatch(/^Ô 'Biểu 1'!C17 đã được sửa sau lần kiểm tra/);
    expect((await c17(page)).value).toBe(26000);
    expect(await page.locator('.applied').isHidden()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('refuses a cell locked on a protected sheet (the template protects its sheets, input cells unlocked)', async () => {
    const { page, errors } = await checked();
    expect((await sim(page, (s) => s.sheets())).find((s) => s.name === 'Biểu 1')?.protected).toBe(true);
    expect((await c17(page)).locked).toBe(false);
    await sim(page, (s) => s.unprotect('Biểu 1'));
    await page.evaluate(() =>
      (globalThis as any).Excel.run((context: any) => {
        context.workbook.worksheets.getItem('Biểu 1').getRange('C17').format.protection.locked = true;
        return context.sync();
      }),
    );
    await sim(page, (s) => s.protect('Biểu 1'));
    await page.click(APPLY_C17);
    await page.waitForSelector('#status.error');
    expect(await page.locator('#status').textContent()).toBe(
      'Trang "Biểu 1" đang được bảo vệ nên không ghi được vào ô C17: ' +
        'hãy bỏ bảo vệ trang (Xem lại > Bỏ bảo vệ trang tính) rồi thử lại.',
    );
    expect((await c17(page)).value).toBe(27023);
    expect(errors).toEqual([]);
  });

  it('offers nothing to write in the standalone page, which has no workbook to write into', async () => {
    const { page, errors } = await pane.standalone();
    await page.setInputFiles('#file', KON_TUM);
    await page.waitForSelector('.suspect');
    expect(await page.locator('button.apply, .applied').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
