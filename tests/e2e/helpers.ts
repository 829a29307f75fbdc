/** The built pane served on localhost, and Debian's Chromium driven by playwright-core. */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildWeb, type WebBuild } from '../../scripts/build-web.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const SHOTS = join(ROOT, 'test-output', 'screenshots');

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
};

export interface Served {
  build: WebBuild;
  url: string;
  close: () => Promise<void>;
}

/** Builds the pane into a temporary folder and serves it, as `npm start` does, over plain http. */
export async function serveBuiltPane(): Promise<Served> {
  const dir = await mkdtemp(join(tmpdir(), 'kiembieu-web-'));
  const build = await buildWeb(join(dir, 'dist-web'));
  const server = createServer(async (req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'http://x').pathname);
    try {
      const body = await readFile(join(build.outDir, decodeURIComponent(path)));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    build,
    url: `http://127.0.0.1:${port}/taskpane.html`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A page the width of an Excel task pane; uncaught page errors fail the test that reads them. */
export async function panePage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}

/** The whole page, or with `fullPage` false what the window shows. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  await mkdir(SHOTS, { recursive: true });
  const path = join(SHOTS, name);
  await page.screenshot({ path, fullPage });
  return path;
}

export async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: new Uint8Array(await readFile(path)) };
}

/** Each suspect cell of the "Có thể sai" block as "sheet!address: value → suggestion". */
export const suspectLines = (page: Page): Promise<string[]> =>
  page
    .locator('.suspect')
    .evaluateAll((els) =>
      els.map(
        (e) =>
          `${e.getAttribute('data-cell')}: ${e.querySelector('.value')!.textContent} → ` +
          e.querySelector('.suggested')!.textContent,
      ),
    );
