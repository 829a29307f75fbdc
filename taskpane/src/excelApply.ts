/**
 * In Excel only: "Sửa thành …" after a suspected cell whose fix is one exact value (one way, no range), and,
 * for each cell so changed, "Hoàn lại" to put its old value back. One click writes one cell; the pane then
 * checks again. A cell changed by the clerk meanwhile is refused, never overwritten.
 */
import { suspectParts, type Lang, type Suspect, type SuspectGroup } from '../../src/engine/index.js';
import { applySuggestion } from '../../src/office/applySuggestion.js';
import { checkInExcel } from '../../src/office/checkInExcel.js';
import { CellChangedError } from '../../src/office/errors.js';
import { suggestedChange, type CellChange } from '../../src/office/suggestedChange.js';
import type { ExcelPane } from './excelMode.js';
import type { SuspectAction } from './suspectsView.js';
import { $ } from './view.js';

const WORDS = {
  vi: {
    apply: (to: string) => `Sửa thành ${to}`,
    applyLabel: (cell: string, to: string, was: string) => `Ghi ${to} vào ô ${cell} thay cho ${was} (có thể hoàn lại)`,
    heading: 'Đã sửa theo gợi ý',
    back: (was: string) => `Hoàn lại ${was}`,
    backLabel: (cell: string, was: string) => `Hoàn lại ô ${cell}: ghi lại ${was}`,
    writing: 'Đang ghi vào ô…',
    applied: (cell: string, to: string, was: string) =>
      `Đã ghi ${to} vào ô ${cell} và kiểm tra lại; bấm "Hoàn lại ${was}" để ghi lại số cũ.`,
    putBack: (cell: string, was: string) => `Đã ghi lại ${was} vào ô ${cell} và kiểm tra lại.`,
  },
  en: {
    apply: (to: string) => `Change to ${to}`,
    applyLabel: (cell: string, to: string, was: string) =>
      `Write ${to} into ${cell} instead of ${was} (can be put back)`,
    heading: 'Changed as suggested',
    back: (was: string) => `Put back ${was}`,
    backLabel: (cell: string, was: string) => `Put ${was} back into ${cell}`,
    writing: 'Writing into the cell…',
    applied: (cell: string, to: string, was: string) =>
      `Wrote ${to} into ${cell} and checked again; press "Put back ${was}" to restore the old figure.`,
    putBack: (cell: string, was: string) => `Put ${was} back into ${cell} and checked again.`,
  },
} as const;

/** A cell written from a suggestion: what it showed, and the change that puts it back. */
interface Applied {
  s: Suspect;
  back: CellChange;
}

/** The pane's "Sửa thành …" control of a suspected cell, with the list of cells changed so. */
export function applyInExcel(pane: ExcelPane): SuspectAction {
  const applied = new AppliedCells(pane);
  return (g: SuspectGroup, s: Suspect, lang: Lang) => {
    const change = pane.located && suggestedChange(pane.pack, pane.located, s);
    if (!change || !g.complete || g.sets.length !== 1) return [];
    const { value, suggestion } = suspectParts(pane.pack, s, lang);
    const b = button('apply', WORDS[lang].apply(suggestion), WORDS[lang].applyLabel(where(change), suggestion, value));
    b.dataset.cell = where(change);
    b.addEventListener('click', () => void applied.apply(s, change));
    return [b];
  };
}

const where = (c: CellChange) => `'${c.sheetName}'!${c.address}`;

/** The cells written from suggestions, listed after the findings, each with its "Hoàn lại". */
class AppliedCells {
  private readonly cells = new Map<string, Applied>();
  private readonly box = Object.assign(document.createElement('section'), { className: 'applied', hidden: true });

  constructor(private readonly pane: ExcelPane) {
    $('findings').after(this.box);
    const before = pane.view.onRender;
    pane.view.onRender = () => (before?.(), this.draw());
  }

  apply(s: Suspect, change: CellChange): Promise<void> {
    return this.pane.serial(async () => {
      const key = where(change);
      const back = await this.write(change, key);
      if (!back) return this.draw();
      const first = this.cells.get(key);
      this.cells.set(key, first ? { s: first.s, back: { ...first.back, holds: back.holds } } : { s, back });
      await this.checkAgain();
      const { value, suggestion } = this.words(s);
      this.pane.view.status((_, l) => WORDS[l].applied(key, suggestion, value));
      this.box.querySelector<HTMLElement>(`button[data-cell="${CSS.escape(key)}"]`)?.focus();
    });
  }

  putBack(key: string): Promise<void> {
    return this.pane.serial(async () => {
      const entry = this.cells.get(key);
      if (!entry || !(await this.write(entry.back, key))) return this.draw();
      this.cells.delete(key);
      await this.checkAgain();
      const { value } = this.words(entry.s);
      this.pane.view.status((_, l) => WORDS[l].putBack(key, value));
      $('check').focus();
    });
  }

  /** A refusal because the clerk changed the cell forgets it: what we wrote there is gone. */
  private write(change: CellChange, key: string): Promise<CellChange | undefined> {
    return this.pane.view.busy(
      (_, l) => WORDS[l].writing,
      () =>
        applySuggestion(change).catch((e) => {
          if (e instanceof CellChangedError) this.cells.delete(key);
          throw e;
        }),
    );
  }

  private async checkAgain(): Promise<void> {
    const { pane } = this;
    const again = () => checkInExcel(pane.pack, pane.originals, true, pane.previous);
    pane.show(await pane.view.busy((s) => s.checking, again));
    this.draw();
  }

  private words(s: Suspect) {
    return suspectParts(this.pane.pack, s, this.pane.view.lang);
  }

  private draw(): void {
    const w = WORDS[this.pane.view.lang];
    this.box.hidden = !this.cells.size;
    const h = Object.assign(document.createElement('h2'), { className: 'kind', textContent: w.heading });
    const ul = document.createElement('ul');
    for (const [key, { s, back }] of this.cells) {
      const { cell, value, suggestion } = this.words(s);
      const li = Object.assign(document.createElement('li'), { textContent: `${cell}: ${value} → ${suggestion} ` });
      const undo = button('put-back', w.back(value), w.backLabel(where(back), value));
      undo.dataset.cell = key;
      undo.addEventListener('click', () => void this.putBack(key));
      li.append(undo);
      ul.append(li);
    }
    this.box.replaceChildren(h, ul);
  }
}

function button(className: string, text: string, label: string): HTMLButtonElement {
  const b = Object.assign(document.createElement('button'), { type: 'button', className, textContent: text });
  b.setAttribute('aria-label', label);
  b.title = label;
  return b;
}
