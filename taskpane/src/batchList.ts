/**
 * The units of a supervisor's batch, worst first: one button each, showing that unit's findings. One Tab
 * stop for the whole list; the arrow keys, Home and End move between units.
 */
import { BATCH_TEXT, countsText, stampText, unitText, type BatchEntry, type Lang } from '../../src/engine/index.js';
import { STRINGS } from './strings.js';

export interface BatchListView {
  /** The batch's summary in sentences. */
  summary: string[];
  /** Worst first. */
  order: BatchEntry[];
  chosen: BatchEntry | undefined;
  choose: (e: BatchEntry) => void;
}

const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i, n) => Math.min(i + 1, n - 1),
  ArrowRight: (i, n) => Math.min(i + 1, n - 1),
  ArrowUp: (i) => Math.max(i - 1, 0),
  ArrowLeft: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_, n) => n - 1,
};

export function renderBatch(el: HTMLElement, list: BatchListView, lang: Lang): void {
  const lines = document.createElement('div');
  lines.className = 'lines';
  for (const line of list.summary) lines.append(Object.assign(document.createElement('p'), { textContent: line }));
  const buttons = list.order.map((e) => unitButton(e, lang, e === list.chosen, () => list.choose(e)));
  const stop = Math.max(0, list.chosen ? list.order.indexOf(list.chosen) : 0);
  buttons.forEach((b, i) => (b.tabIndex = i === stop ? 0 : -1));
  const group = Object.assign(document.createElement('div'), { className: 'list', role: 'group' });
  group.setAttribute('aria-label', STRINGS[lang].units);
  group.append(...buttons);
  group.addEventListener('keydown', (event) => moveFocus(event, buttons));
  el.replaceChildren(lines, group);
  el.hidden = false;
}

/** The chosen unit's button, to give focus back to the list. */
export function unitButtonOf(el: HTMLElement, list: BatchListView): HTMLButtonElement | undefined {
  const i = list.chosen ? list.order.indexOf(list.chosen) : 0;
  return el.querySelectorAll<HTMLButtonElement>('.unit')[Math.max(0, i)];
}

function moveFocus(event: KeyboardEvent, buttons: HTMLButtonElement[]): void {
  const move = MOVES[event.key];
  const from = buttons.indexOf(event.target as HTMLButtonElement);
  if (!move || from < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
  event.preventDefault();
  const to = buttons[move(from, buttons.length)]!;
  buttons.forEach((b) => (b.tabIndex = b === to ? 0 : -1));
  to.focus();
}

function unitButton(e: BatchEntry, lang: Lang, pressed: boolean, onClick: () => void): HTMLButtonElement {
  const b = BATCH_TEXT[lang];
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'unit';
  button.dataset.file = e.file;
  button.setAttribute('aria-pressed', String(pressed));
  button.addEventListener('click', onClick);
  const span = (className: string, textContent: string) =>
    Object.assign(document.createElement('span'), { className, textContent });
  if (!('report' in e)) {
    button.classList.add('unreadable');
    button.append(
      span('mark error', '✖'),
      span('name', e.file),
      span('counts', b.unreadable),
      span('detail reason', e.error[lang]),
    );
    return button;
  }
  const { errors, warnings } = e.report.counts;
  const [mark, kind] = errors ? ['✖', 'error'] : warnings ? ['⚠', 'warning'] : ['✔', 'ok'];
  const unit = e.report.unit;
  button.append(
    span(`mark ${kind}`, mark),
    span('name', unitText(unit, lang)),
    span('counts', countsText(e.report.counts, lang)),
    span('detail', [unit.period || b.noPeriod, stampText(e.report.stamp, lang), e.file].join(' · ')),
  );
  return button;
}
