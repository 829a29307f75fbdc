/** The standalone page with a supervisor's batch: choosing units by mouse and keyboard, reports, refusals. */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkScreenedBatch } from '../../src/engine/batch/checkScreenedBatch.js';
import type { BatchEntry } from '../../src/engine/batch/summary.js';
import type { CompiledPack } from '../../src/engine/pack/compilePack.js';
import { htmlReport } from '../../src/engine/report/htmlReport.js';
import { unitText } from '../../src/engine/report/batchText.js';
import { findingGroups } from '../../src/engine/report/findingGroups.js';
import { groupViews } from '../../src/engine/report/findingView.js';
import { defaultPackDir } from '../../src/node/defaultPackDir.js';
import { loadPackDir } from '../../src/node/loadPackDir.js';
import { SaveAsXlsxError } from '../../src/xlsx/errors.js';
import { readWorkbook } from '../../src/xlsx/readWorkbook.js';
import { runCli } from '../cli/helpers.js';
import { paneInChromium } from '../helpers/paneInChromium.js';
import { downloaded, hasChromium, ROOT, screenshot } from './helpers.js';

/** What the page's scripts below use of the DOM: these tests are compiled without its types. */
interface El {
  id: string;
  tagName: string;
  dataset: Record<string, string | undefined>;
  parentElement: El | null;
  scrollWidth: number;
  clientWidth: number;
  getBoundingClientRect(): { top: number; height: number };
}
declare const document: { activeElement: El | null };
declare const window: { innerHeight: number };
declare function getComputedStyle(el: El): { opacity: string; backgroundColor: string; color: string };

interface Upload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const UNITS = join(ROOT, 'examples', 'units');
const PLANTED = join(ROOT, 'examples', 'units-planted');
const KON_TUM = join(ROOT, 'examples', 'kon-tum-2017.xlsx');
const upload = async (path: string): Promise<Upload> => ({
  name: basename(path),
  mimeType: 'application/octet-stream',
  buffer: await readFile(path),
});
const broken: Upload = {
  name: 'hong.xlsx',
  mimeType: 'application/octet-stream',
  buffer: Buffer.from('not a workbook'),
};
/** An OpenDocument file starts as a zip does; exceljs cannot read it. */
const ods: Upload = {
  name: 'don-vi-16.ods',
  mimeType: 'application/vnd.oasis.opendocument.spreadsheet',
  buffer: Buffer.from('PK\u0003\u0004 an OpenDocument spreadsheet'),
};

/** What the engine makes of the same uploads, checked and screened across units as the page does. */
function checkUploads(pack: CompiledPack, uploads: Upload[]): Promise<BatchEntry[]> {
  return checkScreenedBatch(pack, uploads, { name: (u) => u.name, read: (u) => readWorkbook(u.buffer, u.name) });
}

/** The id, or the unit's file, of what has the keyboard focus. */
const focused = (page: Page) =>
  page.evaluate(
    () => document.activeElement?.id || document.activeElement?.dataset.file || document.activeElement?.tagName,
  );

/** Whether an element's top lies inside the window. */
const inView = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const top = el.getBoundingClientRect().top;
      return top >= 0 && top < window.innerHeight;
    });

