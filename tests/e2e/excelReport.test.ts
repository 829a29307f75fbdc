/** The Excel pane cross-checks the report chosen while the workbook is open; a finding selects its cell. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { paneInChromium } from '../helpers/paneInChromium.js';
import { hasChromium, ROOT, screenshot } from './helpers.js';
import { press, sim } from './excelHost.js';

const KON_TUM = join(ROOT, 'examples', 'kon-tum-2017.xlsx');
const REPORT = join(ROOT, 'examples', 'bao-cao-kon-tum-2017.docx');
const TEXT_REPORT = join(ROOT, 'examples', 'reference', 'bao-cao-303-BC-TU-kon-tum-2018.txt');

const idle = (page: Page) => page.waitForFunction("document.getElementById('progress').hidden === true");

describe.skipIf(!hasChromium)('a report cross-checked in the Excel pane (simulated host) in Chromium', () => {
  const pane = paneInChromium({ excel: true });
  let workbook: string;
  beforeAll(async () => {
    workbook = (await readFile(KON_TUM)).toString('base64');
  });

  async function chooseReport(page: Page, file: string): Promise<string> {
    await page.setInputFiles('#report-file', file);
    await page.waitForSelector('#prose .prose');
    await idle(page);
    return (await page.locator('#prose').textContent()) ?? '';
  }

  it('checks the report against the workbook as Excel holds it, and selects the cell of a finding', async () => {
    const { page, errors } = await pane.excel();
    await sim(page, (s, b64: string) => s.open(b64), workbook);
    await sim(page, (s) => s.type('Biểu 11', 'C8', 313));
    const text = await chooseReport(page, REPORT);
    expect(text).toContain('Báo cáo bao-cao-kon-tum-2017.docx đối chiếu với Sổ tính đang mở');
    expect(text).toContain('79 số liệu, 54 gắn với ô của biểu, 0 chưa rõ ô nào, 25 không gắn · 8 lỗi, 5 cảnh báo');
    expect(await page.locator('#status').textContent()).toContain('Đã đối chiếu báo cáo bao-cao-kon-tum-2017.docx');
    const typed = page.locator('#prose .prose', { hasText: 'nhưng ô của biểu ghi 313' });
    expect(await typed.textContent()).toContain('Biểu 11!C8 [1; (1)] = 313');
    await screenshot(page, 'excel-report.png', false);

    await typed.click();
    await idle(page);
    await expect.poll(() => sim(page, (s) => s.selection())).toEqual({ sheet: 'Biểu 11', address: 'C8' });
    await page.locator('#prose .prose', { hasText: '27.023 (mục I.1) và 26.773 (mục II.2.2)' }).press('Enter');
    await expect.poll(() => sim(page, (s) => s.selection())).toEqual({ sheet: 'Biểu 1', address: 'C17' });

    await page.click('#lang');
    expect(await page.locator('#prose').textContent()).toContain(
      '79 figures, 54 linked to a cell, 0 ambiguous, 25 not linked · 8 errors, 5 warnings',
    );
    expect(errors).toEqual([]);
  });

  it('keeps the report and cross-checks it again at every Kiểm tra, until it is removed', async () => {
    const { page, errors } = await pane.excel();
    await sim(page, (s, b64: string) => s.open(b64), workbook);
    const syncs = () => sim(page, (s) => s.syncCount());
    const before = await syncs();
    await press(page, 'check');
    const checkSyncs = (await syncs()) - before;
    const prose = () => page.locator('#prose').textContent();
    const typed = page.locator('#prose .prose', { hasText: 'nhưng ô của biểu ghi 313' });
    const original = (await sim(page, (s) => s.values('Biểu 11', 'C8')))[0]![0];

    await chooseReport(page, REPORT);
    expect(await prose()).toContain('25 không gắn · 7 lỗi, 5 cảnh báo');
    expect(await typed.count()).toBe(0);
    expect(await page.locator('#report-chosen').textContent()).toContain(
      'Báo cáo đối chiếu mỗi lần kiểm tra: bao-cao-kon-tum-2017.docx',
    );

    await sim(page, (s) => s.type('Biểu 11', 'C8', 313));
    const at = await syncs();
    await press(page, 'check');
    expect((await syncs()) - at).toBe(checkSyncs);
    expect(await prose()).toContain('25 không gắn · 8 lỗi, 5 cảnh báo');
    expect(await typed.textContent()).toContain('Biểu 11!C8 [1; (1)] = 313');
    await screenshot(page, 'excel-report-kept.png', false);

    await sim(page, (s, v) => s.type('Biểu 11', 'C8', v), original);
    await press(page, 'check');
    expect(await prose()).toContain('25 không gắn · 7 lỗi, 5 cảnh báo');
    expect(await typed.count()).toBe(0);

    await page.click('#lang');
    expect(await page.locator('#report-drop').getAttribute('aria-label')).toBe(
      'Stop cross-checking report bao-cao-kon-tum-2017.docx',
    );
    await page.click('#lang');
    await page.click('#report-drop');
    expect(await page.locator('#report-chosen').isHidden()).toBe(true);
    expect(await page.locator('#prose').isHidden()).toBe(true);
    await sim(page, (s) => s.type('Biểu 11', 'C8', 313));
    await press(page, 'check');
    expect(await page.locator('#prose').isHidden()).toBe(true);
    expect(await page.locator('#prose .prose').count()).toBe(0);
    expect(await page.locator('.finding').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('reads a plain-text report with its footnotes, as the .docx', async () => {
    const { page, errors } = await pane.excel();
    await sim(page, (s, b64: string) => s.open(b64), workbook);
    const text = await chooseReport(page, TEXT_REPORT);
    expect(text).toContain('79 số liệu, 54 gắn với ô của biểu, 0 chưa rõ ô nào, 25 không gắn · 7 lỗi, 5 cảnh báo');
    expect(text).toContain('chú thích 2, mục I.1: “Gồm: 188 Đảng bộ cơ sở và 510 chi bộ cơ sở.”');
    expect(errors).toEqual([]);
  });

  it('says in one sentence that a workbook without the templates cannot be cross-checked', async () => {
    const { page, errors } = await pane.excel();
    await page.setInputFiles('#report-file', REPORT);
    await idle(page);
    await page.waitForSelector('#status.error');
    expect(await page.locator('#prose').isHidden()).toBe(true);
    expect(errors).toEqual([]);
  });
});
