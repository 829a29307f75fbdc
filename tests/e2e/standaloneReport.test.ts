/** The standalone page cross-checks a written report dropped beside its workbook, as `kiembieu crosscheck` does. */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { paneInChromium } from '../helpers/paneInChromium.js';
import { hasChromium, ROOT, screenshot } from './helpers.js';

const KON_TUM = join(ROOT, 'examples', 'kon-tum-2017.xlsx');
const REPORT = join(ROOT, 'examples', 'bao-cao-kon-tum-2017.docx');

describe.skipIf(!hasChromium)('a report on the standalone page in Chromium', () => {
  const pane = paneInChromium();

  it('says on its drop zone, in Vietnamese and in English, that a report can be dropped beside the workbook', async () => {
    const { page, errors } = await pane.standalone();
    const drop = () => page.locator('#drop').textContent();
    expect(await drop()).toContain(
      'Thả một hay nhiều tệp .xlsx vào đây; thả báo cáo (.docx, .txt, .md) cùng tệp biểu để đối chiếu số liệu',
    );
    await screenshot(page, 'standalone-drop.png', false);
    await page.click('#lang');
    expect(await drop()).toContain(
      'Drop one or more .xlsx files here; drop the report (.docx, .txt, .md) with its workbook to cross-check',
    );
    expect(await page.locator('#file').getAttribute('accept')).toContain('.docx,.txt,.md');
    expect(errors).toEqual([]);
  });

  it("lists the report's findings beside the workbook's, quoting the sentence and naming the cell", async () => {
    const { page, errors } = await pane.standalone();
    await page.setInputFiles('#file', [REPORT, KON_TUM]);
    await page.waitForSelector('#prose .prose');
    const text = await page.locator('#prose').textContent();
    expect(text).toContain('79 số liệu, 54 gắn với ô của biểu, 0 chưa rõ ô nào, 25 không gắn · 7 lỗi, 5 cảnh báo');
    expect(text).toContain(
      'Báo cáo ghi hai số khác nhau cho cùng một số liệu: 27.023 (mục I.1) và 26.773 (mục II.2.2)',
    );
    expect(text).toContain('Biểu 1!C17 [4; (1)] = 27023');
    await page.waitForSelector('.finding');
    await screenshot(page, 'standalone-report.png');
    expect(errors).toEqual([]);
  });

  it('keeps the report, cross-checks it with each workbook opened after it, and forgets it when removed', async () => {
    const { page, errors } = await pane.standalone();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(KON_TUM);
    workbook.getWorksheet('Biểu 11')!.getCell('C8').value = 313;
    const changed = {
      name: 'kon-tum-sua.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
    };
    const prose = () => page.locator('#prose').textContent();
    const typed = page.locator('#prose .prose', { hasText: 'nhưng ô của biểu ghi 313' });
    const idle = () => page.waitForFunction("document.getElementById('progress').hidden === true");

    await page.setInputFiles('#file', [REPORT, KON_TUM]);
    await page.waitForSelector('#prose .prose');
    await idle();
    expect(await prose()).toContain('25 không gắn · 7 lỗi, 5 cảnh báo');
    expect(await page.locator('#report-chosen').textContent()).toContain('bao-cao-kon-tum-2017.docx');

    await page.setInputFiles('#file', changed);
    await page.waitForSelector('#prose:has-text("Báo cáo bao-cao-kon-tum-2017.docx đối chiếu với kon-tum-sua.xlsx")');
    await idle();
    expect(await prose()).toContain('25 không gắn · 8 lỗi, 5 cảnh báo');
    expect(await typed.textContent()).toContain('Biểu 11!C8 [1; (1)] = 313');
    await screenshot(page, 'standalone-report-kept.png', false);

    await page.click('#report-drop');
    expect(await page.locator('#prose').isHidden()).toBe(true);
    await page.setInputFiles('#file', KON_TUM);
    await page.waitForSelector('#status:has-text("kon-tum-2017.xlsx")');
    await idle();
    expect(await page.locator('#prose').isHidden()).toBe(true);
    expect(await page.locator('#report-chosen').isHidden()).toBe(true);
    expect(errors).toEqual([]);
  });
});
