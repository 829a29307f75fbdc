import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readdir } from 'node:fs/promises';
import { summarise, type BatchEntry } from '../../src/engine/batch/summary.js';
import { summaryLines } from '../../src/engine/report/batchText.js';
import { Consolidator } from '../../src/engine/batch/consolidate.js';
import { META_KEYS } from '../../src/engine/workbook/markers.js';
import { writeConsolidated } from '../../src/xlsx/writeConsolidated.js';
import { detail } from '../../src/engine/report/messages.js';
import { validate } from '../../src/engine/check/validate.js';
import { defaultPackDir } from '../../src/node/defaultPackDir.js';
import { loadPackDir } from '../../src/node/loadPackDir.js';
import { readWorkbook } from '../../src/xlsx/readWorkbook.js';
import { paneInChromium } from '../helpers/paneInChromium.js';
import { downloaded, hasChromium, ROOT, screenshot } from './helpers.js';

const KON_TUM = join(ROOT, 'examples', 'kon-tum-2017.xlsx');
/** What office.js does in a page that no Office host opened. */
const OFFICE_OUTSIDE_HOST =
  'window.Office = { HostType: { Excel: "Excel" }, context: {}, onReady: () => Promise.resolve({ host: null, platform: null }) };';

describe.skipIf(!hasChromium)('the standalone page in Chromium', () => {
  const pane = paneInChromium();
  const open = (officeJs: 'unreachable' | 'outside-host') =>
    pane.standalone(officeJs === 'unreachable' ? undefined : OFFICE_OUTSIDE_HOST);

  const findingTexts = (page: Page) => page.locator('.finding .text').allTextContents();

  it('checks an uploaded workbook and lists the same findings as the command line, the member count among them', async () => {
    const { page, errors } = await open('unreachable');
    await page.setInputFiles('#file', KON_TUM);
    await page.waitForSelector('.finding');
    const pack = await loadPackDir(defaultPackDir);
    const report = validate(
      pack,
      await readWorkbook(await readFile(KON_TUM), 'kon-tum-2017.xlsx'),
      'kon-tum-2017.xlsx',
    );
    const expected = report.findings.map((f) => detail(f, 'vi', pack));
    expect((await findingTexts(page)).sort()).toEqual([...expected].sort());
    expect((await findingTexts(page)).some((t) => t.includes('27.023') && t.includes('26.773'))).toBe(true);
    expect(await page.locator('.badge.error').textContent()).toBe(
      `${report.counts.discrepancies} sai lệch, ${report.counts.blanks} ô còn trống, ${report.counts.warnings} cảnh báo`,
    );
    await screenshot(page, 'standalone.png');
    expect(errors).toEqual([]);
  });

  it('groups findings by sheet in pack order, errors before warnings in each', async () => {
    const { page } = await open('outside-host');
    await page.setInputFiles('#file', KON_TUM);
    await page.waitForSelector('.finding');
    const groups = await page
      .locator('.group')
      .evaluateAll((els) =>
        els.map((g) =>
          [...g.querySelectorAll('.finding')].map((f) => (f.classList.contains('error') ? 'e' : 'w')).join(''),
        ),
      );
    expect(groups.length).toBeGreaterThan(1);
    for (const g of groups) expect(g).toMatch(/^e*w*$/);
  });

  it('switches to English and back', async () => {
    const { page } = await open('unreachable');
    await page.setInputFiles('#file', KON_TUM);
    await page.waitForSelector('.finding');
    await page.click('#lang');
    expect(await page.locator('#export-file').textContent()).toBe('Export checked copy');
    const pack = await loadPackDir(defaultPackDir);
    const report = validate(pack, await readWorkbook(await readFile(KON_TUM), 'k.xlsx'), 'k.xlsx');
    expect((await findingTexts(page)).sort()).toEqual(report.findings.map((f) => detail(f, 'en', pack)).sort());
    await page.click('#lang');
    expect(await page.locator('#export-file').textContent()).toBe('Xuất biểu đã kiểm');
  });

  it('exports the checked copy with a results sheet and the stamp of the figures checked', async () => {
    const { page } = await open('unreachable');
    await page.setInputFiles('#file', KON_TUM);
    await page.waitForSelector('.finding');
    const file = await downloaded(page, () => page.click('#export-file'));
    expect(file.name).toBe('kon-tum-2017-da-kiem.xlsx');
    const raw = await readWorkbook(file.bytes, file.name);
    expect(raw.sheets.map((s) => s.name)).toContain('Kết quả kiểm tra');
    const pack = await loadPackDir(defaultPackDir);
    const original = validate(pack, await readWorkbook(await readFile(KON_TUM), 'k.xlsx'), 'k.xlsx');
    expect(raw.meta?.[META_KEYS.inputStamp]).toBe(original.stamp.value);
    expect(validate(pack, raw, file.name).stamp.state).toBe('unchanged');
  });

  it('downloads the blank template of the pack', async () => {
    const { page } = await open('unreachable');
    const file = await downloaded(page, () => page.click('#template'));
    const raw = await readWorkbook(file.bytes, file.name);
    expect(raw.meta?.[META_KEYS.packId]).toBe('nq22-2018');
    const pack = await loadPackDir(defaultPackDir);
    expect(validate(pack, raw, file.name).findings.every((f) => f.code === 'required-blank')).toBe(true);
  });

  it('checks a batch of unit workbooks: a line per unit, the summary, and the consolidated workbook', async () => {
    const dir = join(ROOT, 'examples', 'units');
    const files = (await readdir(dir))
      .filter((f) => f.endsWith('.xlsx'))
      .sort()
      .map((f) => join(dir, f));
    const broken = { name: 'hong.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a workbook') };
    const { page, errors } = await open('unreachable');
    await page.setInputFiles('#file', files);
    await page.waitForSelector('.unit');
    const pack = await loadPackDir(defaultPackDir);
    const entries: BatchEntry[] = [];
    const consolidator = new Consolidator(pack);
    for (const file of files) {
      const raw = await readWorkbook(await readFile(file), basename(file));
      entries.push({ file: basename(file), report: validate(pack, raw, basename(file)) });
      consolidator.add(raw, basename(file));
    }
    expect(await page.locator('.unit').count()).toBe(files.length);
    expect(await page.locator('.units .lines p').allTextContents()).toEqual(summaryLines(summarise(entries), 'vi'));
    await screenshot(page, 'standalone-batch.png');

    const file = await downloaded(page, () => page.click('#consolidate'));
    await page.waitForSelector('#progress[hidden]', { state: 'attached' });
    const expected = await writeConsolidated(pack, consolidator.result(), 'vi', '2026-01-01T00:00:00.000Z', file.name);
    const got = validate(pack, await readWorkbook(file.bytes, file.name), file.name);
    expect(got.stamp.value).toBe(expected.report.stamp.value);
    expect(got.stamp.state).toBe('unchanged');
    expect(await page.locator('#status').textContent()).toContain(`${files.length} đơn vị`);

    const asBuffer = async (f: string) => ({
      name: basename(f),
      mimeType: 'application/octet-stream',
      buffer: await readFile(f),
    });
    await page.setInputFiles('#file', [await asBuffer(files[0]!), await asBuffer(files[1]!), broken]);
    await page.waitForSelector('.unit[data-file="hong.xlsx"]');
    expect(await page.locator('.unit[data-file="hong.xlsx"]').textContent()).toContain('không kiểm tra được');
    expect(await page.locator('.unit').count()).toBe(3);
    const refused = await page
      .locator('#consolidate')
      .click()
      .then(() => page.waitForSelector('.status.error'));
    expect(await refused.textContent()).toContain('hong.xlsx');
    expect(errors).toEqual([]);
  });

  it('says in one sentence why a file cannot be checked, naming it, and lists nothing', async () => {
    const { page, errors } = await open('unreachable');
    await page.setInputFiles('#file', {
      name: 'hong.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('not a workbook'),
    });
    await page.waitForSelector('.status.error');
    const text = await page.locator('#status').textContent();
    expect(text).toContain('hong.xlsx');
    expect(await page.locator('.finding').count()).toBe(0);
    expect(await page.locator('#export-file').isDisabled()).toBe(true);
    await screenshot(page, 'standalone-unreadable.png');
    expect(errors).toEqual([]);
  });
});
