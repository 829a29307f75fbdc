/**
 * The page without Excel localises errors only in the Web Worker: a batch's workbooks (one ask each), the
 * opened workbook screened against its previous one (the worker's answer kept whichever lands first), and the
 * checked copy exported before the worker answered. Chromium.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  check,
  checkScreenedBatch,
  htmlReport,
  suspectParts,
  type BatchEntry,
  type CompiledPack,
} from '../../src/engine/index.js';
import { defaultPackDir } from '../../src/node/defaultPackDir.js';
import { loadPackDir } from '../../src/node/loadPackDir.js';
import { readWorkbook } from '../../src/xlsx/readWorkbook.js';
import { writeBatchReport } from '../../src/xlsx/writeBatchReport.js';
import { writeCheckedCopy } from '../../src/xlsx/writeCheckedCopy.js';
import { paneInChromium } from '../helpers/paneInChromium.js';
import { downloaded, hasChromium, ROOT, screenshot, suspectLines } from './helpers.js';

interface Upload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const UNITS = join(ROOT, 'examples', 'units');
const KON_TUM = join(ROOT, 'examples', 'kon-tum-2017.xlsx');
const YA_LE = join(ROOT, 'examples', 'units-planted', '09-ya-le.xlsx');
const YA_LE_2016 = join(ROOT, 'examples', 'units-2016', '09-ya-le.xlsx');
const FAILED = 'Không tìm được các ô có thể sai: luồng tính riêng bị lỗi.';

const upload = async (path: string): Promise<Upload> => ({
  name: basename(path),
  mimeType: 'application/octet-stream',
  buffer: await readFile(path),
});

/** Ya Lê's 2017 workbook with Biểu 1's C17 typed 90 too high: one error, C17 its suspect. */
async function yaLeWrong(): Promise<Upload> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(YA_LE)) as unknown as ArrayBuffer);
  const cell = wb.getWorksheet('Biểu 1')!.getCell('C17');
  cell.value = Number(cell.value) + 90;
  return { ...(await upload(YA_LE)), buffer: Buffer.from(await wb.xlsx.writeBuffer()) };
}

/** The engine's suspects in Node, as the page shows them in Vietnamese. */
async function inNode(pack: CompiledPack, u: Upload): Promise<string[]> {
  const groups = check(pack, await readWorkbook(u.buffer, u.name), u.name).report.suspects ?? [];
  return groups.flatMap((g) =>
    g.sets.flatMap((set) =>
      set.cells.map((s) => {
        const parts = suspectParts(pack, s, 'vi');
        return `${s.cell.sheetName}!${s.cell.address}: ${parts.value} → ${parts.suggestion}`;
      }),
    ),
  );
}

/** The files the page posts to the worker, counted from now on (the worker is started at the first ask). */
const countAsks = (page: Page) =>
  page.evaluate(`(() => {
    const post = Worker.prototype.postMessage;
    window.asked = [];
    Worker.prototype.postMessage = function (m, ...rest) {
      window.asked.push(m.file);
      return post.call(this, m, ...rest);
    };
  })()`);
const asked = (page: Page) => page.evaluate('window.asked') as Promise<string[]>;

