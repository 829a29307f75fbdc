/**
 * Redrawing the findings replaces their elements, as when the likely wrong cells arrive from the worker: the
 * element that had the keyboard focus gives it to its counterpart, the same kind of element for the same cells,
 * with the text being typed in it.
 */
export function keepingFocus(roots: HTMLElement[], redraw: () => void): void {
  const focused = document.activeElement;
  const root = roots.find((r) => focused instanceof HTMLElement && r.contains(focused));
  if (!root || !(focused instanceof HTMLElement)) return redraw();
  const key = keyOf(focused);
  const nth = likeIt(root, key).indexOf(focused);
  redraw();
  const twin = likeIt(root, key)[nth];
  if (focused instanceof HTMLTextAreaElement && twin instanceof HTMLTextAreaElement) twin.value = focused.value;
  twin?.focus();
}

function keyOf(el: HTMLElement): string {
  return [el.tagName, el.className, el.dataset.rule, el.dataset.cells, el.getAttribute('aria-label')].join('\u0000');
}

function likeIt(root: HTMLElement, key: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('*')].filter((el) => keyOf(el) === key);
}
