/** The pane inside Excel: every action goes through src/office, one at a time. */
import type { CompiledPack, Finding, Lang } from '../../src/engine/index.js';
import { checkInExcel, type ExcelCheck } from '../../src/office/checkInExcel.js';
import { documentBytes } from '../../src/office/documentBytes.js';
import { exportChecked } from '../../src/office/exportChecked.js';
import type { Originals } from '../../src/office/highlightPlan.js';
import { insertTemplate, type TemplateFile } from '../../src/office/insertTemplate.js';
import { selectCells } from '../../src/office/selectCells.js';
import { watchInputs, type Stop } from '../../src/office/watchInputs.js';
import { download } from './download.js';
import { $, type View } from './view.js';

/** Typing pauses this long before the workbook is checked again. */
const LIVE_DELAY_MS = 600;

export function excelMode(view: View, pack: CompiledPack): void {
  $('excel').hidden = false;
  let originals: Originals = new Map();
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>) => (chain = chain.then(task, task)) as Promise<T>;
  const pick = (f: Finding) => void serial(() => selectCells(f.cells).catch((e) => view.error(e)));

  const show = (result: ExcelCheck | undefined) => {
    if (!result) return;
    originals = result.originals;
    view.showReport(result.report, pick);
    const notice = result.notice;
    view.status(notice && (() => notice.text[view.lang]), 'note');
  };

  $('check').addEventListener('click', () => serial(async () => show(await view.busy((s) => s.checking, () => checkInExcel(pack, originals)))));

  $('clear').addEventListener('click', () =>
    serial(async () => {
      const result = await view.busy((s) => s.checking, () => checkInExcel(pack, originals, false));
      if (!result) return;
      originals = result.originals;
      view.status((s) => s.cleared);
    }),
  );

  $('insert').addEventListener('click', () =>
    serial(() =>
      view.busy(
        (s) => s.inserting,
        async () => {
          await insertTemplate(await fetchTemplate(pack, view.lang));
          view.status((s) => s.inserted);
        },
      ),
    ),
  );

  $('export').addEventListener('click', () =>
    serial(() =>
      view.busy(
        (s) => s.exporting,
        async () => {
          const report = await exportChecked(pack, view.lang, new Date().toISOString());
          view.showReport(report, pick);
          download(await documentBytes(), view.lang === 'vi' ? 'bieu-da-kiem.xlsx' : 'checked-workbook.xlsx');
          view.status((s) => s.exported);
        },
      ),
    ),
  );

  let stop: Stop | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const quietCheck = () => serial(async () => show(await checkInExcel(pack, originals).catch((e) => void view.error(e))));
  const live = $<HTMLInputElement>('live');
  live.addEventListener('change', async () => {
    clearTimeout(timer);
    try {
      if (live.checked) {
        stop = await watchInputs(() => {
          clearTimeout(timer);
          timer = setTimeout(quietCheck, LIVE_DELAY_MS);
        });
        view.status((s) => s.liveOn);
        quietCheck();
      } else {
        await stop?.();
        stop = undefined;
      }
    } catch (e) {
      live.checked = !!stop;
      view.error(e);
    }
  });
}

async function fetchTemplate(pack: CompiledPack, lang: Lang): Promise<TemplateFile> {
  const url = new URL(`templates/${pack.pack.id}-${pack.pack.version}.${lang}.json`, location.href);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return (await response.json()) as TemplateFile;
}
