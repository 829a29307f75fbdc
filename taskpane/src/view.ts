/** The pane's DOM: texts in the chosen language, progress, one status line, and the findings list. */
import {
  KIND_TEXT,
  errorText,
  countsText,
  findingGroups,
  groupViews,
  type CompiledPack,
  type FindingCell,
  type FindingGroup,
  type FindingView,
  type Lang,
  type Report,
} from '../../src/engine/index.js';
import { STRINGS, type Strings } from './strings.js';
import { fixBeside, suspectsBlock, type SuspectAction } from './suspectsView.js';
import { explanationEditor, readinessBlock, type SaveExplanation } from './explanationsView.js';
import { keepingFocus } from './keptFocus.js';

type Say = (s: Strings, lang: Lang) => string;
/** Selects a finding's cells in the workbook. */
export type Pick = (cells: FindingCell[]) => void;
type StatusKind = 'error' | 'note' | 'info';

const LANG_KEY = 'kiembieu.lang';

export const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

export class View {
  lang: Lang;
  private said?: { say: Say; kind: StatusKind };
  private shown?: { report: Report; at: Date; pick?: Pick };
  private busyWith?: Say;

  constructor(
    readonly pack: CompiledPack,
    displayLanguage: string | undefined,
  ) {
    const saved = localStorage.getItem(LANG_KEY);
    this.lang =
      saved === 'vi' || saved === 'en' ? saved : displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'vi';
    $('lang').addEventListener('click', () => this.setLang(this.lang === 'vi' ? 'en' : 'vi'));
    this.render();
  }

  get t(): Strings {
    return STRINGS[this.lang];
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    localStorage.setItem(LANG_KEY, lang);
    this.render();
  }

  /** Runs a task with the progress bar shown and the buttons disabled; errors become the status line. */
  async busy<T>(say: Say, task: () => Promise<T>): Promise<T | undefined> {
    this.busyWith = say;
    this.renderProgress();
    document.querySelectorAll<HTMLButtonElement>('.actions button').forEach((b) => (b.disabled = true));
    await new Promise((r) => setTimeout(r, 0));
    try {
      return await task();
    } catch (e) {
      this.error(e);
      return undefined;
    } finally {
      this.busyWith = undefined;
      $('progress').querySelector('progress')!.removeAttribute('value');
      this.renderProgress();
      document
        .querySelectorAll<HTMLButtonElement>('.actions button')
        .forEach((b) => (b.disabled = b.dataset.off === 'true'));
    }
  }

  /** Moves a long task's progress on: its text, and how far it is when that is known. */
  step(say: Say, done?: number, total?: number): Promise<void> {
    this.busyWith = say;
    this.renderProgress();
    const bar = $('progress').querySelector('progress')!;
    if (done === undefined || !total) bar.removeAttribute('value');
    else Object.assign(bar, { max: total, value: done });
    return new Promise((r) => setTimeout(r, 0));
  }

  status(say: Say | undefined, kind: StatusKind = 'info'): void {
    this.said = say && { say, kind };
    this.renderStatus();
  }

  error(e: unknown): void {
    const text = errorText(e);
    this.status(() => text[this.lang], 'error');
  }

  showReport(report: Report | undefined, pick?: Pick): void {
    this.shown = report && { report, at: new Date(), ...(pick && { pick }) };
    this.renderReport(false);
  }

  /** The shown workbook's report with more known (its likely wrong cells, a screen): what is typed stays. */
  updateReport(report: Report, pick?: Pick): void {
    this.shown = { report, at: this.shown?.at ?? new Date(), ...(pick && { pick }) };
    this.renderReport(true);
  }

  /** Set where the clerk may explain warnings of the workbook shown. */
  explain?: SaveExplanation;

  /** Set where a suspected cell's suggestion can be written into the workbook. */
  suspectAction?: SuspectAction;

  /** Called after the language changes, for parts a mode draws itself. */
  onRender?: () => void;

  private render(): void {
    document.documentElement.lang = this.lang;
    document.querySelectorAll<HTMLElement>('[data-t]').forEach((el) => {
      el.textContent = this.t[el.dataset.t as keyof Strings] as string;
    });
    $('lang').textContent = this.t.otherLang;
    $('lang').setAttribute('aria-label', this.t.otherLangLabel);
    const { title, shortTitle, id, version } = this.pack.pack;
    $('pack-title').textContent = `${(shortTitle ?? title)[this.lang]} (${id} ${version})`;
    $('pack-title').title = `${title[this.lang]} (${id} ${version})`;
    this.renderProgress();
    this.renderStatus();
    this.renderReport(true);
    this.onRender?.();
  }

