/**
 * The written report the clerk chose, kept (its text, in memory only) until she removes it, so that it is
 * cross-checked again with every check of the workbook: its findings follow the figures as they are now.
 */
import {
  crosscheck,
  type CompiledPack,
  type GivenWorkbook,
  type ProseCell,
  type ProseDocument,
  type ProseReport,
} from '../../src/engine/index.js';
import { renderProse } from './proseList.js';
import { $, type View } from './view.js';

export class KeptReport {
  private kept?: { doc: ProseDocument; name: string };
  private shown?: ProseReport;

  constructor(
    readonly view: View,
    readonly pack: CompiledPack,
    private readonly pick?: (cells: ProseCell[]) => void,
  ) {
    const before = view.onRender;
    view.onRender = () => (before?.(), this.draw());
    $('report-drop').addEventListener('click', () => {
      const name = this.kept?.name ?? '';
      this.keep(undefined);
      this.view.status((s) => s.reportRemoved(name));
    });
  }

  /** The kept report's file name. */
  get name(): string | undefined {
    return this.kept?.name;
  }

  /** Keeps a report just read, with its findings when they are known; without `doc` forgets the report. */
  keep(doc: ProseDocument | undefined, name = '', shown?: ProseReport): void {
    this.kept = doc && { doc, name };
    this.shown = doc && shown;
    this.draw();
  }

  /** Cross-checks the kept report against the workbook (against itself without one) and lists its findings. */
  check(given?: GivenWorkbook): void {
    if (!this.kept) return;
    try {
      this.shown = crosscheck(this.pack, this.kept.doc, this.kept.name, given);
    } catch (e) {
      this.shown = undefined;
      this.view.error(e);
    }
    this.draw();
  }

  private draw(): void {
    renderProse($('prose'), this.pack, this.shown, this.view.lang, this.pick);
    const { t } = this.view;
    $('report-chosen').hidden = !this.kept;
    $('report-name').textContent = this.kept ? t.reportChosen(this.kept.name) : '';
    const drop = $('report-drop');
    drop.textContent = t.removeReport;
    drop.setAttribute('aria-label', this.kept ? t.removeReportLabel(this.kept.name) : t.removeReport);
  }
}
