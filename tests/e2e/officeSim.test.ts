/**
 * The office.js simulator (tests/e2e/officeSim/) in a real Chromium: the proxy rules of the Office
 * JavaScript API (nothing readable before load + sync), batch errors with Excel's codes, sheets
 * inserted from the real template, sheet protection, events, cell properties, and getFileAsync handing
 * out an xlsx that exceljs reads back in Node. The template is read in Node with exceljs as the oracle.
 */
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultPackDir } from '../../src/node/defaultPackDir.js';
import { loadPackDir } from '../../src/node/loadPackDir.js';
import { writeTemplate } from '../../src/xlsx/writeTemplate.js';
import { buildOfficeSim } from './officeSim/build.js';
import type { SimGlobals } from './officeSim/index.js';
import { hasChromium, launchChromium, OFFICE_JS } from './helpers.js';

/** Helpers defined in the page: an operation's error as plain data (null when it did not fail). */
const HELPERS = `
  globalThis.__failure = async (operation) => {
    try { await operation(); return null; }
    catch (e) { return { code: e.code, message: e.message, name: e.name, isOfficeError: e instanceof OfficeExtension.Error }; }
  };`;
interface Failure {
  code: string;
  message: string;
  name: string;
  isOfficeError: boolean;
}
type PageGlobals = SimGlobals & { __failure(operation: () => unknown): Promise<Failure | null> };

/** What the template file holds, read with exceljs in Node. */
interface TemplateFacts {
  base64: string;
  visibleSheets: string[];
  veryHidden: string[];
  names: string[];
  first: string;
  /** An unlocked (input) cell of the first sheet, its number format and fill. */
  input: { address: string; numFmt: string; fill: string };
  /** A locked cell with a text value on the first sheet. */
  locked: { address: string; value: string };
}

async function templateFacts(): Promise<TemplateFacts> {
  const bytes = await writeTemplate((await loadPackDir(defaultPackDir)).pack);
  const workbook = await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets = workbook.worksheets;
  const first = sheets[0]!;
  let input: TemplateFacts['input'] | undefined;
  let locked: TemplateFacts['locked'] | undefined;
  first.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (!input && cell.protection?.locked === false) {
        const fill = cell.fill as ExcelJS.FillPattern;
        input = { address: cell.address, numFmt: cell.numFmt, fill: `#${fill.fgColor!.argb!.slice(2)}` };
      }
      if (!locked && input && cell.protection?.locked !== false && typeof cell.value === 'string' && !cell.isMerged) {
        locked = { address: cell.address, value: cell.value };
      }
    }),
  );
  return {
    base64: Buffer.from(bytes).toString('base64'),
    visibleSheets: sheets.filter((s) => s.state === 'visible').map((s) => s.name),
    veryHidden: sheets.filter((s) => s.state === 'veryHidden').map((s) => s.name),
    names: (workbook.definedNames.model as { name: string }[]).map((n) => n.name),
    first: first.name,
    input: input!,
    locked: locked!,
  };
}

