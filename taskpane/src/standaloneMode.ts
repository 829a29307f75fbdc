/**
 * The page without Excel: check one workbook, or a supervisor's batch of them, in the browser; download
 * a checked copy, the batch report and the consolidated workbook. Files are read one at a time.
 */
import { PlainError, errorText, validate, type BatchEntry, type CompiledPack, type Report } from '../../src/engine/index.js';
import { renderBatch } from './batchList.js';
import { download } from './download.js';
import { $, type View } from './view.js';

interface Opened {
  file: File;
  report: Report;
}

const bytesOf = async (file: File) => new Uint8Array(await file.arrayBuffer());

export function standaloneMode(view: View, pack: CompiledPack): void {
  $('standalone').hidden = false;
  const buttons = { export: $<HTMLButtonElement>('export-file'), consolidate: $<HTMLButtonElement>('consolidate'), report: $<HTMLButtonElement>('batch-report') };
  const enable = (b: HTMLButtonElement, on: boolean) => Object.assign(b, { disabled: !on }).setAttribute('data-off', String(!on));
  let opened: Opened | undefined;
  let batch: { files: File[]; entries: BatchEntry[] } | undefined;
  const setOpened = (o: Opened | undefined) => {
    opened = o;
    enable(buttons.export, !!o);
  };
  const setBatch = (b: typeof batch) => {
    batch = b;
    buttons.consolidate.hidden = buttons.report.hidden = !b;
    $('units').hidden = !b;
    drawBatch();
  };
  const drawBatch = () => batch && renderBatch($('units'), batch.entries, view.lang, opened && batch.entries[batch.files.indexOf(opened.file)], choose);
  const choose = (e: BatchEntry) => {
    const file = batch?.files[batch.entries.indexOf(e)];
    if (!file || !('report' in e)) return;
    setOpened({ file, report: e.report });
    view.showReport(e.report);
    drawBatch();
  };
  view.onRender = drawBatch;
  setOpened(undefined);

  const template = $<HTMLAnchorElement>('template');
  const templateHref = () => {
    template.href = `templates/${pack.pack.id}-${pack.pack.version}.${view.lang}.xlsx`;
    template.download = `${pack.pack.id}-${pack.pack.version}.xlsx`;
  };
  templateHref();
  template.addEventListener('click', templateHref);

  const open = (files: File[]) =>
    view.busy(
      (s) => s.readingFile(files[0]!.name),
      async () => {
        setOpened(undefined);
        setBatch(undefined);
        view.showReport(undefined);
        view.status(undefined);
        const { readWorkbook } = await import('../../src/xlsx/readWorkbook.js');
        const check = async (file: File) => validate(pack, await readWorkbook(await bytesOf(file), file.name), file.name);
        if (files.length === 1) {
          const report = await check(files[0]!);
          setOpened({ file: files[0]!, report });
          view.showReport(report);
          view.status((s) => s.file(files[0]!.name));
          return;
        }
        const entries: BatchEntry[] = [];
        for (const [i, file] of files.entries()) {
          await view.step((s) => s.readingBatch(i + 1, files.length, file.name), i, files.length);
          entries.push(await check(file).then(
            (report) => ({ file: file.name, report }),
            (e: unknown) => ({ file: file.name, error: errorText(e, file.name) }),
          ));
        }
        setBatch({ files, entries });
        view.status((s) => s.batchFiles(files.length));
      },
    );

  const input = $<HTMLInputElement>('file');
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    if (files.length) void open(files);
    input.value = '';
  });
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
    if (files.length) void open(files);
  });

  buttons.export.addEventListener('click', () =>
    view.busy(
      (s) => s.exporting,
      async () => {
        if (!opened) return;
        const { writeCheckedCopy } = await import('../../src/xlsx/writeCheckedCopy.js');
        const { file, report } = opened;
        const bytes = await writeCheckedCopy(await bytesOf(file), file.name, report, pack, view.lang, new Date().toISOString());
        const name = `${file.name.replace(/\.xlsx$/i, '')}-${view.lang === 'vi' ? 'da-kiem' : 'checked'}.xlsx`;
        download(bytes, name);
        view.status((s) => s.exportedFile(name));
      },
    ),
  );

  buttons.consolidate.addEventListener('click', () =>
    view.busy(
      (s) => s.consolidating(0, batch?.files.length ?? 0),
      async () => {
        if (!batch) return;
        const [{ Consolidator, ConsolidationRefused }, { readWorkbook }, { writeConsolidated }] = await Promise.all([
          import('../../src/engine/index.js'),
          import('../../src/xlsx/readWorkbook.js'),
          import('../../src/xlsx/writeConsolidated.js'),
        ]);
        const consolidator = new Consolidator(pack);
        for (const [i, file] of batch.files.entries()) {
          await view.step((s) => s.consolidating(i + 1, batch!.files.length), i, batch.files.length);
          const raw = await readWorkbook(await bytesOf(file), file.name).catch((e: unknown) => {
            throw e instanceof PlainError ? ConsolidationRefused.unusable(file.name, e.text) : e;
          });
          consolidator.add(raw, file.name);
        }
        const name = view.lang === 'vi' ? 'tong-hop.xlsx' : 'consolidated.xlsx';
        const { bytes, report } = await writeConsolidated(pack, consolidator.result(), view.lang, new Date().toISOString(), name);
        download(bytes, name);
        setOpened(undefined);
        view.showReport(report);
        drawBatch();
        view.status((s) => s.consolidated(batch!.files.length, name));
      },
    ),
  );

  buttons.report.addEventListener('click', () =>
    view.busy(
      (s) => s.exporting,
      async () => {
        if (!batch) return;
        const { writeBatchReport } = await import('../../src/xlsx/writeBatchReport.js');
        const name = view.lang === 'vi' ? 'bao-cao-kiem-tra.xlsx' : 'check-report.xlsx';
        download(await writeBatchReport(pack, batch.entries, view.lang, new Date().toISOString()), name);
        view.status((s) => s.reportFile(name));
      },
    ),
  );
}
