/**
 * What the standalone page holds: the workbook open for export, the batch, and which unit's findings
 * are shown. Choosing a unit brings its findings into view and gives them the keyboard focus.
 */
import {
  summarise,
  summaryLines,
  unitText,
  worstFirst,
  type BatchEntry,
  type BatchSource,
  type CompiledPack,
  type Report,
} from '../../src/engine/index.js';
import { renderBatch, unitButtonOf, type BatchListView } from './batchList.js';
import { $, type View } from './view.js';

export interface Opened {
  file: File;
  report: Report;
}

export interface Batch {
  files: File[];
  entries: BatchEntry[];
}

/** Under the list: a unit of the batch, or the consolidated workbook just written. */
type Shown = { entry: BatchEntry } | { consolidated: string };

export const bytesOf = async (file: File) => new Uint8Array(await file.arrayBuffer());

/** The browser's files; the xlsx reader is loaded when first needed. */
export const browserFiles: BatchSource<File> = {
  name: (file) => file.name,
  read: async (file) => {
    const { readWorkbook } = await import('../../src/xlsx/readWorkbook.js');
    return readWorkbook(await bytesOf(file), file.name);
  },
};

export class StandalonePage {
  opened?: Opened;
  batch?: Batch & { order: BatchEntry[]; summary: ReturnType<typeof summarise> };
  private shown?: Shown;

  constructor(
    readonly view: View,
    readonly pack: CompiledPack,
  ) {
    view.onRender = () => this.draw();
  }

  setOpened(opened: Opened | undefined): void {
    this.opened = opened;
    const button = $<HTMLButtonElement>('export-file');
    button.disabled = !opened;
    button.dataset.off = String(!opened);
  }

  setBatch(batch: Batch | undefined): void {
    this.batch = batch && { ...batch, order: worstFirst(batch.entries), summary: summarise(batch.entries) };
    this.shown = undefined;
    for (const id of ['consolidate', 'batch-report', 'batch-report-html']) $(id).hidden = !batch;
    $('units').hidden = !batch;
    this.draw();
  }

  /** Shows a unit's findings (or why it could not be checked) and moves focus to them. */
  choose(entry: BatchEntry): void {
    const file = this.batch?.files[this.batch.entries.indexOf(entry)];
    if (!file) return;
    this.shown = { entry };
    this.setOpened('report' in entry ? { file, report: entry.report } : undefined);
    this.view.showReport('report' in entry ? entry.report : undefined);
    this.draw();
    this.focusShown();
  }

  /** The next unit in the list's order (`by` 1), or the one before (-1). */
  step(by: 1 | -1): void {
    const order = this.batch?.order ?? [];
    const at = this.shown && 'entry' in this.shown ? order.indexOf(this.shown.entry) : -1;
    const next = order[at + by];
    if (next) this.choose(next);
  }

  showConsolidated(name: string, report: Report): void {
    this.shown = { consolidated: name };
    this.setOpened(undefined);
    this.view.showReport(report);
    this.draw();
    this.focusShown();
  }

  /** Focus back on the list, on the unit last shown. */
  focusList(): void {
    if (this.batch) unitButtonOf($('units'), this.listView(this.batch))?.focus();
  }

  draw(): void {
    if (this.batch) renderBatch($('units'), this.listView(this.batch), this.view.lang);
    this.drawShown();
  }

  private listView(batch: NonNullable<StandalonePage['batch']>): BatchListView {
    const chosen = this.shown && 'entry' in this.shown ? this.shown.entry : undefined;
    const summary = summaryLines(batch.summary, this.view.lang);
    return { summary, order: batch.order, chosen, choose: (e) => this.choose(e) };
  }

  private drawShown(): void {
    const { shown, batch } = this;
    $('shown').hidden = !shown || !batch;
    if (!shown || !batch) return;
    const t = this.view.t;
    const entry = 'entry' in shown ? shown.entry : undefined;
    const at = entry ? batch.order.indexOf(entry) : -1;
    const name = entry && ('report' in entry ? unitText(entry.report.unit, this.view.lang) : entry.file);
    $('shown-title').textContent =
      'consolidated' in shown ? t.consolidatedTitle(shown.consolidated) : t.unitOf(at + 1, batch.order.length, name!);
    const reason = $('shown-reason');
    reason.hidden = !entry || 'report' in entry;
    reason.textContent = entry && 'error' in entry ? entry.error[this.view.lang] : '';
    $<HTMLButtonElement>('prev-unit').hidden = $<HTMLButtonElement>('next-unit').hidden = !entry;
    $<HTMLButtonElement>('prev-unit').disabled = at <= 0;
    $<HTMLButtonElement>('next-unit').disabled = at < 0 || at >= batch.order.length - 1;
  }

  private focusShown(): void {
    $('shown').scrollIntoView({ block: 'start' });
    $('shown-title').focus({ preventScroll: true });
  }
}
