/** The page without Excel: check an uploaded workbook in the browser and download its checked copy. */
import type { CompiledPack } from '../../src/engine/compilePack.js';
import { validate, type Report } from '../../src/engine/validate.js';
import { download } from './download.js';
import { $, type View } from './view.js';

interface Opened {
  name: string;
  bytes: Uint8Array;
  report: Report;
}

export function standaloneMode(view: View, pack: CompiledPack): void {
  $('standalone').hidden = false;
  const exportButton = $<HTMLButtonElement>('export-file');
  let opened: Opened | undefined;
  const setOpened = (o: Opened | undefined) => {
    opened = o;
    exportButton.dataset.off = String(!o);
    exportButton.disabled = !o;
  };
  setOpened(undefined);

  const template = $<HTMLAnchorElement>('template');
  const templateHref = () => {
    template.href = `templates/${pack.pack.id}-${pack.pack.version}.${view.lang}.xlsx`;
    template.download = `${pack.pack.id}-${pack.pack.version}.xlsx`;
  };
  templateHref();
  template.addEventListener('click', templateHref);

  const open = (file: File) =>
    view.busy(
      (s) => s.readingFile(file.name),
      async () => {
        setOpened(undefined);
        view.showReport(undefined);
        view.status(undefined);
        const bytes = new Uint8Array(await file.arrayBuffer());
        const { readWorkbook } = await import('../../src/xlsx/readWorkbook.js');
        const report = validate(pack, await readWorkbook(bytes, file.name), file.name);
        setOpened({ name: file.name, bytes, report });
        view.showReport(report);
        view.status((s) => s.file(file.name));
      },
    );

  const input = $<HTMLInputElement>('file');
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void open(file);
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
    const file = e.dataTransfer?.files[0];
    if (file) void open(file);
  });

  exportButton.addEventListener('click', () =>
    view.busy(
      (s) => s.exporting,
      async () => {
        if (!opened) return;
        const { writeCheckedCopy } = await import('../../src/xlsx/writeCheckedCopy.js');
        const at = new Date().toISOString();
        const bytes = await writeCheckedCopy(opened.bytes, opened.name, opened.report, pack, view.lang, at);
        const name = `${opened.name.replace(/\.xlsx$/i, '')}-${view.lang === 'vi' ? 'da-kiem' : 'checked'}.xlsx`;
        download(bytes, name);
        view.status((s) => s.exportedFile(name));
      },
    ),
  );
}
