/** The pane's "Có thể sai" block, in Chromium, for a fix that leaves a soft rule failing. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium, panePage, ROOT, screenshot } from './helpers.js';

/** The page's script, bundled apart: the soft-rule sheet with a fix that leaves `dong` failing, shown by the pane. */
const PAGE = `
import { fixBeside, suspectsBlock } from '../../taskpane/src/suspectsView.js';
import { softChecked, softPack } from '../engine/localise/softRule.js';
const pack = softPack(0.5);
const { report } = softChecked(pack, [40, 25, 16, 39]);
const lang = document.documentElement.lang;
for (const f of report.findings) {
  const p = Object.assign(document.createElement('p'), { className: 'finding', textContent: f.rule });
  p.dataset.rule = f.rule;
  p.append(...fixBeside(pack, report, [f], lang));
  document.body.append(p);
}
document.body.append(...suspectsBlock(pack, report, lang));
`;

describe.skipIf(!hasChromium)('a waived rule in the pane, in Chromium', () => {
  let browser: Browser;
  let script: string;
  let css: string;
  beforeAll(async () => {
    const stdin = { contents: PAGE, resolveDir: join(ROOT, 'tests', 'e2e'), loader: 'ts' as const };
    const out = await build({ stdin, bundle: true, write: false, format: 'iife', logLevel: 'silent' });
    [browser, script, css] = await Promise.all([
      launchChromium(),
      out.outputFiles[0]!.text,
      readFile(join(ROOT, 'taskpane', 'taskpane.css'), 'utf8'),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [lang, line, beside] of [
    ['vi', 'bỏ qua quy tắc dong (để quy tắc này sai)', 'Có thể sửa: bỏ qua quy tắc dong (để quy tắc này sai)'],
    ['en', 'leave rule dong failing', 'Likely fix: leave rule dong failing'],
  ] as const) {
    it(`names the rule left failing under the cell to change, and beside its finding (${lang})`, async () => {
      const { page, errors } = await panePage(browser);
      await page.setContent(`<html lang="${lang}"><head><style>${css}</style></head><body></body></html>`);
      await page.addScriptTag({ content: script });
      const way = page.locator('.group.suspects .way li');
      expect(await way.evaluateAll((els) => els.map((e) => e.className))).toEqual(['', 'waived']);
      expect(await page.locator('.group.suspects li.waived').textContent()).toBe(line);
      expect(await page.locator('.finding[data-rule="dong"] .fix').textContent()).toBe(beside);
      expect(await page.locator('.finding[data-rule="tong"] .fix').textContent()).toMatch(/: C4 → 41$/);
      await screenshot(page, `suspects-waived-${lang}.png`);
      expect(errors).toEqual([]);
    });
  }
});
