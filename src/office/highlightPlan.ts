/**
 * Which cells to paint and which to give back their own fill, between one check and the next. Cells are
 * keyed by their codes, not addresses, so a row inserted between two checks does not send a fill back
 * to the wrong cell.
 */
import { address, cellAt, type Finding, type Located, type Severity, type SuspectGroup } from '../engine/index.js';

/** A cell's fill as Excel reports it, kept to be put back exactly. */
export type SavedFill = Excel.CellPropertiesFill;

export interface CellKey {
  sheet: string;
  row: string;
  column: string;
}

/** Fills the cells had before we painted them, by cell key. */
export type Originals = Map<string, { key: CellKey; fill: SavedFill }>;

/** What a cell's fill says: a finding's severity, or a cell likely wrong (in any smallest fix, tied ones too). */
export type Mark = Severity | 'suspect';

export interface Target {
  key: CellKey;
  sheetName: string;
  address: string;
  severity: Mark;
}

export interface HighlightPlan {
  /** Cells to paint whose own fill is not saved yet: read their fill first. */
  toSave: Target[];
  /** Cells to paint: suspects over errors over warnings where a cell has several. */
  paint: Target[];
  /** Painted cells no finding names any more, with the fill to put back. */
  restore: { key: CellKey; sheetName: string; address: string; fill: SavedFill }[];
}

export const keyOf = (k: CellKey) => `${k.sheet}|${k.row}|${k.column}`;

const RANK: Record<Mark, number> = { warning: 0, error: 1, suspect: 2 };

export function targetsOf(findings: Finding[], suspects: SuspectGroup[] = []): Target[] {
  const byKey = new Map<string, Target>();
  const mark = (c: Finding['cells'][number], severity: Mark) => {
    const key = { sheet: c.sheet, row: c.row, column: c.column };
    const known = byKey.get(keyOf(key));
    if (!known || RANK[known.severity] < RANK[severity])
      byKey.set(keyOf(key), { key, sheetName: c.sheetName, address: c.address, severity });
  };
  for (const f of findings) for (const c of f.cells) mark(c, f.severity);
  for (const g of suspects) for (const set of g.sets) for (const s of set.cells) mark(s.cell, 'suspect');
  return [...byKey.values()];
}

export function planHighlights(originals: Originals, targets: Target[], located: Located): HighlightPlan {
  const wanted = new Set(targets.map((t) => keyOf(t.key)));
  const restore: HighlightPlan['restore'] = [];
  for (const [k, { key, fill }] of originals) {
    if (wanted.has(k)) continue;
    const at = cellAt(located.grids.get(key.sheet), key.row, key.column);
    if (at) restore.push({ key, sheetName: at.sheet.name, address: address(at.rowIndex, at.colIndex), fill });
  }
  return { toSave: targets.filter((t) => !originals.has(keyOf(t.key))), paint: targets, restore };
}
