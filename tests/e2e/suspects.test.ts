/** "Có thể sai" in the pane, in Chromium: the Excel mode (simulated host) and the standalone page. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT } from '../../src/office/paintHighlights.js';
import { paneInChromium } from '../helpers/paneInChromium.js';
import { hasChromium, ROOT, screenshot, suspectLines } from './helpers.js';
import { press, sim } from './excelHost.js';

const KON_TUM = join(ROOT, 'examples', 'kon-tum-2017.xlsx');
const CLEAN = join(ROOT, 'examples', 'clean-district.xlsx');

describe.skipIf(!hasChromium)('the likely wrong cells in the pane, in Chromium', () => {
  const pane = paneInChromium({ excel: true });

  async function checkInExcel(file: string): Promise<{ page: Page; errors: string[] }> {
    const opened = await pane.excel();
    const base64 = (await readFile(file)).toString('base64');
    await sim(opened.page, (s, b: string) => s.open(b), base64);
    await press(opened.page, 'check');
    return opened;
  }

  it('Excel: lists the Kon Tum suspects with their suggestions, ties both ways, beside the findings too', async () => {
    const { page, errors } = await checkInExcel(KON_TUM);
    const lines = await suspectLines(page);
    expect(lines).toContain('Biểu 1!C17: 27.023 → 26.773');
    expect(lines).toContain('Biểu 7!F11: 48,34% → 87,26%');
    expect(lines).toContain('Biểu 7!F12: 33,87% → 61,15%');
    const member = page.locator('.group.suspects', { has: page.locator('[data-cell="Biểu 1!C17"]') });
    await expect
      .poll(() => member.locator('.agrees').textContent())
      .toBe(
        "khớp với 'Biểu 3a'!G8 = 26.773, số này đúng với các quy tắc “Đảng viên cuối năm bằng đầu năm cộng kết nạp, " +
          'cộng chuyển đến, trừ số giảm” (B3a.can-doi[1]) và “Đảng viên cuối giai đoạn bằng đảng viên cuối năm 2017” ' +
          '(B3a.cuoi-ky)',
      );
    expect(await page.locator('[data-cell="Biểu 7!F11"] .agrees').textContent()).toContain("'Biểu 7'!E11 = 1.788");
    const tie = page.locator('.group.suspects[data-rules="B1=PL1.chi-bo-truc-thuoc"]');
    expect(await tie.locator('.way-label').allTextContents()).toEqual(['cách 1', 'cách 2']);
    expect(await tie.locator('h3').textContent()).toContain('2 cách sửa ít ô như nhau');
    expect(await tie.locator('.suspect .cause').first().textContent()).toBe('gõ nhầm một chữ số');
    const beside = (rule: string) => page.locator(`.finding[data-rule="${rule}"] .fix`).textContent();
    expect(await beside('B1=B3a.dang-vien')).toBe('Có thể sửa: C17 → 26.773');
    expect(await beside('B7.ty-le-2017[2]')).toBe('Có thể sửa: F11 → 87,26%');
    expect(await beside('B1=PL1.chi-bo-truc-thuoc')).toBe('2 cách sửa ít ô như nhau: xem mục Có thể sai');
    await screenshot(page, 'suspects-excel.png');
    await page.locator('.suspects-title').evaluate((e) => e.scrollIntoView());
    await screenshot(page, 'suspects-excel-block.png', false);
    await page.locator('.finding[data-rule="B1=B3a.dang-vien"]').evaluate((e) => e.scrollIntoView());
    await screenshot(page, 'suspects-excel-finding.png', false);
    expect(errors).toEqual([]);
  });

  it('Excel: suspect cells are filled apart from the other cells of failing rules; a click selects the cell', async () => {
    const { page, errors } = await checkInExcel(KON_TUM);
    const fill = (sheet: string, address: string) =>
      sim(page, (s, c: string[]) => s.cell(c[0]!, c[1]!).fill, [sheet, address]);
    expect(await fill('Biểu 1', 'C17')).toBe(HIGHLIGHT.suspect);
    expect(await fill('Biểu 3a', 'G8')).toBe(HIGHLIGHT.error);
    expect(await fill('Biểu 7', 'F11')).toBe(HIGHLIGHT.suspect);
    expect(await fill('Biểu 7', 'E11')).toBe(HIGHLIGHT.error);
    expect(HIGHLIGHT.suspect).not.toBe(HIGHLIGHT.error);
    // a tie: the cells of both ways are suspects, Biểu 1's total among them though no finding names it
    expect(await fill('Biểu 1', 'C14')).toBe(HIGHLIGHT.suspect);
    expect(await fill('Phụ lục 1', 'D14')).toBe(HIGHLIGHT.suspect);

    await page.locator('.suspect[data-cell="Biểu 7!F12"]').click();
    await expect.poll(() => sim(page, (s) => s.selection())).toEqual({ sheet: 'Biểu 7', address: 'F12' });
    await page.locator('.suspect[data-cell="Biểu 1!C17"]').click();
    await expect.poll(() => sim(page, (s) => s.selection())).toEqual({ sheet: 'Biểu 1', address: 'C17' });
    expect(await sim(page, (s) => s.cell('Biểu 1', 'C17').value)).toBe(27023);

    await press(page, 'clear');
    expect(await fill('Biểu 1', 'C17')).not.toBe(HIGHLIGHT.suspect);
    expect(errors).toEqual([]);
  });

  it('Excel: a clean workbook has no block', async () => {
    const { page, errors } = await checkInExcel(CLEAN);
    expect(await page.locator('.badge.ok').count()).toBe(1);
    expect(await page.locator('.suspects-title, .suspect, .finding .fix').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  async function standalone(file: string): Promise<{ page: Page; errors: string[] }> {
    const opened = await pane.standalone();
    await opened.page.setInputFiles('#file', file);
    await opened.page.waitForSelector('.summary .badge');
    return opened;
  }

  it('standalone page: the same block in English, nothing to click; none for the clean district', async () => {
    const { page, errors } = await standalone(KON_TUM);
    expect(await page.locator('.suspects-title').textContent()).toBe('Có thể sai');
    await page.click('#lang');
    expect(await page.locator('.suspects-title').textContent()).toBe('Likely wrong');
    const lines = await suspectLines(page);
    expect(lines).toContain('Biểu 1!C17: 27,023 → 26,773');
    expect(lines).toContain('Biểu 7!F11: 48.34% → 87.26%');
    expect(await page.locator('button.suspect').count()).toBe(0);
    expect(await page.locator('.finding[data-rule="B1=B3a.dang-vien"] .fix').textContent()).toBe(
      'Likely fix: C17 → 26,773',
    );
    await screenshot(page, 'suspects-standalone.png');

    await page.setInputFiles('#file', CLEAN);
    await page.waitForSelector('.badge.ok');
    expect(await page.locator('.suspects-title, .suspect').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
