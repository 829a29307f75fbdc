/** The pane localises errors in a Web Worker: findings first, then the same "Có thể sai" as the engine. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { check, suspectParts, type CompiledPack } from '../../src/engine/index.js';
import { defaultPackDir } from '../../src/node/defaultPackDir.js';
import { loadPackDir } from '../../src/node/loadPackDir.js';
import { readWorkbook } from '../../src/xlsx/readWorkbook.js';
import { paneInChromium } from '../helpers/paneInChromium.js';
import { HIGHLIGHT } from '../../src/office/paintHighlights.js';
import { sim } from './excelHost.js';
import { hasChromium, ROOT, screenshot } from './helpers.js';

const KON_TUM = join(ROOT, 'examples', 'kon-tum-2017.xlsx');

type Block = { rules: string; ways: string[][] }[];

/** The engine's suspects in Node, as the block shows them in Vietnamese. */
async function inNode(pack: CompiledPack): Promise<Block> {
  const wb = await readWorkbook(new Uint8Array(await readFile(KON_TUM)), 'kon-tum-2017.xlsx');
  const groups = check(pack, wb, 'kon-tum-2017.xlsx').report.suspects ?? [];
  return groups.map((g) => ({
    rules: g.rules.join(' '),
    ways: g.sets.map((set) =>
      set.cells.map((s) => {
        const parts = suspectParts(pack, s, 'vi');
        return `${s.cell.sheetName}!${s.cell.address}: ${parts.value} → ${parts.suggestion}`;
      }),
    ),
  }));
}

const onPage = (page: Page): Promise<Block> =>
  page.locator('.group.suspects').evaluateAll((sections) =>
    sections.map((g) => ({
      rules: g.getAttribute('data-rules')!,
      ways: [...g.querySelectorAll('.way')].map((way) =>
        [...way.querySelectorAll('.suspect')].map(
          (e) =>
            `${e.getAttribute('data-cell')}: ${e.querySelector('.value')!.textContent} → ` +
            e.querySelector('.suggested')!.textContent,
        ),
      ),
    })),
  );

describe.skipIf(!hasChromium)('error localisation in a Web Worker, in Chromium', () => {
  const pane = paneInChromium({ excel: true });

  /** Holds the worker's script until released; counts its requests. */
  async function holdWorker(page: Page): Promise<{ release: () => void; routed: () => number }> {
    let release!: () => void;
    let routed = 0;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.context().route('**/suspects-worker.js', async (route) => {
      routed++;
      await held;
      await route.continue();
    });
    return { release, routed: () => routed };
  }

  it('shows the findings before the worker answers, then the block the engine computes in Node', async () => {
    const pack = await loadPackDir(defaultPackDir);
    const { page, errors } = await pane.standalone();
    const { release, routed } = await holdWorker(page);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.setInputFiles('#file', KON_TUM);
    await page.waitForSelector('.summary .badge');
    expect(await page.locator('.finding[data-rule="B1=B3a.dang-vien"]').count()).toBe(1);
    expect(await page.locator('.suspects-title, .suspect, .fix').count()).toBe(0);

    await expect.poll(routed).toBe(1);
    release();
    await page.waitForSelector('body[data-suspects-thread]');
    expect(await page.locator('body').getAttribute('data-suspects-thread')).toBe('worker');
    expect(workers.some((url) => url.endsWith('/suspects-worker.js'))).toBe(true);
    const expected = await inNode(pack);
    expect(expected.length).toBeGreaterThan(0);
    expect(await onPage(page)).toEqual(expected);
    expect(await page.locator('.finding[data-rule="B1=B3a.dang-vien"] .fix').textContent()).toBe(
      'Có thể sửa: C17 → 26.773',
    );
    await screenshot(page, 'suspects-worker.png');
    expect(errors).toEqual([]);
  });

  it('Excel: paints the findings first, then the suspects in their colour when the worker answers', async () => {
    const pack = await loadPackDir(defaultPackDir);
    const { page, errors } = await pane.excel();
    const { release, routed } = await holdWorker(page);
    const base64 = (await readFile(KON_TUM)).toString('base64');
    await sim(page, (s, b: string) => s.open(b), base64);
    const fill = (address: string) => sim(page, (s, a: string) => s.cell('Biểu 1', a).fill, address);
    await page.click('#check');
    await page.waitForFunction("document.getElementById('progress').hidden === true");
    expect(await page.locator('.finding[data-rule="B1=B3a.dang-vien"]').count()).toBe(1);
    expect(await page.locator('.suspects-title, .suspect, .fix').count()).toBe(0);
    expect(await fill('C17')).toBe(HIGHLIGHT.error);
    await expect.poll(routed).toBe(1);
    const syncs = await sim(page, (s) => s.syncCount());

    release();
    await page.waitForSelector('body[data-suspects-thread]');
    expect(await page.locator('body').getAttribute('data-suspects-thread')).toBe('worker');
    await expect.poll(() => fill('C17')).toBe(HIGHLIGHT.suspect);
    expect(await fill('C14')).toBe(HIGHLIGHT.suspect);
    // C14 is a suspect of a tie that no finding names: its own fill is read first, hence two syncs
    expect((await sim(page, (s) => s.syncCount())) - syncs).toBe(2);
    expect(await onPage(page)).toEqual(await inNode(pack));
    expect(await page.locator('.finding[data-rule="B1=B3a.dang-vien"] .fix').textContent()).toBe(
      'Có thể sửa: C17 → 26.773',
    );
    await screenshot(page, 'suspects-worker-excel.png');
    expect(errors).toEqual([]);
  });
});
