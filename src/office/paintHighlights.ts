/** Paints the cells of findings and gives painted cells back their own fill: one sync to read, one to write. */
import { INPUT_FILL_RGB } from '../engine/index.js';
import { keyOf, type HighlightPlan, type Originals, type SavedFill } from './highlightPlan.js';

/** Suspects: the figures likely wrong, a deeper red than the other cells of failing rules. */
export const HIGHLIGHT = { error: '#FFC7CE', warning: '#F8CBAD', suspect: '#FF7C80' } as const;

/** Colour and pattern; a theme colour comes back as the RGB it showed. */
const FILL_PROPS = { format: { fill: { color: true, pattern: true } } };
/**
 * A cell still showing our colour, from a check whose saved
 * fills are gone (the pane was reopened): it was an input cell.
 */
const INPUT_FILL: SavedFill = { color: `#${INPUT_FILL_RGB}`, pattern: 'Solid' };
const OURS = new Set(Object.values(HIGHLIGHT));

/** Returns the fills to put back later; sheets in `skip` (locked against formatting) are left alone. */
export async function paintHighlights(
  context: Excel.RequestContext,
  plan: HighlightPlan,
  originals: Originals,
  skip: Set<string> = new Set(),
): Promise<Originals> {
  const sheets = context.workbook.worksheets;
  const range = (sheetName: string, address: string) => sheets.getItem(sheetName).getRange(address);
  const toSave = plan.toSave.filter((t) => !skip.has(t.sheetName));
  const saving = toSave.map((t) => ({ t, props: range(t.sheetName, t.address).getCellProperties(FILL_PROPS) }));
  if (saving.length) await context.sync();
  const next: Originals = new Map(originals);
  for (const { t, props } of saving)
    next.set(keyOf(t.key), { key: t.key, fill: own(props.value[0]![0]!.format!.fill!) });
  for (const r of plan.restore.filter((r) => !skip.has(r.sheetName)))
    restoreFill(range(r.sheetName, r.address), r.fill);
  const painted = new Set(plan.paint.map((t) => keyOf(t.key)));
  const stillPainted = new Set(plan.restore.filter((r) => skip.has(r.sheetName)).map((r) => keyOf(r.key)));
  for (const k of next.keys()) if (!painted.has(k) && !stillPainted.has(k)) next.delete(k);
  for (const t of plan.paint.filter((t) => !skip.has(t.sheetName)))
    range(t.sheetName, t.address).format.fill.color = HIGHLIGHT[t.severity];
  await context.sync();
  return next;
}

function own(fill: SavedFill): SavedFill {
  return fill.pattern === 'Solid' && OURS.has(fill.color?.toUpperCase() as never) ? INPUT_FILL : fill;
}

function restoreFill(range: Excel.Range, fill: SavedFill): void {
  if (!fill.pattern || fill.pattern === 'None') range.format.fill.clear();
  else range.setCellProperties([[{ format: { fill } }]]);
}
