/**
 * One Chromium and the built pane served for the tests of a describe block (its beforeAll and afterAll), and the
 * pane opened in a new page: without Excel, or in the simulated Excel. Call it inside the describe.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { openInExcel } from '../e2e/excelHost.js';
import { launchChromium, OFFICE_JS, panePage, serveBuiltPane, type Served } from '../e2e/helpers.js';
import { buildOfficeSim } from '../e2e/officeSim/build.js';

export interface OpenedPage {
  page: Page;
  /** Uncaught page errors. */
  errors: string[];
}

export interface PaneInChromium {
  readonly browser: Browser;
  readonly served: Served;
  /** The office.js simulator script, built when `excel` was asked for. */
  readonly simJs: string;
  /** The page without Excel: office.js unreachable, or `officeJs` served in its place. */
  standalone(officeJs?: string): Promise<OpenedPage>;
  /** The pane in the simulated Excel, its display language `displayLanguage`. */
  excel(displayLanguage?: string): Promise<OpenedPage>;
}

export function paneInChromium(options: { excel?: boolean } = {}): PaneInChromium {
  const held: { browser?: Browser; served?: Served; simJs?: string } = {};
  beforeAll(async () => {
    [held.served, held.browser, held.simJs] = await Promise.all([
      serveBuiltPane(),
      launchChromium(),
      options.excel ? buildOfficeSim() : undefined,
    ]);
  });
  afterAll(async () => {
    await held.browser?.close();
    await held.served?.close();
  });
  const got = <K extends keyof typeof held>(key: K): NonNullable<(typeof held)[K]> => {
    const value = held[key];
    if (value === undefined) throw new Error(`paneInChromium: no ${key} (before beforeAll, or excel not asked for)`);
    return value as NonNullable<(typeof held)[K]>;
  };
  return {
    get browser() {
      return got('browser');
    },
    get served() {
      return got('served');
    },
    get simJs() {
      return got('simJs');
    },
    async standalone(officeJs) {
      const opened = await panePage(got('browser'));
      await opened.page.route(OFFICE_JS, (route) =>
        officeJs === undefined
          ? route.abort('namenotresolved')
          : route.fulfill({ contentType: 'text/javascript', body: officeJs }),
      );
      await opened.page.goto(got('served').url);
      await opened.page.waitForSelector('body[data-ready="standalone"]');
      return opened;
    },
    excel: (displayLanguage) => openInExcel(got('browser'), got('served').url, got('simJs'), displayLanguage),
  };
}