/** Holds the worker's script until released. */
async function holdWorker(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.context().route('**/suspects-worker.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const breakWorker = (page: Page) =>
  page.context().route('**/suspects-worker.js', (route) => route.fulfill({ status: 404, body: '' }));

const idle = (page: Page) => page.waitForFunction("document.getElementById('progress').hidden === true");

/** Every sheet's values, to compare two xlsx reports. */
async function sheetsOf(bytes: Uint8Array): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return JSON.stringify(wb.worksheets.map((s) => [s.name, s.getSheetValues()]));
}

describe.skipIf(!hasChromium)('the page localises only in the Web Worker, in Chromium', () => {
  const pane = paneInChromium();
  let pack: CompiledPack;
  let uploads: Upload[];
  let expected: BatchEntry[];
  beforeAll(async () => {
    pack = await loadPackDir(defaultPackDir);
    const units = (await readdir(UNITS)).filter((f) => f.endsWith('.xlsx')).sort();
    uploads = [...(await Promise.all(units.map((f) => upload(join(UNITS, f))))), await upload(KON_TUM)];
    const source = { name: (u: Upload) => u.name, read: (u: Upload) => readWorkbook(u.buffer, u.name) };
    expected = await checkScreenedBatch(pack, uploads, source);
  });

  async function openBatch(at: Date): Promise<{ page: Page; errors: string[] }> {
    const opened = await pane.standalone();
    await opened.page.clock.setFixedTime(at);
    await countAsks(opened.page);
    return opened;
  }

  it("a batch: one ask per workbook; Kon Tum's suspects as in Node, in the unit view and both reports", async () => {
    const at = new Date('2026-11-30T08:00:00Z');
    const { page, errors } = await openBatch(at);
    await page.setInputFiles('#file', uploads);
    await page.waitForSelector('.unit[data-file="kon-tum-2017.xlsx"]');
    await idle(page);
    expect((await asked(page)).sort()).toEqual(uploads.map((u) => u.name).sort());
    expect(await page.locator('body').getAttribute('data-suspects-thread')).toBe('worker');

    await page.click('.unit[data-file="kon-tum-2017.xlsx"]');
    const lines = await suspectLines(page);
    expect(lines).toContain('Biểu 1!C17: 27.023 → 26.773');
    expect(lines).toEqual(await inNode(pack, uploads.at(-1)!));
    expect(await page.locator('.finding[data-rule="B1=B3a.dang-vien"] .fix').textContent()).toBe(
      'Có thể sửa: C17 → 26.773',
    );
    await page.locator('.suspects-title').evaluate((e) => e.scrollIntoView());
    await screenshot(page, 'standalone-batch-suspects.png', false);

    const html = await downloaded(page, () => page.click('#batch-report-html'));
    expect(new TextDecoder().decode(html.bytes)).toBe(htmlReport(pack, expected, 'vi', at.toISOString()));
    const xlsx = await downloaded(page, () => page.click('#batch-report'));
    expect(await sheetsOf(xlsx.bytes)).toBe(
      await sheetsOf(await writeBatchReport(pack, expected, 'vi', at.toISOString())),
    );
    expect(await sheetsOf(xlsx.bytes)).toContain("'Biểu 1'!C17 [4; (1)] → 26.773");
    expect(errors).toEqual([]);
  });

  it('a batch with the worker broken: every finding listed, an error said, no suspects worked out here', async () => {
    const { page } = await openBatch(new Date('2026-11-30T08:00:00Z'));
    await breakWorker(page);
    await page.setInputFiles('#file', uploads);
    await page.waitForSelector('.unit[data-file="kon-tum-2017.xlsx"]');
    await idle(page);
    expect(await page.locator('.unit').count()).toBe(uploads.length);
    expect(await page.locator('#status').textContent()).toContain(FAILED);
    expect(await page.locator('#status').getAttribute('class')).toContain('error');
    expect(await page.locator('body').getAttribute('data-suspects-thread')).toBeNull();
    await page.click('.unit[data-file="kon-tum-2017.xlsx"]');
    const kt = expected.at(-1)!;
    expect(await page.locator('.finding').count()).toBe('report' in kt ? kt.report.findings.length : -1);
    expect(await page.locator('.suspects-title, .suspect, .finding .fix').count()).toBe(0);
    const html = await downloaded(page, () => page.click('#batch-report-html'));
    expect(new TextDecoder().decode(html.bytes)).not.toContain('class="suspects"');
  });

  async function choosePrevious(page: Page): Promise<void> {
    await page.setInputFiles('#previous-file', YA_LE_2016);
    await idle(page);
  }

  it("the previous workbook's screen keeps the worker's suspects, whichever comes first", async () => {
    const wrong = await yaLeWrong();
    const { page, errors } = await pane.standalone();
    await countAsks(page);
    const release = await holdWorker(page);
    await choosePrevious(page);
    await page.setInputFiles('#file', wrong);
    await page.waitForSelector('.finding[data-rule="screen.previous"]');
    expect(await page.locator('.suspect').count()).toBe(0);

    release();
    await page.waitForSelector('body[data-suspects-thread="worker"]');
    const node = await inNode(pack, wrong);
    expect(node).toEqual([expect.stringMatching(/^Biểu 1!C17: /)]);
    expect(await suspectLines(page)).toEqual(node);
    const screened = await page.locator('.finding[data-rule="screen.previous"]').count();
    expect(screened).toBeGreaterThan(0);

    await choosePrevious(page);
    expect(await suspectLines(page)).toEqual(node);
    expect(await page.locator('.finding[data-rule="screen.previous"]').count()).toBe(screened);
    expect(await asked(page)).toEqual([wrong.name]);
    await screenshot(page, 'standalone-previous-suspects.png');
    expect(errors).toEqual([]);
  });

  it('with the worker broken, the screen against the previous workbook works out no suspects here', async () => {
    const { page } = await pane.standalone();
    await breakWorker(page);
    await choosePrevious(page);
    await page.setInputFiles('#file', await yaLeWrong());
    await page.waitForSelector('.finding[data-rule="screen.previous"]');
    await expect.poll(() => page.locator('#status').textContent()).toBe(FAILED);
    await choosePrevious(page);
    expect(await page.locator('.finding[data-rule="screen.previous"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.suspects-title, .suspect, .finding .fix').count()).toBe(0);
  });

  it('the checked copy exported before the worker answered has the suspects', async () => {
    const at = new Date('2026-11-30T08:00:00Z');
    const { page, errors } = await pane.standalone();
    await page.clock.setFixedTime(at);
    const release = await holdWorker(page);
    await page.setInputFiles('#file', KON_TUM);
    await page.waitForSelector('.summary .badge');
    expect(await page.locator('.suspect').count()).toBe(0);
    let written = false;
    const download = page.waitForEvent('download').then((d) => ((written = true), d));
    await page.click('#export-file');
    await page.waitForTimeout(500);
    expect(written).toBe(false);
    release();
    const copy = new Uint8Array(await readFile((await (await download).path())!));
    const bytes = new Uint8Array(await readFile(KON_TUM));
    const { report } = check(pack, await readWorkbook(bytes, 'kon-tum-2017.xlsx'), 'kon-tum-2017.xlsx');
    const inNodeCopy = await writeCheckedCopy(bytes, 'kon-tum-2017.xlsx', report, pack, 'vi', at.toISOString());
    expect(await sheetsOf(copy)).toBe(await sheetsOf(inNodeCopy.bytes));
    expect(await sheetsOf(copy)).toContain("'Biểu 1'!C17 [4; (1)] → 26.773");
    expect(errors).toEqual([]);
  });

  it("the worker's answer keeps the explanation being typed, and the cursor in it", async () => {
    const { page, errors } = await pane.standalone();
    const release = await holdWorker(page);
    await page.setInputFiles('#file', join(ROOT, 'examples', 'units-planted', '12-khoi-doanh-nghiep.xlsx'));
    const box = page.locator('.explain textarea');
    await box.fill('Năm 2015 kết nạp');
    await box.press('ArrowLeft');
    release();
    await page.waitForSelector('body[data-suspects-thread="worker"]');
    expect(await box.inputValue()).toBe('Năm 2015 kết nạp');
    await page.keyboard.type(' đợt lớn');
    expect(await box.inputValue()).toBe('Năm 2015 kết nạ đợt lớnp');
    expect(errors).toEqual([]);
  });
});
