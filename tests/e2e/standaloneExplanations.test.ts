/**
 * The page without Excel (Chromium): a warning explained beside it makes the workbook ready and goes into the
 * checked copy; a previous workbook chosen screens the opened one.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/engine/check/validate.js';
import { defaultPackDir } from '../../src/node/defaultPackDir.js';
import { loadPackDir } from '../../src/node/loadPackDir.js';
import { loadWorkbook } from '../../src/xlsx/loadWorkbook.js';
import { readWorkbook } from '../../src/xlsx/readWorkbook.js';
import { toBytes } from '../../src/xlsx/toBytes.js';
import { dropExplanations } from '../../src/xlsx/writeExplanations.js';
import { tempDir } from '../cli/helpers.js';
import { paneInChromium } from '../helpers/paneInChromium.js';
import { downloaded, hasChromium, ROOT, screenshot } from './helpers.js';

const PLANTED = join(ROOT, 'examples', 'units-planted');
const TEXT = 'Năm 2015 kết nạp đợt lớn người lao động.';

describe.skipIf(!hasChromium)('explanations and the previous workbook in the page without Excel', () => {
  const pane = paneInChromium();
  let tmp: Awaited<ReturnType<typeof tempDir>>;

  beforeAll(async () => {
    tmp = await tempDir();
  });
  afterAll(async () => {
    await tmp?.remove();
  });

  const open = async () => (await pane.standalone()).page;

  it('typing an explanation makes the workbook ready; the checked copy holds it, stamped', async () => {
    const wb = await loadWorkbook(await readFile(join(PLANTED, '12-khoi-doanh-nghiep.xlsx')), 'x.xlsx');
    dropExplanations(
      wb,
      (await readWorkbookKeys(wb)).map((k) => k),
    );
    const file = join(tmp.path, '12.xlsx');
    await writeFile(file, await toBytes(wb));
    const page = await open();
    await page.setInputFiles('#file', file);
    await page.waitForSelector('.explain');
    expect(await page.locator('#readiness').textContent()).toBe('chưa sẵn sàng: 1 cảnh báo chưa giải trình');
    await page.locator('.explain textarea').fill(TEXT);
    await page.locator('.explain button.save').click();
    await page.waitForSelector('.explain[data-state="explained"]');
    expect(await page.locator('#readiness').textContent()).toBe('sẵn sàng gửi');
    await screenshot(page, 'standalone-explained.png');
    const copy = await downloaded(page, () => page.click('#export-file'));
    const pack = await loadPackDir(defaultPackDir);
    const after = validate(pack, await readWorkbook(copy.bytes, copy.name), copy.name);
    expect(after.explanations!.map((e) => e.text)).toEqual([TEXT]);
    expect(after.stamp.state).toBe('unchanged');
  });

  it('a previous workbook chosen: the count that jumped since is unusual, with the previous figure', async () => {
    const page = await open();
    await page.setInputFiles('#file', join(PLANTED, '09-ya-le.xlsx'));
    await page.waitForSelector('#readiness');
    expect(await page.locator('#readiness').textContent()).toBe('sẵn sàng gửi');
    expect(await page.locator('.finding').count()).toBe(0);
    await page.setInputFiles('#previous-file', join(ROOT, 'examples', 'units-2016', '09-ya-le.xlsx'));
    await page.waitForSelector('.finding.warning');
    const rules = await page
      .locator('.finding.warning')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
    expect(rules).toEqual(['screen.previous', 'screen.previous']);
    expect(await page.locator('.finding.warning .text').first().textContent()).toContain('từ 363 thành 1.060');
    expect(await page.locator('#readiness').textContent()).toBe('chưa sẵn sàng: 2 cảnh báo chưa giải trình');
    await screenshot(page, 'standalone-previous.png');
  });
});

/** The explanations' keys a workbook holds. */
async function readWorkbookKeys(wb: Awaited<ReturnType<typeof loadWorkbook>>): Promise<string[]> {
  const { rawWorkbookOf } = await import('../../src/xlsx/rawWorkbookOf.js');
  return Object.keys(rawWorkbookOf(wb).meta ?? {})
    .filter((k) => k.startsWith('explain:'))
    .map((k) => k.slice('explain:'.length));
}
