/**
 * Redraws the findings without losing what the clerk is typing: the explanation boxes' texts (in order, the
 * findings being the same) and the cursor in the one she is in.
 */
export function keepingDrafts(redraw: () => void): void {
  const boxes = () => [...document.querySelectorAll<HTMLTextAreaElement>('.explain textarea')];
  const before = boxes();
  const texts = before.map((t) => t.value);
  const at = before.findIndex((t) => t === document.activeElement);
  const cursor = before[at] && ([before[at].selectionStart, before[at].selectionEnd] as const);
  redraw();
  const after = boxes();
  if (after.length !== texts.length) return;
  after.forEach((t, i) => (t.value = texts[i]!));
  if (!cursor) return;
  after[at]!.focus({ preventScroll: true });
  after[at]!.setSelectionRange(...cursor);
}
