import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledPack } from '../../src/engine/pack/compilePack.js';
import { META_KEYS, META_SHEET } from '../../src/engine/workbook/markers.js';
import { locateTemplate } from '../../src/engine/workbook/locateTemplate.js';
import { detail, message } from '../../src/engine/report/messages.js';
import { RESULTS_SHEET } from '../../src/engine/report/resultRows.js';
import { validate, type Report } from '../../src/engine/check/validate.js';
import { address } from '../../src/engine/workbook/address.js';
import { defaultPackDir } from '../../src/node/defaultPackDir.js';
import { loadPackDir } from '../../src/node/loadPackDir.js';
import { HIGHLIGHT } from '../../src/office/paintHighlights.js';
import { readWorkbook } from '../../src/xlsx/readWorkbook.js';
import { paneInChromium } from '../helpers/paneInChromium.js';
import { downloaded, hasChromium, ROOT, screenshot } from './helpers.js';
import { press, sim } from './excelHost.js';
import type { SimGlobals } from './officeSim/index.js';

const KON_TUM = join(ROOT, 'examples', 'kon-tum-2017.xlsx');

interface Typed {
  sheet: string;
  address: string;
  value: number | string;
}

/** The Kon Tum figures, cell by cell, at the addresses of the template the pane inserts. */
async function konTumEntries(pack: CompiledPack, templatePath: string): Promise<Typed[]> {
  const source = await readWorkbook(await readFile(KON_TUM), 'kon-tum.xlsx');
  const template = await readWorkbook(await readFile(templatePath), 'template.xlsx');
  const from = locateTemplate(pack, source, 'kon-tum.xlsx').positions;
  const to = locateTemplate(pack, template, 'template.xlsx').positions;
  return pack.slots.flatMap((_, i) => {
    const a = from[i];
    const b = to[i];
    const value = a && a.sheet.cells[a.rowIndex]?.[a.colIndex]?.value;
    return b && (typeof value === 'number' || typeof value === 'string')
      ? [{ sheet: b.sheet.name, address: address(b.rowIndex, b.colIndex), value }]
      : [];
  });
}

const findingTexts = (page: Page) => page.locator('.finding .text').allTextContents();

