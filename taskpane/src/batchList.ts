/** The units of a supervisor's batch, worst first: one button each, showing that unit's findings. */
import { BATCH_TEXT, stampText, summarise, summaryLines, unitText, worstFirst, type BatchEntry, type Lang } from '../../src/engine/index.js';

export function renderBatch(el: HTMLElement, entries: BatchEntry[], lang: Lang, chosen: BatchEntry | undefined, choose: (e: BatchEntry) => void): void {
  const lines = document.createElement('div');
  lines.className = 'lines';
  for (const line of summaryLines(summarise(entries), lang)) lines.append(Object.assign(document.createElement('p'), { textContent: line }));
  el.replaceChildren(lines, ...worstFirst(entries).map((e) => unitButton(e, lang, e === chosen, () => choose(e))));
  el.hidden = false;
}

function unitButton(e: BatchEntry, lang: Lang, pressed: boolean, onClick: () => void): HTMLElement {
  const b = BATCH_TEXT[lang];
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'unit';
  button.dataset.file = e.file;
  button.setAttribute('aria-pressed', String(pressed));
  const span = (className: string, textContent: string) => Object.assign(document.createElement('span'), { className, textContent });
  if (!('report' in e)) {
    button.append(span('mark error', '✖'), span('name', e.file), span('counts', b.unreadable), span('detail', e.error[lang]));
    button.disabled = true;
    button.dataset.off = 'true';
    return button;
  }
  const { errors, warnings } = e.report.counts;
  const [mark, kind] = errors ? ['✖', 'error'] : warnings ? ['⚠', 'warning'] : ['✔', 'ok'];
  const unit = e.report.unit;
  button.append(
    span(`mark ${kind}`, mark),
    span('name', unitText(unit, lang)),
    span('counts', `${errors} ${b.errors}, ${warnings} ${b.warnings}`),
    span('detail', [unit.period || b.noPeriod, stampText(e.report.stamp, lang), e.file].join(' · ')),
  );
  button.addEventListener('click', onClick);
  return button;
}
