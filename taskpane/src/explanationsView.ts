/**
 * Beside each warning, the clerk's explanation (giải trình): typed, saved, said to be stale when the
 * figures changed after it; above the findings, whether the workbook is ready to send and why not.
 */
import {
  explanationOf,
  readiness,
  readinessText,
  type Finding,
  type Lang,
  type Report,
} from '../../src/engine/index.js';

/** Stores a warning's explanation (an empty text removes it). */
export type SaveExplanation = (f: Finding, text: string) => Promise<void>;

const WORDS = {
  vi: {
    label: 'Giải trình',
    placeholder: 'Vì sao số liệu này đúng (giải trình gửi cùng biểu)…',
    save: 'Lưu giải trình',
    explained: 'Đã giải trình',
    stale: 'Giải trình đã cũ: số liệu đã sửa sau khi giải trình, hãy xem lại rồi lưu',
    none: 'Chưa giải trình',
    staleCount: (n: number) => `${n} giải trình đã cũ (số liệu đã sửa sau khi giải trình).`,
    leftOver: (n: number) => `${n} giải trình cho sai sót không còn nữa: sẽ bị bỏ khi xuất.`,
  },
  en: {
    label: 'Explanation',
    placeholder: 'Why this figure is right (sent with the workbook)…',
    save: 'Save explanation',
    explained: 'Explained',
    stale: 'Stale: the figures changed after it was written; look again, then save',
    none: 'Not explained',
    staleCount: (n: number) => `${n} stale explanation${n === 1 ? '' : 's'} (the figures changed since).`,
    leftOver: (n: number) =>
      `${n} explanation${n === 1 ? '' : 's'} of findings that no longer exist: dropped on export.`,
  },
};

export function explanationEditor(report: Report, f: Finding, lang: Lang, save: SaveExplanation): HTMLElement {
  const w = WORDS[lang];
  const e = explanationOf(report, f);
  const box = Object.assign(document.createElement('div'), { className: 'explain' });
  const state = e ? (e.stale ? 'stale' : 'explained') : 'none';
  box.dataset.state = state;
  const text = Object.assign(document.createElement('textarea'), {
    rows: 2,
    value: e?.text ?? '',
    placeholder: w.placeholder,
  });
  text.setAttribute('aria-label', w.label);
  const button = Object.assign(document.createElement('button'), {
    type: 'button',
    className: 'save',
    textContent: w.save,
  });
  button.addEventListener('click', () => void save(f, text.value));
  const note = Object.assign(document.createElement('span'), {
    className: `explain-state ${state}`,
    textContent: state === 'stale' ? w.stale : state === 'explained' ? w.explained : w.none,
  });
  box.append(text, button, note);
  return box;
}

/** "Sẵn sàng gửi", or not ready and why; stale explanations, and those export will drop. */
export function readinessBlock(report: Report, lang: Lang): HTMLElement {
  const r = readiness(report);
  const block = Object.assign(document.createElement('div'), {
    id: 'readiness',
    className: `readiness ${r.ready ? 'ready' : 'not-ready'}`,
  });
  const lines = [readinessText(r, lang), ...(r.stale ? [WORDS[lang].staleCount(r.stale)] : [])];
  if (r.leftOver.length) lines.push(WORDS[lang].leftOver(r.leftOver.length));
  block.append(...lines.map((l) => Object.assign(document.createElement('div'), { textContent: l })));
  return block;
}
