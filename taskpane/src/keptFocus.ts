/**
 * Redrawing the findings replaces their elements: the element that had the keyboard focus gives it to its
 * counterpart (the same kind of element for the same cells), with its text and cursor when it is a text box.
 * `drafts`: the same workbook's findings drawn again, so every explanation box keeps what was typed in it.
 */
export function keepingFocus(roots: HTMLElement[], redraw: () => void, drafts: boolean): void {
  const texts = drafts ? boxes(roots).map((t) => t.value) : undefined;
  const focused = document.activeElement;
  const root = roots.find((r) => focused instanceof HTMLElement && r.contains(focused));
  const key = root && keyOf(focused as HTMLElement);
  const nth = key ? likeIt(root, key).indexOf(focused as HTMLElement) : -1;
  redraw();
  const after = boxes(roots);
  if (texts && after.length === texts.length) after.forEach((t, i) => (t.value = texts[i]!));
  const twin = key ? likeIt(root, key)[nth] : undefined;
  if (!twin) return;
  twin.focus({ preventScroll: true });
  if (focused instanceof HTMLTextAreaElement && twin instanceof HTMLTextAreaElement) {
    twin.value = focused.value;
    twin.setSelectionRange(focused.selectionStart, focused.selectionEnd);
  }
}

const boxes = (roots: HTMLElement[]) => roots.flatMap((r) => [...r.querySelectorAll('textarea')]);

function keyOf(el: HTMLElement): string {
  return [el.tagName, el.className, el.dataset.rule, el.dataset.cells, el.getAttribute('aria-label')].join('\u0000');
}

function likeIt(root: HTMLElement, key: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('*')].filter((el) => keyOf(el) === key);
}
