/** The pane inside Excel: every action goes through src/office, one at a time. */
import {
  previousRefusal,
  type CompiledPack,
  type FindingCell,
  type Lang,
  type Located,
  type RawWorkbook,
  type UnitFigures,
} from '../../src/engine/index.js';
import { checkInExcel, type ExcelCheck } from '../../src/office/checkInExcel.js';
import { documentBytes } from '../../src/office/documentBytes.js';
import { exportChecked } from '../../src/office/exportChecked.js';
import type { Originals } from '../../src/office/highlightPlan.js';
import { insertTemplate, type TemplateFile } from '../../src/office/insertTemplate.js';
import { readUnitIdentity } from '../../src/office/readUnitIdentity.js';
import { selectCells } from '../../src/office/selectCells.js';
import { watchInputs, type Stop } from '../../src/office/watchInputs.js';
import { download } from './download.js';
import { reportChooser } from './excelReport.js';
import { explainInExcel } from './excelExplanations.js';
import { applyInExcel } from './excelApply.js';
import { forgetSuspects, suspectsLaterInExcel, suspectsOfWorkbook } from './excelSuspects.js';
import { previousPicker } from './previousWorkbook.js';
import { $, type View } from './view.js';

/** Typing pauses this long before the workbook is checked again. */
const LIVE_DELAY_MS = 600;

/** The pane's hold on the workbook: the fills it changed, and its calls to Excel one after another. */
export class ExcelPane {
  originals: Originals = new Map();
  /** The figures of the unit's previous workbook, when the clerk chose it. */
  previous?: UnitFigures;
  /** Its file's name, for the sentence refusing it once the open workbook's unit or period no longer fits. */
  previousName = '';
  /** Cross-checks the chosen report against the workbook each check reads. */
  crosscheck?: (workbook: RawWorkbook) => void;
  /** Where the last check shown found the template's cells: where a suggestion is written. */
  located?: Located;
  /** Counts checks shown and clears, so a late answer from the worker is dropped. */
  generation = 0;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    readonly view: View,
    readonly pack: CompiledPack,
  ) {}

  serial<T>(task: () => Promise<T>): Promise<T> {
    return (this.chain = this.chain.then(task, task)) as Promise<T>;
  }

  /** Clicking a finding selects its cells in the workbook. */
  readonly pick = (cells: FindingCell[]) => void this.serial(() => selectCells(cells).catch((e) => this.view.error(e)));

  show(result: ExcelCheck | undefined): void {
    if (!result) return;
    forgetSuspects(this);
    this.originals = result.originals;
    this.located = result.located;
    this.view.showReport(result.report, this.pick);
    const notice = result.notice;
    const refused = this.previous && previousRefusal(this.previousName, result.report.unit, this.previous.unit);
    if (refused) this.view.status((_, lang) => refused[lang], 'error');
    else this.view.status(notice && (() => notice.text[this.view.lang]), 'note');
    this.crosscheck?.(result.workbook);
    void suspectsLaterInExcel(this, result);
  }

  /** A check without the progress bar, for live checking. */
  quietCheck(): Promise<void> {
    return this.serial(async () =>
      this.show(
        await checkInExcel(this.pack, this.originals, true, this.previous).catch((e) => void this.view.error(e)),
      ),
    );
  }
}

export function excelMode(view: View, pack: CompiledPack): void {
  $('excel').hidden = false;
  const pane = new ExcelPane(view, pack);
  checkButton(pane);
  clearButton(pane);
  insertButton(pane);
  exportButton(pane);
  liveSwitch(pane);
  pane.crosscheck = reportChooser(pane);
  view.explain = explainInExcel(pane);
  view.suspectAction = applyInExcel(pane);
  const current = () => pane.serial(() => readUnitIdentity(pack));
  previousPicker(view, pack, current, ({ name, figures }) => {
    pane.previous = figures;
    pane.previousName = name;
    void pane.quietCheck();
  });
}

function checkButton(pane: ExcelPane): void {
  const { view, pack } = pane;
  $('check').addEventListener('click', () =>
    pane.serial(async () =>
      pane.show(
        await view.busy(
          (s) => s.checking,
          () => checkInExcel(pack, pane.originals, true, pane.previous),
        ),
      ),
    ),
  );
}

function clearButton(pane: ExcelPane): void {
  const { view, pack } = pane;
  $('clear').addEventListener('click', () =>
    pane.serial(async () => {
      forgetSuspects(pane);
      const result = await view.busy(
        (s) => s.checking,
        () => checkInExcel(pack, pane.originals, false),
      );
      if (!result) return;
      pane.originals = result.originals;
      view.status((s) => s.cleared);
    }),
  );
}

function insertButton(pane: ExcelPane): void {
  const { view, pack } = pane;
  const insert = async () => {
    await insertTemplate(await fetchTemplate(pack, view.lang));
    view.status((s) => s.inserted);
  };
  $('insert').addEventListener('click', () => pane.serial(() => view.busy((s) => s.inserting, insert)));
}

function exportButton(pane: ExcelPane): void {
  const { view, pack } = pane;
  const exportCopy = async () => {
    const options = { localise: suspectsOfWorkbook, previous: pane.previous };
    const { report, dropped } = await exportChecked(pack, view.lang, new Date().toISOString(), options);
    view.showReport(report, pane.pick);
    download(await documentBytes(), view.lang === 'vi' ? 'bieu-da-kiem.xlsx' : 'checked-workbook.xlsx');
    const listed = (report.explanations?.length ?? 0) - dropped.length;
    view.status((s) => s.exported + s.exportedListed(listed) + s.exportedDropped(dropped.length));
  };
  $('export').addEventListener('click', () => pane.serial(() => view.busy((s) => s.exporting, exportCopy)));
}

/** "Check as I type": a check once typing pauses, while the switch is on. */
function liveSwitch(pane: ExcelPane): void {
  let stop: Stop | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const live = $<HTMLInputElement>('live');
  live.addEventListener('change', async () => {
    clearTimeout(timer);
    try {
      if (live.checked) {
        stop = await watchInputs(() => {
          clearTimeout(timer);
          timer = setTimeout(() => void pane.quietCheck(), LIVE_DELAY_MS);
        });
        pane.view.status((s) => s.liveOn);
        void pane.quietCheck();
      } else {
        await stop?.();
        stop = undefined;
      }
    } catch (e) {
      live.checked = !!stop;
      pane.view.error(e);
    }
  });
}

async function fetchTemplate(pack: CompiledPack, lang: Lang): Promise<TemplateFile> {
  const url = new URL(`templates/${pack.pack.id}-${pack.pack.version}.${lang}.json`, location.href);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return (await response.json()) as TemplateFile;
}