describe.skipIf(!hasChromium)('the standalone page with a batch, in Chromium', () => {
  const pane = paneInChromium();
  let pack: CompiledPack;
  let uploads: Upload[];
  beforeAll(async () => {
    pack = await loadPackDir(defaultPackDir);
    const units = (await readdir(UNITS)).filter((f) => f.endsWith('.xlsx')).sort();
    uploads = [...(await Promise.all(units.map((f) => upload(join(UNITS, f))))), await upload(KON_TUM), broken, ods];
  });

  const open = () => pane.standalone();

  async function openBatch(): Promise<{ page: Page; errors: string[] }> {
    const opened = await open();
    await opened.page.setInputFiles('#file', uploads);
    await opened.page.waitForSelector(`.unit[data-file="${ods.name}"]`);
    return opened;
  }

  it('a unit clicked shows its findings in view, with the focus on them, cells given by codes and values', async () => {
    const { page, errors } = await openBatch();
    await screenshot(page, 'standalone-batch-list.png', false);
    // Screened across the batch's units, as the page does: Kon Tum's unusual figures among its findings.
    const kt = (await checkUploads(pack, uploads)).find((e) => e.file === 'kon-tum-2017.xlsx');
    const report = 'report' in kt! ? kt.report : undefined;
    await page.click('.unit[data-file="kon-tum-2017.xlsx"]');
    expect(await focused(page)).toBe('shown-title');
    // Worst first: the two files that cannot be checked, then Kon Tum's nine errors.
    expect(await page.locator('#shown-title').textContent()).toBe(
      `Đơn vị 3/${uploads.length}: ${unitText(report!.unit, 'vi')}`,
    );
    expect(await inView(page, '#shown-title')).toBe(true);
    expect(await inView(page, '.finding')).toBe(true);
    expect(await page.locator('.finding').count()).toBe(report!.findings.length);
    const cells = await page.locator('.finding .cells').allTextContents();
    // As the engine words them for the list: addresses on the finding's own sheet without the sheet's name.
    const views = findingGroups(report!.findings, pack).flatMap((g) => groupViews(pack, g, 'vi', g.sheet ?? undefined));
    const expected = views.map((v) => `Ô: ${v.cells.join(' · ')}`);
    expect(cells.sort()).toEqual(expected.sort());
    expect(cells.some((c) => c.includes(`'Biểu 3a'!G8 [1; (5)] = 26.773`))).toBe(true);
    expect(await page.locator('.unit[aria-pressed="true"]').getAttribute('data-file')).toBe('kon-tum-2017.xlsx');
    await screenshot(page, 'standalone-unit-selected.png', false);
    expect(errors).toEqual([]);
  });

  it('the planted units: the same warnings and ready count as check on the command line, unit 04 unusual', async () => {
    const names = (await readdir(PLANTED)).filter((f) => f.endsWith('.xlsx')).sort();
    const cli = await runCli(['check', PLANTED]);
    const cliLines = cli.stdout.split('\n');
    const { page, errors } = await open();
    await page.setInputFiles('#file', await Promise.all(names.map((f) => upload(join(PLANTED, f)))));
    await page.waitForSelector('#units .unit');
    const summary = await page.locator('#units .lines p').allTextContents();
    // The counts line and the ready line, word for word as check prints them.
    const warnings = (lines: string[]) => lines.find((l) => / tệp: /.test(l))?.match(/(\d+) cảnh báo\.$/)?.[1];
    const ready = (lines: string[]) => lines.find((l) => l.startsWith('Sẵn sàng gửi: '));
    expect(warnings(summary)).toBe(warnings(cliLines));
    expect(Number(warnings(summary))).toBeGreaterThan(0);
    expect(ready(summary)).toBe(ready(cliLines));
    expect(summary.every((l) => cliLines.includes(l))).toBe(true);
    // Unit 04: the finding check prints under it, against the other units.
    const at = cliLines.findIndex((l) => l.startsWith('⚠ 04 · '));
    const unusual = cliLines[at + 1]!.replace(/^ +⚠ /, '');
    expect(unusual).toMatch(/^Bất thường so với các đơn vị khác: /);
    await page.click('.unit[data-file="04-kon-trang.xlsx"]');
    const findings = await page.locator('.finding').allTextContents();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toContain(unusual);
    await screenshot(page, 'standalone-batch-planted.png', false);
    expect(errors).toEqual([]);
  });

  it('by keyboard: arrows move in the list, Enter shows a unit and focuses its findings, next unit', async () => {
    const { page, errors } = await openBatch();
    const order = await page.locator('.unit').evaluateAll((els) => els.map((el) => (el as unknown as El).dataset.file));
    expect(await page.locator('.unit[tabindex="0"]').count()).toBe(1);
    await page.locator('.unit').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe(order[2]);
    await page.keyboard.press('End');
    expect(await focused(page)).toBe(order.at(-1));
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('shown-title');
    expect(await page.locator('#shown-title').textContent()).toMatch(new RegExp(`^Đơn vị 3/${uploads.length}: `));
    expect(await inView(page, '.finding')).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('prev-unit');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('next-unit');
    await screenshot(page, 'standalone-keyboard-focus.png', false);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('shown-title');
    expect(await page.locator('#shown-title').textContent()).toMatch(new RegExp(`^Đơn vị 4/${uploads.length}: `));
    expect(await page.locator('.unit[aria-pressed="true"]').getAttribute('data-file')).toBe(order[3]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('to-list');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe(order[3]);
    // The list is one Tab stop, not one per unit: Tab leaves it for the controls under it.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('prev-unit');
    expect(errors).toEqual([]);
  });

  it('the last unit has no next one; the panel follows the language', async () => {
    const { page } = await openBatch();
    await page.locator('.unit').last().click();
    expect(await page.locator('#next-unit').isDisabled()).toBe(true);
    await page.click('#to-list');
    await page.click('#lang');
    expect(await page.locator('#shown-title').textContent()).toMatch(
      new RegExp(`^Unit ${uploads.length} of ${uploads.length}: `),
    );
    expect(await page.locator('#next-unit').textContent()).toBe('Next unit ›');
  });

  it('files that cannot be checked say why, in readable colours; an .ods gets the save-as-xlsx sentence', async () => {
    const { page } = await openBatch();
    const sentence = new SaveAsXlsxError(ods.name).text.vi;
    expect(await page.locator(`.unit[data-file="${ods.name}"] .reason`).textContent()).toBe(sentence);
    for (const file of [ods.name, broken.name]) {
      const unit = page.locator(`.unit[data-file="${file}"]`);
      expect(await unit.isDisabled()).toBe(false);
      expect(await contrast(page, `.unit[data-file="${file}"] .reason`)).toBeGreaterThanOrEqual(4.5);
      expect(await contrast(page, `.unit[data-file="${file}"] .name`)).toBeGreaterThanOrEqual(4.5);
    }
    await page.click(`.unit[data-file="${ods.name}"]`);
    expect(await page.locator('#shown-reason').textContent()).toBe(sentence);
    expect(await contrast(page, '#shown-reason')).toBeGreaterThanOrEqual(4.5);
    expect(await page.locator('.finding').count()).toBe(0);
    expect(await page.locator('#export-file').isDisabled()).toBe(true);
  });

  it('an .ods opened alone gets the same sentence as on the command line', async () => {
    const { page, errors } = await open();
    await page.setInputFiles('#file', ods);
    await page.waitForSelector('.status.error');
    expect(await page.locator('#status').textContent()).toBe(new SaveAsXlsxError(ods.name).text.vi);
    await page.click('#lang');
    expect(await page.locator('#status').textContent()).toBe(new SaveAsXlsxError(ods.name).text.en);
    expect(errors).toEqual([]);
  });

  it('offers the batch report as HTML beside the xlsx one: the same HTML the command line writes', async () => {
    const { page } = await open();
    const at = new Date('2026-11-30T08:00:00.000Z');
    await page.clock.setFixedTime(at);
    await page.setInputFiles('#file', uploads);
    await page.waitForSelector('.unit');
    expect(await page.locator('#batch-report').textContent()).toBe('Tải báo cáo kiểm tra (.xlsx)');
    const file = await downloaded(page, () => page.click('#batch-report-html'));
    expect(file.name).toBe('bao-cao-kiem-tra.html');
    const expected = htmlReport(pack, await checkUploads(pack, uploads), 'vi', at.toISOString());
    expect(new TextDecoder().decode(file.bytes)).toBe(expected);
    expect(await page.locator('#status').textContent()).toBe('Đã tải về bao-cao-kiem-tra.html.');
  });

  it("shows the pack's short title in the header, whole, and the full title on hover", async () => {
    const { page } = await open();
    const { shortTitle, title, id, version } = pack.pack;
    expect(shortTitle).toBeDefined();
    const header = page.locator('#pack-title');
    expect(await header.textContent()).toBe(`${shortTitle!.vi} (${id} ${version})`);
    expect(await header.getAttribute('title')).toBe(`${title.vi} (${id} ${version})`);
    expect(
      await header.evaluate((el) => el.scrollWidth <= el.clientWidth && el.getBoundingClientRect().height <= 40),
    ).toBe(true);
    await page.click('#lang');
    expect(await header.textContent()).toBe(`${shortTitle!.en} (${id} ${version})`);
    await screenshot(page, 'standalone-header.png', false);
  });
});

/** WCAG contrast of an element's text against the first opaque background behind it, opacity included. */
function contrast(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r, g, b]: number[]) => {
        const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
      };
      let opacity = 1;
      let bg: number[] | undefined;
      for (let e: El | null = el; e; e = e.parentElement) {
        const style = getComputedStyle(e);
        opacity *= Number(style.opacity);
        const c = rgb(style.backgroundColor);
        if (!bg && (c.length === 3 || c[3] === 1)) bg = c.slice(0, 3);
      }
      bg ??= [255, 255, 255];
      // Text drawn at an opacity mixes with what is behind it.
      const fg = rgb(getComputedStyle(el).color)
        .slice(0, 3)
        .map((v, i) => v * opacity + bg![i]! * (1 - opacity));
      const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
      return (a! + 0.05) / (b! + 0.05);
    });
}