describe.skipIf(!hasChromium)('the task pane in Excel (simulated host) in Chromium', () => {
  const pane = paneInChromium({ excel: true });
  let pack: CompiledPack;
  let konTum: Report;
  let entries: Typed[];

  beforeAll(async () => {
    pack = await loadPackDir(defaultPackDir);
    konTum = validate(pack, await readWorkbook(await readFile(KON_TUM), 'kon-tum.xlsx'), 'kon-tum.xlsx');
    entries = await konTumEntries(pack, join(pane.served.build.outDir, 'templates', 'nq22-2018-1.0.0.vi.xlsx'));
  });

  async function insertAndType(page: Page): Promise<void> {
    await press(page, 'insert');
    await sim(page, (s, list: Typed[]) => list.forEach((e) => s.type(e.sheet, e.address, e.value)), entries);
  }

  it('inserts the templates, checks the typed figures as the command line does, paints, selects, clears and exports', async () => {
    const { page, errors } = await pane.excel();
    await press(page, 'insert');
    expect(await page.locator('#status').textContent()).toContain('Đã chèn biểu mẫu');
    const sheets = await sim(page, (s) => s.sheets());
    const names = pack.pack.sheets.map((s) => s.name);
    expect(sheets.map((s) => s.name)).toEqual(['Sheet1', ...names, META_SHEET]);
    expect(sheets.find((s) => s.name === META_SHEET)?.visibility).toBe('VeryHidden');
    expect(Object.keys(await sim(page, (s) => s.names()))).toContain('KB_SHEET_B1');

    await sim(page, (s, list: Typed[]) => list.forEach((e) => s.type(e.sheet, e.address, e.value)), entries);
    const member = konTum.findings.find(
      (f) => f.cells.some((c) => c.sheet === 'B1') && 'found' in f && f.found === 27023,
    )!;
    const memberCell = member.cells.find((c) => c.sheet === 'B1')!;
    await sim(page, (s, c: { sheet: string; address: string }) => s.setFill(c.sheet, c.address, '#00B050'), {
      sheet: memberCell.sheetName,
      address: memberCell.address,
    });
    const findingCells = [
      ...new Set(konTum.findings.flatMap((f) => f.cells.map((c) => `${c.sheetName}!${c.address}`))),
    ];
    const fillsOf = () =>
      sim(
        page,
        (s, cells: string[]) => cells.map((c) => s.cell(c.split('!')[0]!, c.split('!')[1]!).fill),
        findingCells,
      );
    const before = await fillsOf();

    await press(page, 'check');
    expect((await findingTexts(page)).sort()).toEqual(konTum.findings.map((f) => detail(f, 'vi', pack)).sort());
    expect(
      await sim(page, (s, c: { sheet: string; address: string }) => s.cell(c.sheet, c.address).fill, {
        sheet: memberCell.sheetName,
        address: memberCell.address,
      }),
    ).toBe(HIGHLIGHT.suspect); // likely wrong: 26.773 in Biểu 3a
    await screenshot(page, 'excel.png');

    await page.locator('.finding', { hasText: '27.023' }).click();
    await page.waitForFunction("document.getElementById('progress').hidden === true");
    await expect
      .poll(() => sim(page, (s) => s.selection()))
      .toEqual({ sheet: 'Biểu 1', address: `${memberCell.address}` });

    await press(page, 'clear');
    expect(await fillsOf()).toEqual(before);
    expect(before).toContain('#00B050');

    const file = await downloaded(page, () => page.click('#export'));
    await page.waitForFunction("document.getElementById('progress').hidden === true");
    const raw = await readWorkbook(file.bytes, file.name);
    expect(raw.sheets.map((s) => s.name)).toContain(RESULTS_SHEET.vi);
    const results = (await new ExcelJS.Workbook().xlsx.load(file.bytes as unknown as ArrayBuffer)).getWorksheet(
      RESULTS_SHEET.vi,
    )!;
    const text = JSON.stringify(results.getSheetValues());
    expect(text).toContain('nq22-2018 1.0.0');
    for (const f of konTum.findings) expect(text).toContain(f.rule);
    // Laid out to print as the file writers' results sheet: A4 across, one page wide, header row repeated.
    expect(results.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '7:7',
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    });
    expect(results.headerFooter.oddFooter).toBe('&CTrang &P');
    expect(results.getCell('A1').isMerged && results.getCell('K1').isMerged).toBe(true);
    expect(results.getCell('F8').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    const exported = validate(pack, raw, file.name);
    expect(raw.meta?.[META_KEYS.inputStamp]).toBe(exported.stamp.value);
    expect(exported.stamp.state).toBe('unchanged');
    expect(exported.findings.map((f) => message(f, 'vi', pack)).sort()).toEqual(
      konTum.findings.map((f) => message(f, 'vi', pack)).sort(),
    );
    expect(errors).toEqual([]);
  });

  it('reads the workbook in the same number of syncs however many sheets and cells it has', async () => {
    /**
     * Syncs of one Kiểm tra, in a fresh pane: read (2), save the fills of cells to paint (1), paint (1); then, when
     * the worker has the likely wrong cells, save the fills of those no finding names (1), paint them (1).
     */
    const syncsOfCheck = async (xlsx: Uint8Array) => {
      const { page } = await pane.excel();
      await sim(page, (s, b64: string) => s.open(b64), Buffer.from(xlsx).toString('base64'));
      const start = await sim(page, (s) => s.syncCount());
      await press(page, 'check');
      expect(await page.locator('.finding').count()).toBe(konTum.findings.length);
      return (await sim(page, (s) => s.syncCount())) - start;
    };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(KON_TUM)) as unknown as ArrayBuffer);
    for (let n = 0; n < 12; n++) {
      const extra = workbook.addWorksheet(`Ghi chú ${n}`);
      for (let r = 1; r <= 60; r++) extra.addRow(Array.from({ length: 20 }, (_, c) => r * c));
    }
    const small = await syncsOfCheck(await readFile(KON_TUM));
    const large = await syncsOfCheck(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(small).toBe(6);
    expect(large).toBe(small);
  });

  it('checks again as figures are typed, when asked to', async () => {
    const { page } = await pane.excel();
    await insertAndType(page);
    await page.check('#live');
    await page.waitForSelector('.finding >> text=27.023');
    expect(await sim(page, (s) => s.handlerCount())).toBe(1);
    const cell = konTum.findings.flatMap((f) => f.cells).find((c) => c.sheet === 'B1' && c.value === 27023)!;
    await sim(page, (s, c: { sheet: string; address: string }) => s.type(c.sheet, c.address, 26773), {
      sheet: cell.sheetName,
      address: cell.address,
    });
    await expect
      .poll(async () => (await findingTexts(page)).some((t) => t.includes('27.023')), { timeout: 10_000 })
      .toBe(false);
    expect((await findingTexts(page)).length).toBe(konTum.findings.length - 1);

    await page.uncheck('#live');
    await expect.poll(() => sim(page, (s) => s.handlerCount())).toBe(0);
  });

  it('gives cells their input fill back when the pane that painted them was closed', async () => {
    const first = await pane.excel();
    await insertAndType(first.page);
    await press(first.page, 'check');
    const cell = konTum.findings.flatMap((f) => f.cells).find((c) => c.sheet === 'B1')!;
    const at = { sheet: cell.sheetName, address: cell.address };
    const saved = await sim(first.page, (s) => s.save());
    await first.page.close();
    const { page } = await pane.excel();
    await sim(page, (s, b64: string) => s.open(b64), saved);
    const fill = () => sim(page, (s, c: typeof at) => s.cell(c.sheet, c.address).fill, at);
    expect(await fill()).toBe(HIGHLIGHT.suspect); // in one of the tied smallest fixes
    await press(page, 'check');
    await press(page, 'clear');
    expect(await fill()).toBe('#FFF2CC');
  });

  it('inserts the templates again after their sheets were deleted, mending the names they left broken', async () => {
    const { page } = await pane.excel();
    await press(page, 'insert');
    const names = pack.pack.sheets.map((s) => s.name);
    await page.evaluate(async (list) => {
      const { Excel } = globalThis as unknown as SimGlobals;
      await Excel.run(async (context) => {
        for (const name of list) context.workbook.worksheets.getItem(name).delete();
        await context.sync();
      });
    }, names);
    expect((await sim(page, (s) => s.names()))['KB_UNIT_NAME']).toBe('#REF!');
    await press(page, 'insert');
    expect(await page.locator('.status.error').count()).toBe(0);
    const mended = await sim(page, (s) => s.names());
    expect(Object.values(mended)).not.toContain('#REF!');
    expect(mended['KB_UNIT_NAME']).toMatch(/^'Phụ lục 1'!/);
  });

  it("exports beside a user's own sheet named like the results sheet, leaving it alone", async () => {
    const { page } = await pane.excel();
    await insertAndType(page);
    await page.evaluate(async () => {
      const { Excel } = globalThis as unknown as SimGlobals;
      await Excel.run(async (context) => {
        context.workbook.worksheets.add('kết quả kiểm tra').getRange('A1').values = [['ghi chú của tôi']];
        await context.sync();
      });
    });
    await downloaded(page, () => page.click('#export'));
    await page.waitForFunction("document.getElementById('progress').hidden === true");
    await downloaded(page, () => page.click('#export'));
    const sheets = (await sim(page, (s) => s.sheets())).map((s) => s.name);
    expect(sheets.filter((n) => n.toLowerCase().startsWith('kết quả kiểm tra'))).toEqual([
      'kết quả kiểm tra',
      'Kết quả kiểm tra (2)',
    ]);
    expect(await sim(page, (s) => s.cell('kết quả kiểm tra', 'A1').value)).toBe('ghi chú của tôi');
  });

  it('is used from the keyboard alone', async () => {
    const { page } = await pane.excel();
    await insertAndType(page);
    const tabTo = async (selector: string) => {
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate((sel) => (globalThis as any).document.activeElement?.matches(sel), selector)) return;
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    await tabTo('#check');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.finding');
    await tabTo('button.finding');
    const first = await page.locator('button.finding').first().getAttribute('data-cells');
    const cells = first!.split(', ');
    const sheet = cells[0]!.split('!')[0]!;
    const addresses = cells.filter((c) => c.startsWith(`${sheet}!`)).map((c) => c.split('!')[1]);
    await sim(page, (s) => s.select('Sheet1', 'A1'));
    await page.keyboard.press('Enter');
    await expect.poll(() => sim(page, (s) => s.selection())).toEqual({ sheet, address: addresses.join(', ') });
  });

  it('speaks English when Excel does', async () => {
    const { page } = await pane.excel('en-US');
    expect(await page.locator('#check').textContent()).toBe('Check');
    await insertAndType(page);
    await press(page, 'check');
    expect((await findingTexts(page)).sort()).toEqual(konTum.findings.map((f) => detail(f, 'en', pack)).sort());
    await screenshot(page, 'excel-en.png');
  });

  describe('bad input: one sentence, nothing changed', () => {
    const sheetsAndFills = (page: Page) => sim(page, (s) => JSON.stringify([s.sheets(), s.names()]));

    it('a workbook without the templates', async () => {
      const { page } = await pane.excel();
      const before = await sheetsAndFills(page);
      await press(page, 'check');
      expect(await page.locator('.status.error').textContent()).toMatch(/không phải|không có|không tìm thấy/i);
      expect(await sheetsAndFills(page)).toBe(before);
      expect(await page.locator('.finding').count()).toBe(0);
    });

    it('inserting the templates a second time', async () => {
      const { page } = await pane.excel();
      await press(page, 'insert');
      const before = await sheetsAndFills(page);
      await press(page, 'insert');
      expect(await page.locator('.status.error').textContent()).toContain('"Phụ lục 1"');
      expect(await sheetsAndFills(page)).toBe(before);
    });

    it("a sheet of the user's named like a template sheet in other letter case", async () => {
      const { page } = await pane.excel();
      await page.evaluate(async () => {
        const { Excel } = globalThis as unknown as SimGlobals;
        await Excel.run(async (context) => {
          context.workbook.worksheets.add('biểu 1');
          await context.sync();
        });
      });
      const before = await sheetsAndFills(page);
      await press(page, 'insert');
      expect(await page.locator('.status.error').textContent()).toContain('"biểu 1"');
      expect(await sheetsAndFills(page)).toBe(before);
    });

    it('a workbook whose structure is protected', async () => {
      const { page } = await pane.excel();
      await sim(page, (s) => s.protectWorkbook(true));
      const before = await sheetsAndFills(page);
      await press(page, 'insert');
      expect(await page.locator('.status.error').textContent()).toContain('Bảo vệ sổ làm việc');
      expect(await sheetsAndFills(page)).toBe(before);
    });

    it('a template of another version of the pack', async () => {
      const { page } = await pane.excel();
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await readFile(KON_TUM)) as unknown as ArrayBuffer);
      const meta = workbook.getWorksheet(META_SHEET)!;
      meta.eachRow((row) => {
        if (row.getCell(1).value === META_KEYS.packVersion) row.getCell(2).value = '0.9.0';
      });
      await sim(
        page,
        (s, b64: string) => s.open(b64),
        Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
      );
      await press(page, 'check');
      expect(await page.locator('.status.error').textContent()).toContain('0.9.0');
      expect(await page.locator('.finding').count()).toBe(0);
    });

    it('a sheet protected against formatting: findings listed, its cells not painted', async () => {
      const { page } = await pane.excel();
      await insertAndType(page);
      await sim(page, (s) => s.protect('Biểu 1', {}));
      const cell = konTum.findings.flatMap((f) => f.cells).find((c) => c.sheet === 'B1')!;
      const fill = () =>
        sim(page, (s, c: { sheet: string; address: string }) => s.cell(c.sheet, c.address).fill, {
          sheet: cell.sheetName,
          address: cell.address,
        });
      const before = await fill();
      await press(page, 'check');
      expect(await page.locator('.finding').count()).toBe(konTum.findings.length);
      expect(await page.locator('.status.note').textContent()).toContain('"Biểu 1"');
      expect(await fill()).toBe(before);
      await screenshot(page, 'excel-protected.png');
    });
  });
});
