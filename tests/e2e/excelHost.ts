/** The pane opened in Chromium with the simulated Excel standing in for office.js. */
import type { Browser, Page } from 'playwright-core';
import type { SimGlobals } from './officeSim/index.js';
import { OFFICE_JS, panePage } from './helpers.js';

export type Sim = SimGlobals['__excelSim'];

export async function openInExcel(
  browser: Browser,
  url: string,
  simJs: string,
  displayLanguage = 'vi-VN',
): Promise<{ page: Page; errors: string[] }> {
  const opened = await panePage(browser);
  await opened.page.route(OFFICE_JS, (route) => route.fulfill({ contentType: 'application/javascript', body: simJs }));
  await opened.page.addInitScript(
    (lang) => Object.assign(globalThis, { __excelSimOptions: { displayLanguage: lang } }),
    displayLanguage,
  );
  await opened.page.goto(url);
  await opened.page.waitForSelector('body[data-ready="excel"]');
  return opened;
}

/** Runs a function on the simulator's test handle inside the page. */
export function sim<T, A = undefined>(page: Page, fn: (sim: Sim, arg: A) => T | Promise<T>, arg?: A): Promise<T> {
  return page.evaluate(
    async ({ source, arg }) => {
      const handle = (globalThis as unknown as SimGlobals).__excelSim;
      return new Function('sim', 'arg', `return (${source})(sim, arg);`)(handle, arg);
    },
    { source: fn.toString(), arg },
  ) as Promise<T>;
}

/** Clicks a pane button and waits until the pane is idle again. */
export async function press(page: Page, id: string): Promise<void> {
  await page.click(`#${id}`);
  await page.waitForFunction(
    "document.getElementById('progress').hidden === true && document.body.dataset.suspects !== 'pending'",
  );
}
