/**
 * The page without Excel: check one workbook, or a supervisor's batch of them, in the browser; download
 * a checked copy, the batch report (xlsx or HTML) and the consolidated workbook. Files are read one at a
 * time, by the engine's batch runner, as on the command line.
 */
import {
  checkScreenedBatch,
  consolidateBatch,
  errorText,
  htmlReport,
  type BatchEntry,
  type CompiledPack,
  type RawWorkbook,
} from '../../src/engine/index.js';
import { localisingEach } from './batchSuspects.js';
import { download } from './download.js';
import { explainOpened, previousInPage, screenOpened } from './standaloneExplanations.js';
import { browserFiles, bytesOf, StandalonePage } from './standalonePage.js';
import { StandaloneReport } from './standaloneReport.js';
import { keepingRead, suspectsLater, suspectsSettled } from './standaloneSuspects.js';
import { $, type View } from './view.js';

export function standaloneMode(view: View, pack: CompiledPack): void {
  $('standalone').hidden = false;
  const page = new StandalonePage(view, pack);
  const report = new StandaloneReport(page);
  page.setOpened(undefined);
  templateLink(page);
  filePicker(page, report);
  dropZone(page, report);
  exportButton(page);
  consolidateButton(page);
  reportButton(page, 'batch-report', 'xlsx');
  reportButton(page, 'batch-report-html', 'html');
  unitNavigation(page);
  previousInPage(page);
}

function templateLink({ view, pack }: StandalonePage): void {
  const template = $<HTMLAnchorElement>('template');
  const href = () => {
    template.href = `templates/${pack.pack.id}-${pack.pack.version}.${view.lang}.xlsx`;
    template.download = `${pack.pack.id}-${pack.pack.version}.xlsx`;
  };
  href();
  template.addEventListener('click', href);
}

function filePicker(page: StandalonePage, report: StandaloneReport): void {
  const input = $<HTMLInputElement>('file');
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    if (files.length) void open(page, report, files);
    input.value = '';
  });
}

function dropZone(page: StandalonePage, report: StandaloneReport): void {
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length) void open(page, report, files);
  });
}

/** A report (.docx, .txt, .md) among the files is kept; the workbooks are opened, then the report cross-checked. */
async function open(page: StandalonePage, report: StandaloneReport, all: File[]) {
  const files = await report.take(all);
  if (!files) return;
  if (files.length) await openWorkbooks(page, files);
  await report.check();
}

/** One file is checked and shown; several are a batch, listed worst first. */
function openWorkbooks(page: StandalonePage, files: File[]) {
  const { view, pack } = page;
  const n = files.length;
  const reading = (i: number) =>
    n === 1 ? view.t.readingFile(files[i]!.name) : view.t.readingBatch(i + 1, n, files[i]!.name);
  return view.busy(
    () => reading(0),
    async () => {
      page.setOpened(undefined);
      page.setBatch(undefined);
      view.explain = undefined;
      view.showReport(undefined);
      view.status(undefined);
      const [one, each] = [keepingRead(), localisingEach()];
      const progress = (done: number) => (done < n ? view.step(() => reading(done), done, n) : undefined);
      const source = n === 1 ? one.source : each.source;
      const entries = await checkScreenedBatch(pack, files, source, progress, undefined, { suspects: false });
      if (n === 1) return showOne(page, files[0]!, entries[0]!, one.last());
      await view.step((s) => s.localisingBatch);
      const localised = await each.attached(files, entries);
      page.setBatch({ files, entries: localised.entries });
      const failed = localised.failed === undefined ? undefined : errorText(localised.failed);
      view.status((s, lang) => s.batchFiles(n) + (failed ? ` ${failed[lang]}` : ''), failed ? 'error' : 'info');
    },
  );
}

function showOne(page: StandalonePage, file: File, entry: BatchEntry, workbook?: RawWorkbook): void {
  if (!('report' in entry)) return page.view.status((_, lang) => entry.error[lang], 'error');
  page.setOpened({ file, report: entry.report });
  page.view.explain = explainOpened(page);
  page.view.showReport(entry.report);
  page.view.status((s) => s.file(file.name));
  void screenOpened(page);
  if (workbook) void suspectsLater(page, workbook);
}

function exportButton(page: StandalonePage): void {
  const { view, pack } = page;
  $('export-file').addEventListener('click', () =>
    view.busy(
      (s) => s.exporting,
      async () => {
        if (!page.opened) return;
        await suspectsSettled(page.opened.file);
        if (!page.opened) return;
        const { writeCheckedCopy } = await import('../../src/xlsx/writeCheckedCopy.js');
        const { file, report } = page.opened;
        const at = new Date().toISOString();
        const { bytes, dropped } = await writeCheckedCopy(await bytesOf(file), file.name, report, pack, view.lang, at);
        const name = `${file.name.replace(/\.xlsx$/i, '')}-${view.lang === 'vi' ? 'da-kiem' : 'checked'}.xlsx`;
        download(bytes, name);
        const listed = (report.explanations?.length ?? 0) - dropped.length;
        view.status((s) => s.exportedFile(name) + s.exportedListed(listed) + s.exportedDropped(dropped.length));
      },
    ),
  );
}

function consolidateButton(page: StandalonePage): void {
  const { view, pack } = page;
  $('consolidate').addEventListener('click', () => {
    const files = page.batch?.files ?? [];
    const n = files.length;
    return view.busy(
      (s) => s.consolidating(1, n),
      async () => {
        if (!n) return;
        const { writeConsolidated } = await import('../../src/xlsx/writeConsolidated.js');
        const result = await consolidateBatch(pack, files, browserFiles, {}, (done) =>
          done < n ? view.step((s) => s.consolidating(done + 1, n), done, n) : undefined,
        );
        const name = view.lang === 'vi' ? 'tong-hop.xlsx' : 'consolidated.xlsx';
        const { bytes, report } = await writeConsolidated(pack, result, view.lang, new Date().toISOString(), name);
        download(bytes, name);
        page.showConsolidated(name, report);
        view.status((s) => s.consolidated(n, name));
      },
    );
  });
}

/** The batch report, as an xlsx workbook or as one HTML file that opens in any browser. */
function reportButton(page: StandalonePage, id: string, kind: 'xlsx' | 'html'): void {
  const { view, pack } = page;
  $(id).addEventListener('click', () =>
    view.busy(
      (s) => s.exporting,
      async () => {
        if (!page.batch) return;
        const at = new Date().toISOString();
        const name = `${view.lang === 'vi' ? 'bao-cao-kiem-tra' : 'check-report'}.${kind}`;
        if (kind === 'html') {
          const html = htmlReport(pack, page.batch.entries, view.lang, at);
          download(new TextEncoder().encode(html), name, 'text/html;charset=utf-8');
        } else {
          const { writeBatchReport } = await import('../../src/xlsx/writeBatchReport.js');
          download(await writeBatchReport(pack, page.batch.entries, view.lang, at), name);
        }
        view.status((s) => s.reportFile(name));
      },
    ),
  );
}

/** Under a unit's findings: on to the unit before or after it, or back to the list. */
function unitNavigation(page: StandalonePage): void {
  $('prev-unit').addEventListener('click', () => page.step(-1));
  $('next-unit').addEventListener('click', () => page.step(1));
  $('to-list').addEventListener('click', () => page.focusList());
}