describe.skipIf(!hasChromium)('office.js simulator in Chromium (skipped: no /usr/bin/chromium)', () => {
  let browser: Browser;
  let simJs: string;
  let template: TemplateFacts;
  let page: Page;

  beforeAll(async () => {
    [simJs, template, browser] = await Promise.all([buildOfficeSim(), templateFacts(), launchChromium()]);
    // The oracle found what the tests lean on.
    expect(template.veryHidden.length).toBeGreaterThan(0);
    expect(template.names.length).toBeGreaterThan(0);
    expect(template.input.numFmt).not.toBe('');
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage();
    await page.goto('about:blank');
    await page.addScriptTag({ content: simJs });
    await page.addScriptTag({ content: HELPERS });
  });
  afterEach(async () => {
    await page?.close();
  });

  it('sets up the globals the task pane uses', async () => {
    const r = await page.evaluate(async () => {
      const { Office, Excel } = globalThis as unknown as PageGlobals;
      let called: unknown = null;
      const info = await Office.onReady((i) => (called = i));
      return {
        info,
        called,
        lang: Office.context.displayLanguage,
        supported: Office.context.requirements.isSetSupported('ExcelApi', '1.13'),
        tooNew: Office.context.requirements.isSetSupported('ExcelApi', '1.99'),
        enums: [
          Office.HostType.Excel,
          Office.FileType.Compressed,
          Office.AsyncResultStatus.Succeeded,
          Office.AsyncResultStatus.Failed,
        ],
        run: typeof Excel.run,
      };
    });
    expect(r).toEqual({
      info: { host: 'Excel', platform: 'OfficeOnline' },
      called: { host: 'Excel', platform: 'OfficeOnline' },
      lang: 'vi-VN',
      supported: true,
      tooNew: false,
      enums: ['Excel', 'compressed', 'succeeded', 'failed'],
      run: 'function',
    });
  });

  it('served at the office.js URL by page.route, a page loading it by <script src> gets the globals and __excelSimOptions', async () => {
    const other = await browser.newPage();
    await other.route(OFFICE_JS, (route) => route.fulfill({ contentType: 'application/javascript', body: simJs }));
    await other.addInitScript(() => {
      (globalThis as { __excelSimOptions?: object }).__excelSimOptions = { displayLanguage: 'en-US' };
    });
    const taskpane = 'https://localhost.invalid/taskpane.html';
    await other.route(taskpane, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><script src="${OFFICE_JS}"></script>` }),
    );
    await other.goto(taskpane);
    const r = await other.evaluate(async () => {
      const { Office, Excel } = globalThis as unknown as PageGlobals;
      await Office.onReady();
      const name = await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet().load('name');
        await context.sync();
        return sheet.name;
      });
      return { lang: Office.context.displayLanguage, name };
    });
    expect(r).toEqual({ lang: 'en-US', name: 'Sheet1' });
    await other.close();
  });

  it('a property read before load + sync throws PropertyNotLoaded; loads are snapshots taken at the sync', async () => {
    const r = await page.evaluate(async () => {
      const { Excel, __failure } = globalThis as unknown as PageGlobals;
      return Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        const neverLoaded = await __failure(() => sheet.name);
        sheet.load('name');
        const loadedNotSynced = await __failure(() => sheet.name);
        const isNullBeforeSync = await __failure(() => sheet.isNullObject);
        const count = context.workbook.worksheets.getCount();
        const resultBeforeSync = await __failure(() => count.value);
        const range = sheet.getRange('B7');
        range.values = [[1]];
        range.load('values');
        range.values = [[2]]; // queued after the load: not in its snapshot
        const other = sheet.getRange('C7');
        await context.sync();
        const snapshot = range.values;
        const otherNotLoaded = await __failure(() => other.values);
        const notAskedFor = await __failure(() => range.numberFormat);
        range.load('values, address');
        await context.sync();
        return {
          neverLoaded,
          loadedNotSynced,
          isNullBeforeSync,
          resultBeforeSync,
          name: sheet.name,
          isNull: sheet.isNullObject,
          count: count.value,
          snapshot,
          otherNotLoaded,
          notAskedFor,
          reloaded: range.values,
          address: range.address,
        };
      });
    });
    for (const failure of [r.neverLoaded, r.loadedNotSynced]) {
      expect(failure).toMatchObject({ code: 'PropertyNotLoaded', isOfficeError: true });
      expect(failure!.message).toContain("'name'");
    }
    expect(r.isNullBeforeSync?.code).toBe('PropertyNotLoaded');
    expect(r.resultBeforeSync?.code).toBe('PropertyNotLoaded');
    expect(r.otherNotLoaded?.code).toBe('PropertyNotLoaded');
    expect(r.notAskedFor?.code).toBe('PropertyNotLoaded');
    expect(r.notAskedFor?.message).toContain('numberFormat');
    expect(r).toMatchObject({
      name: 'Sheet1',
      isNull: false,
      count: 1,
      snapshot: [[1]],
      reloaded: [[2]],
      address: 'Sheet1!B7',
    });
  });

  it('counts each context.sync() once', async () => {
    const r = await page.evaluate(async () => {
      const { Excel, __excelSim } = globalThis as unknown as PageGlobals;
      const start = __excelSim.syncCount();
      await Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
        range.load('values');
        await context.sync();
        await context.sync();
        range.values = [[3]];
        await context.sync();
      });
      const afterThree = __excelSim.syncCount();
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A2').values = [[4]];
      }); // left queued: Excel.run syncs it
      return {
        three: afterThree - start,
        flush: __excelSim.syncCount() - afterThree,
        a2: __excelSim.cell('Sheet1', 'A2').value,
      };
    });
    expect(r).toEqual({ three: 3, flush: 1, a2: 4 });
  });

  it('a missing sheet fails the sync with ItemNotFound; OrNullObject gives a null object; names are unique', async () => {
    const r = await page.evaluate(async () => {
      const { Excel, __failure } = globalThis as unknown as PageGlobals;
      return Excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        const before = sheets.getItem('Sheet1').getRange('A1');
        before.values = [['written before the failure']];
        sheets.getItem('Không có');
        const missing = await __failure(() => context.sync());
        const none = sheets.getItemOrNullObject('Không có');
        const some = sheets.getItemOrNullObject('sheet1'); // any case
        some.load('name');
        await context.sync();
        sheets.add('SHEET1');
        const duplicate = await __failure(() => context.sync());
        const added = sheets.add('Biểu 1');
        added.getRange('B7:D9').load('address');
        const range = added.getRange('B7:D9').load('address');
        sheets.load('items/name,items/visibility');
        await context.sync();
        before.load('values');
        await context.sync();
        return {
          missing,
          noneIsNull: none.isNullObject,
          someIsNull: some.isNullObject,
          someName: some.name,
          duplicate,
          address: range.address,
          items: sheets.items.map((s) => [s.name, s.visibility]),
          before: before.values,
        };
      });
    });
    expect(r.missing).toMatchObject({ code: 'ItemNotFound', isOfficeError: true, name: 'RichApi.Error' });
    expect(r.missing!.message).toContain('Không có');
    expect(r.duplicate?.code).toBe('ItemAlreadyExists');
    expect(r).toMatchObject({
      noneIsNull: true,
      someIsNull: false,
      someName: 'Sheet1',
      address: "'Biểu 1'!B7:D9",
      items: [
        ['Sheet1', 'Visible'],
        ['Biểu 1', 'Visible'],
      ],
      before: [['written before the failure']],
    });
  });

  it('insertWorksheetsFromBase64: the template sheets with their values, formats and protection, no names, no very hidden sheet; a second insert is refused', async () => {
    const r = await page.evaluate(
      async ({ base64, first, input, locked }) => {
        const { Excel, __excelSim, __failure } = globalThis as unknown as PageGlobals;
        return Excel.run(async (context) => {
          const ids = context.workbook.insertWorksheetsFromBase64(base64);
          await context.sync();
          const sheet = context.workbook.worksheets.getItem(first);
          sheet.load('id');
          sheet.protection.load('protected');
          const inputCell = sheet.getRange(input).load('values, numberFormat, valueTypes');
          inputCell.format.fill.load('color');
          const lockedCell = sheet.getRange(locked).load('values');
          const names = context.workbook.names.load('items/name');
          await context.sync();
          const sheetsAfterFirst = __excelSim.sheets();
          context.workbook.insertWorksheetsFromBase64(base64);
          const again = await __failure(() => context.sync());
          return {
            ids: ids.value,
            firstId: sheet.id,
            protected: sheet.protection.protected,
            input: {
              values: inputCell.values,
              numberFormat: inputCell.numberFormat,
              valueTypes: inputCell.valueTypes,
              fill: inputCell.format.fill.color,
            },
            locked: lockedCell.values,
            apiNames: names.items.map((n) => n.name),
            simNames: __excelSim.names(),
            sheetsAfterFirst,
            again,
            sheetsAfterAgain: __excelSim.sheets().length,
          };
        });
      },
      {
        base64: template.base64,
        first: template.first,
        input: template.input.address,
        locked: template.locked.address,
      },
    );
    expect(r.ids).toHaveLength(template.visibleSheets.length);
    expect(r.ids[0]).toBe(r.firstId);
    expect(r.sheetsAfterFirst.map((s) => s.name)).toEqual(['Sheet1', ...template.visibleSheets]);
    expect(r.sheetsAfterFirst.slice(1).every((s) => s.protected && s.visibility === 'Visible')).toBe(true);
    for (const hidden of template.veryHidden) expect(r.sheetsAfterFirst.map((s) => s.name)).not.toContain(hidden);
    expect(r.protected).toBe(true);
    expect(r.input).toEqual({
      values: [['']],
      numberFormat: [[template.input.numFmt]],
      valueTypes: [['Empty']],
      fill: template.input.fill,
    });
    expect(r.locked).toEqual([[template.locked.value]]);
    expect(r.apiNames).toEqual([]);
    expect(r.simNames).toEqual({});
    expect(r.again?.code).toBe('InvalidArgument');
    expect(r.again?.message).toContain(template.visibleSheets[0]);
    expect(r.sheetsAfterAgain).toBe(1 + template.visibleSheets.length);
  });

  it('a protected sheet: locked cells refuse typing and API writes, input cells take them and fire onChanged; fills need allowFormatCells', async () => {
    const r = await page.evaluate(
      async ({ base64, first, input, locked }) => {
        const { Excel, __excelSim, __failure } = globalThis as unknown as PageGlobals;
        await __excelSim.open(base64);
        const events: Record<string, unknown>[] = [];
        const registration = await Excel.run(async (context) => {
          const result = context.workbook.worksheets.onChanged.add(async (args) => {
            events.push({ ...args, getRange: undefined, getRangeOrNullObject: undefined });
          });
          await context.sync();
          return result;
        });
        const handlers = __excelSim.handlerCount();
        const typedLocked = await __failure(() => __excelSim.type(first, locked, 'đổi'));
        const lockedAfter = __excelSim.cell(first, locked).value;
        __excelSim.type(first, input, 1908);
        const eventsRightAfterTyping = events.length;
        await new Promise((resolve) => setTimeout(resolve, 20));
        const typedEvents = [...events];
        const api = await Excel.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem(first);
          sheet.load('id');
          sheet.getRange(locked).values = [['đổi']];
          const lockedWrite = await __failure(() => context.sync());
          const loadInFailedSync = await __failure(() => sheet.id); // a failed sync fills no load
          sheet.getRange(input).values = [[27023]];
          sheet.getRange(input).format.fill.color = '#FF0000';
          sheet.load('id');
          await context.sync();
          return { id: sheet.id, lockedWrite, loadInFailedSync };
        });
        await new Promise((resolve) => setTimeout(resolve, 20));
        const apiEvents = events.slice(typedEvents.length);
        await Excel.run(registration.context, async (context) => {
          registration.remove();
          await context.sync();
        });
        __excelSim.type(first, input, 5);
        await new Promise((resolve) => setTimeout(resolve, 20));
        __excelSim.protect(first, { allowFormatCells: false });
        const fillRefused = await __failure(() =>
          Excel.run(async (context) => {
            context.workbook.worksheets.getItem(first).getRange(input).format.fill.color = '#00FF00';
            await context.sync();
          }),
        );
        return {
          handlers,
          typedLocked,
          lockedAfter,
          eventsRightAfterTyping,
          typedEvents,
          api,
          apiEvents,
          handlersAfterRemove: __excelSim.handlerCount(),
          eventsAfterRemove: events.length - typedEvents.length - apiEvents.length,
          inputNow: __excelSim.cell(first, input),
          fillRefused,
        };
      },
      {
        base64: template.base64,
        first: template.first,
        input: template.input.address,
        locked: template.locked.address,
      },
    );
    expect(r.handlers).toBe(1);
    expect(r.typedLocked?.code).toBe('AccessDenied');
    expect(r.lockedAfter).toBe(template.locked.value);
    expect(r.eventsRightAfterTyping).toBe(0); // handlers run later, as Excel's do
    expect(r.typedEvents).toEqual([
      expect.objectContaining({
        type: 'WorksheetChanged',
        worksheetId: r.api.id,
        address: template.input.address,
        source: 'Local',
        changeType: 'RangeEdited',
      }),
    ]);
    expect(r.api.lockedWrite?.code).toBe('AccessDenied');
    expect(r.api.loadInFailedSync?.code).toBe('PropertyNotLoaded');
    expect(r.apiEvents).toEqual([
      expect.objectContaining({ address: template.input.address, triggerSource: 'ThisLocalAddin' }),
    ]);
    expect(r.handlersAfterRemove).toBe(0);
    expect(r.eventsAfterRemove).toBe(0);
    expect(r.inputNow).toMatchObject({ value: 5, fill: '#FF0000', numberFormat: template.input.numFmt, locked: false });
    expect(r.fillRefused?.code).toBe('AccessDenied');
  });

  it('getCellProperties / setCellProperties round-trip a fill; format.fill.color is null for mixed fills', async () => {
    const r = await page.evaluate(async () => {
      const { Excel, __excelSim } = globalThis as unknown as PageGlobals;
      __excelSim.setFill('Sheet1', 'C2', '#00B050');
      return Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Sheet1').getRange('B2:C2');
        const before = range.getCellProperties({ format: { fill: { color: true, pattern: true } } });
        await context.sync();
        range.setCellProperties([
          [{ format: { fill: { color: '#ff0000' } } }, { format: { fill: { pattern: 'None' } } }],
        ]);
        const after = range.getCellProperties({ format: { fill: { color: true, pattern: true } } });
        range.format.fill.load('color');
        const b2 = range.getCell(0, 0);
        b2.format.fill.load('color');
        await context.sync();
        return {
          before: before.value,
          after: after.value,
          mixed: range.format.fill.color,
          b2: b2.format.fill.color,
          sim: [__excelSim.cell('Sheet1', 'B2').fill, __excelSim.cell('Sheet1', 'C2').fill],
        };
      });
    });
    const fill = (color: string, pattern: string) => ({ format: { fill: { color, pattern } } });
    expect(r.before).toEqual([[fill('#FFFFFF', 'None'), fill('#00B050', 'Solid')]]);
    expect(r.after).toEqual([[fill('#FF0000', 'Solid'), fill('#FFFFFF', 'None')]]);
    expect(r.mixed).toBeNull();
    expect(r.b2).toBe('#FF0000');
    expect(r.sim).toEqual(['#FF0000', null]);
  });

  it('select() and getRanges(): the selection, fills on several areas, sheet-qualified addresses', async () => {
    const r = await page.evaluate(async () => {
      const { Excel, __excelSim } = globalThis as unknown as PageGlobals;
      return Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.add('Biểu 3a');
        sheet.getRange('B7:D9').select();
        await context.sync();
        const single = __excelSim.selection();
        const areas = sheet.getRanges('B7, D9:D10');
        areas.format.fill.color = 'yellow';
        areas.select();
        areas.load('address, areaCount');
        const selected = context.workbook.getSelectedRanges().load('address');
        await context.sync();
        return {
          single,
          multi: __excelSim.selection(),
          address: areas.address,
          count: areas.areaCount,
          selected: selected.address,
          d10: __excelSim.cell('Biểu 3a', 'D10').fill,
          c7: __excelSim.cell('Biểu 3a', 'C7').fill,
        };
      });
    });
    expect(r).toEqual({
      single: { sheet: 'Biểu 3a', address: 'B7:D9' },
      multi: { sheet: 'Biểu 3a', address: 'B7, D9:D10' },
      address: "'Biểu 3a'!B7, 'Biểu 3a'!D9:D10",
      count: 2,
      selected: "'Biểu 3a'!B7, 'Biểu 3a'!D9:D10",
      d10: '#FFFF00',
      c7: null,
    });
  });

  it('names: add for a range or a reference, list, refuse a duplicate; a deleted sheet turns its names into #REF!', async () => {
    const r = await page.evaluate(async () => {
      const { Excel, __excelSim, __failure } = globalThis as unknown as PageGlobals;
      return Excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.add('Biểu 1');
        await context.sync();
        context.workbook.names.add('KB_SHEET_B1', "='Biểu 1'!$A$1");
        context.workbook.names.add('TOTAL', sheets.getItem('Sheet1').getRange('C7:D8'), 'tổng');
        const names = context.workbook.names.load('items/name,items/type,items/value');
        await context.sync();
        const listed = names.items.map((n) => [n.name, n.type, n.value]);
        context.workbook.names.add('kb_sheet_b1', "='Biểu 1'!$A$2");
        const duplicate = await __failure(() => context.sync());
        const target = context.workbook.names.getItemOrNullObject('KB_SHEET_B1').getRange().load('address');
        await context.sync();
        sheets.getItem('Biểu 1').delete();
        const broken = context.workbook.names.getItem('KB_SHEET_B1').load('type, value');
        await context.sync();
        return {
          listed,
          duplicate,
          target: target.address,
          sim: __excelSim.names(),
          broken: [broken.type, broken.value],
        };
      });
    });
    expect(r.listed).toEqual([
      ['KB_SHEET_B1', 'Range', "'Biểu 1'!$A$1"],
      ['TOTAL', 'Range', 'Sheet1!$C$7:$D$8'],
    ]);
    expect(r.duplicate?.code).toBe('ItemAlreadyExists');
    expect(r.target).toBe("'Biểu 1'!A1");
    expect(r.broken).toEqual(['Error', '#REF!']);
    expect(r.sim).toEqual({ KB_SHEET_B1: '#REF!', TOTAL: 'Sheet1!$C$7:$D$8' });
  });

  it('reads empty, error and percent cells as Excel gives them', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Biểu 2');
    sheet.getCell('B2').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
    sheet.getCell('C2').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
    Object.assign(sheet.getCell('D2'), { value: 0.4834, numFmt: '0.00%' });
    sheet.getCell('E2').value = '1.908';
    const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const r = await page.evaluate(async (file) => {
      const { Excel, __excelSim } = globalThis as unknown as PageGlobals;
      await __excelSim.open(file);
      return Excel.run(async (context) => {
        const range = context.workbook.worksheets
          .getItem('Biểu 2')
          .getRange('A2:E2')
          .load('values, valueTypes, numberFormat');
        await context.sync();
        return {
          values: range.values,
          valueTypes: range.valueTypes,
          numberFormat: range.numberFormat,
          sheets: __excelSim.sheets().map((s) => s.name),
        };
      });
    }, base64);
    expect(r).toEqual({
      values: [['', '#REF!', '#DIV/0!', 0.4834, '1.908']],
      valueTypes: [['Empty', 'Error', 'Error', 'Double', 'String']],
      numberFormat: [['General', 'General', 'General', '0.00%', 'General']],
      sheets: ['Biểu 2'],
    });
  });

  it('getFileAsync hands out an xlsx that exceljs reads back: the typed value, the very hidden sheet, the names, fills and protection', async () => {
    const r = await page.evaluate(
      async ({ base64, first, input }) => {
        const { Office, __excelSim } = globalThis as unknown as PageGlobals;
        await __excelSim.open(base64);
        const opened = { sheets: __excelSim.sheets(), names: __excelSim.names() };
        __excelSim.type(first, input, 27023);
        const file = await new Promise<{
          size: number;
          sliceCount: number;
          getSliceAsync: Function;
          closeAsync: Function;
        }>((resolve, reject) =>
          Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: 4096 }, (result) =>
            result.status === 'succeeded' ? resolve(result.value) : reject(new Error(result.error?.message)),
          ),
        );
        __excelSim.type(first, input, 1); // after the call: not in the file
        const bytes: number[] = [];
        for (let i = 0; i < file.sliceCount; i++) {
          const slice = await new Promise<{ data: number[]; index: number; size: number }>((resolve) =>
            file.getSliceAsync(i, (result: { value: { data: number[]; index: number; size: number } }) =>
              resolve(result.value),
            ),
          );
          if (slice.index !== i || slice.size !== slice.data.length) throw new Error(`slice ${i} is wrong`);
          bytes.push(...slice.data);
        }
        await new Promise((resolve) => file.closeAsync(resolve));
        return { opened, size: file.size, sliceCount: file.sliceCount, bytes };
      },
      { base64: template.base64, first: template.first, input: template.input.address },
    );
    expect(r.opened.sheets.filter((s) => s.visibility === 'VeryHidden').map((s) => s.name)).toEqual(
      template.veryHidden,
    );
    expect(Object.keys(r.opened.names).sort()).toEqual([...template.names].sort());
    expect(r.sliceCount).toBeGreaterThan(1);
    expect(r.bytes).toHaveLength(r.size);
    const workbook = await new ExcelJS.Workbook().xlsx.load(Buffer.from(r.bytes) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(template.first)!;
    expect(sheet.getCell(template.input.address).value).toBe(27023);
    expect(sheet.getCell(template.input.address).numFmt).toBe(template.input.numFmt);
    expect((sheet.getCell(template.input.address).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(
      `FF${template.input.fill.slice(1)}`,
    );
    expect(sheet.getCell(template.input.address).protection?.locked).toBe(false);
    expect(sheet.getCell(template.locked.address).value).toBe(template.locked.value);
    expect((sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    expect(workbook.worksheets.filter((s) => s.state === 'veryHidden').map((s) => s.name)).toEqual(template.veryHidden);
    expect(workbook.worksheets.filter((s) => s.state === 'visible').map((s) => s.name)).toEqual(template.visibleSheets);
    const names = workbook.definedNames.model as { name: string; ranges: string[] }[];
    expect(names.map((n) => n.name).sort()).toEqual([...template.names].sort());
    const opened = r.opened.names as Record<string, string>;
    // exceljs quotes every sheet name in a name's range; Excel quotes only where needed.
    const unquoted = (reference: string | undefined) => reference?.replaceAll("'", '');
    for (const { name, ranges } of names) expect(ranges.map(unquoted)).toEqual([unquoted(opened[name])]);
  });
});
