/** The pane's DOM: texts in the chosen language, progress, one status line, and the findings list. */
import { cellText, errorText, message, sheetOf, type CompiledPack, type Finding, type Lang, type Report } from '../../src/engine/index.js';
import { STRINGS, type Strings } from './strings.js';

type Say = (s: Strings, lang: Lang) => string;
type StatusKind = 'error' | 'note' | 'info';

const LANG_KEY = 'kiembieu.lang';

export const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

export class View {
  lang: Lang;
  private said?: { say: Say; kind: StatusKind };
  private shown?: { report: Report; at: Date; pick?: (f: Finding) => void };
  private busyWith?: Say;

  constructor(readonly pack: CompiledPack, displayLanguage: string | undefined) {
    const saved = localStorage.getItem(LANG_KEY);
    this.lang = saved === 'vi' || saved === 'en' ? saved : displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'vi';
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
      document.querySelectorAll<HTMLButtonElement>('.actions button').forEach((b) => (b.disabled = b.dataset.off === 'true'));
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

  showReport(report: Report | undefined, pick?: (f: Finding) => void): void {
    this.shown = report && { report, at: new Date(), ...(pick && { pick }) };
    this.renderReport();
  }

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
    this.renderReport();
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

  private renderReport(): void {
    const summary = $('summary');
    const list = $('findings');
    summary.replaceChildren();
    list.replaceChildren();
    if (!this.shown) return;
    const { report, at, pick } = this.shown;
    const { errors, warnings } = report.counts;
    summary.append(
      ...(errors || warnings
        ? [badge('error', this.t.errors(errors)), badge('warning', this.t.warnings(warnings))]
        : [badge('ok', this.t.clean)]),
      Object.assign(document.createElement('span'), { className: 'when', textContent: this.t.checkedAt(at.toLocaleTimeString(this.lang === 'vi' ? 'vi-VN' : 'en-GB')) }),
    );
    for (const [code, findings] of groupBySheet(report.findings, this.pack)) list.append(this.group(code, findings, pick));
  }

  private group(code: string, findings: Finding[], pick?: (f: Finding) => void): HTMLElement {
    const spec = this.pack.pack.sheets.find((s) => s.code === code);
    const errors = findings.filter((f) => f.severity === 'error').length;
    const section = document.createElement('section');
    section.className = 'group';
    const h = document.createElement('h2');
    const counts = [errors && this.t.errors(errors), findings.length - errors && this.t.warnings(findings.length - errors)].filter(Boolean).join(', ');
    h.append(spec ? `${spec.name} — ${spec.title[this.lang]}` : code, Object.assign(document.createElement('span'), { className: 'count', textContent: counts }));
    const ul = document.createElement('ul');
    for (const f of findings) ul.append(this.item(f, pick));
    section.append(h, ul);
    return section;
  }

  private item(f: Finding, pick?: (f: Finding) => void): HTMLElement {
    const li = document.createElement('li');
    const el = document.createElement(pick ? 'button' : 'div');
    el.className = `finding ${f.severity}`;
    el.dataset.rule = f.rule;
    el.dataset.code = f.code;
    const cells = f.cells.map((c) => cellText(this.pack, c, this.lang)).join(' · ');
    el.append(
      Object.assign(document.createElement('span'), { className: 'icon', role: 'img', ariaLabel: f.severity }),
      Object.assign(document.createElement('span'), { className: 'text', textContent: message(f, this.lang, this.pack) }),
      Object.assign(document.createElement('span'), { className: 'cells', textContent: cells && `${this.t.cellsLabel}: ${cells}` }),
    );
    if (pick) {
      el.title = this.t.selectHint;
      el.addEventListener('click', () => pick(f));
    }
    li.append(el);
    return li;
  }
}

function badge(kind: string, text: string): HTMLElement {
  return Object.assign(document.createElement('span'), { className: `badge ${kind}`, textContent: text });
}

/** Findings by sheet in the pack's order, errors before warnings within a sheet. */
function groupBySheet(findings: Finding[], pack: CompiledPack): [string, Finding[]][] {
  const order = pack.pack.sheets.map((s) => s.code);
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const code = sheetOf(f) ?? '';
    groups.set(code, [...(groups.get(code) ?? []), f]);
  }
  const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
  return [...groups]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([code, fs]) => [code, [...fs.filter((f) => f.severity === 'error'), ...fs.filter((f) => f.severity !== 'error')]]);
}