  private renderProgress(): void {
    $('progress').hidden = !this.busyWith;
    $('progress-text').textContent = this.busyWith?.(this.t, this.lang) ?? '';
  }

  private renderStatus(): void {
    const el = $('status');
    el.textContent = this.said?.say(this.t, this.lang) ?? '';
    el.className = `status ${this.said?.kind ?? ''}`;
  }

  private renderReport(drafts: boolean): void {
    keepingFocus([$('summary'), $('findings')], () => this.drawReport(), drafts);
  }

  private drawReport(): void {
    const summary = $('summary');
    const list = $('findings');
    summary.replaceChildren();
    list.replaceChildren();
    if (!this.shown) return;
    const { report, at, pick } = this.shown;
    const { errors, warnings } = report.counts;
    summary.append(
      errors || warnings
        ? badge(errors ? 'error' : 'warning', countsText(report.counts, this.lang))
        : badge('ok', this.t.clean),
      Object.assign(document.createElement('span'), {
        className: 'when',
        textContent: this.t.checkedAt(at.toLocaleTimeString(this.lang === 'vi' ? 'vi-VN' : 'en-GB')),
      }),
    );
    summary.append(readinessBlock(report, this.lang));
    const groups = findingGroups(report.findings, this.pack);
    groups.forEach((g, i) => {
      if (g.kind !== groups[i - 1]?.kind)
        list.append(
          Object.assign(document.createElement('h2'), { className: 'kind', textContent: KIND_TEXT[g.kind][this.lang] }),
        );
      if (g.kind !== 'blank' || g.kind !== groups[i - 1]?.kind) list.append(this.group(g, pick));
      else list.lastElementChild!.querySelector('ul')!.append(...this.items(g, pick));
    });
    list.append(...suspectsBlock(this.pack, report, this.lang, pick, this.suspectAction));
  }

  /** A sheet's findings under its name; the blank cells of every sheet together, a line per sheet. */
  private group(g: FindingGroup, pick?: Pick): HTMLElement {
    const section = document.createElement('section');
    section.className = `group ${g.kind}`;
    const ul = document.createElement('ul');
    ul.append(...this.items(g, pick));
    if (g.kind === 'blank') {
      section.append(ul);
      return section;
    }
    const spec = this.pack.pack.sheets.find((s) => s.code === g.sheet);
    const h = document.createElement('h3');
    h.append(
      spec ? `${g.sheetName} — ${spec.title[this.lang]}` : g.sheetName,
      span('count', String(g.findings.length)),
    );
    section.append(h, ul);
    return section;
  }

  private items(g: FindingGroup, pick?: Pick): HTMLElement[] {
    return groupViews(this.pack, g, this.lang, g.sheet ?? undefined).map((v) => this.item(v, g.kind === 'blank', pick));
  }

  private item(v: FindingView, blank: boolean, pick?: Pick): HTMLElement {
    const li = document.createElement('li');
    const el = document.createElement(pick ? 'button' : 'div');
    el.className = `finding ${v.severity}`;
    el.dataset.rule = v.findings[0]!.rule;
    el.dataset.kind = v.kind;
    el.dataset.cells = v.findings.flatMap((f) => f.cells.map((c) => `${c.sheetName}!${c.address}`)).join(', ');
    const head = blank
      ? [span('text', v.detail)]
      : [span('title', v.title), ' ', ...(v.rule ? [span('rule', v.rule)] : []), span('text', v.detail)];
    el.append(
      Object.assign(span('icon', ''), { role: 'img', ariaLabel: v.severityText }),
      Object.assign(document.createElement('span'), { className: 'body' }),
      ...(v.cells.length && !blank ? [span('cells', `${this.t.cellsLabel}: ${v.cells.join(' · ')}`)] : []),
      ...fixBeside(this.pack, this.shown?.report, v.findings, this.lang),
    );
    el.querySelector('.body')!.append(...head);
    if (pick) {
      el.title = this.t.selectHint;
      el.addEventListener('click', () => pick(v.findings.flatMap((f) => f.cells)));
    }
    li.append(el);
    const f = v.severity === 'warning' && v.findings.length === 1 ? v.findings[0] : undefined;
    if (f && this.explain && this.shown) li.append(explanationEditor(this.shown.report, f, this.lang, this.explain));
    return li;
  }
}

function span(className: string, textContent: string): HTMLElement {
  return Object.assign(document.createElement('span'), { className, textContent });
}

function badge(kind: string, text: string): HTMLElement {
  return Object.assign(document.createElement('span'), { className: `badge ${kind}`, textContent: text });
}
