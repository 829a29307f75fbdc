/**
 * Finds the pack's sheets, rows and columns in a workbook by their codes, not by address, so rows
 * and columns a user inserted, sheets renamed (found by their defined name) and reordered do no harm.
 */
import type { CompiledPack } from '../pack/compilePack.js';
import { ForeignWorkbookError, WrongPackError } from './errors.js';
import { address } from './address.js';
import type { DuplicatePart, MissingPart } from '../check/finding.js';
import { META_KEYS, sheetMarkerName } from './markers.js';
import type { SheetSpec } from '../pack/pack.js';
import type { RawCell, RawSheet, RawWorkbook } from './workbook.js';

/** Repeats of one code a warning names by address; the rest it counts. */
const DUPLICATES_SHOWN = 3;

export interface CellPosition {
  sheet: RawSheet;
  rowIndex: number;
  colIndex: number;
}

/** A template sheet found in the workbook, with the row and column of each code found in it. */
export interface SheetGrid {
  sheet: RawSheet;
  rows: Map<string, number>;
  cols: Map<string, number>;
}

export interface Located {
  /** Where each slot of the pack sits, undefined when its sheet, row or column is missing. */
  positions: (CellPosition | undefined)[];
  /** The sheets found, by sheet code. */
  grids: Map<string, SheetGrid>;
  /** Parts of the template missing or standing twice. */
  layoutProblems: (MissingPart | DuplicatePart)[];
}

export function locateTemplate(pack: CompiledPack, wb: RawWorkbook, file: string): Located {
  checkIdentity(pack, wb, file);
  const found = pack.pack.sheets.map((spec) => ({ spec, sheet: findSheet(spec, wb) }));
  if (found.every((f) => !f.sheet)) throw new ForeignWorkbookError(file, packLabel(pack));
  const grids = new Map<string, SheetGrid>();
  const missing: Located['layoutProblems'] = [];
  for (const { spec, sheet } of found) {
    if (!sheet) {
      missing.push(missingPart('missing-sheet', spec.code, spec.name, spec.code));
      continue;
    }
    const { grid, problems } = locateCodes(spec, sheet);
    grids.set(spec.code, grid);
    for (const problem of problems) missing.push(problem);
  }
  const positions = pack.slots.map((slot) => cellAt(grids.get(slot.sheet), slot.row, slot.col));
  return { positions, grids, layoutProblems: missing };
}

/** The cell at a row code and a column code of a sheet found, if both codes were found. */
export function cellAt(grid: SheetGrid | undefined, row: string, col: string): CellPosition | undefined {
  const r = grid?.rows.get(row);
  const c = grid?.cols.get(col);
  return grid && r !== undefined && c !== undefined ? { sheet: grid.sheet, rowIndex: r, colIndex: c } : undefined;
}

export function packLabel(pack: CompiledPack): string {
  return `${pack.pack.id} ${pack.pack.version}`;
}

function checkIdentity(pack: CompiledPack, wb: RawWorkbook, file: string): void {
  const id = wb.meta?.[META_KEYS.packId];
  if (id === undefined) return;
  const found = `${id} ${wb.meta?.[META_KEYS.packVersion] ?? '?'}`;
  if (found !== packLabel(pack)) throw new WrongPackError(file, found, packLabel(pack));
}

function findSheet(spec: SheetSpec, wb: RawWorkbook): RawSheet | undefined {
  const marker = wb.names[sheetMarkerName(spec.code)];
  const byMarker = marker && wb.sheets.find((s) => s.name === marker.sheet);
  return byMarker ?? wb.sheets.find((s) => s.name === spec.name);
}

/** The code row is the row holding most column codes; the code column, below it, most row codes. */
function locateCodes(spec: SheetSpec, sheet: RawSheet): { grid: SheetGrid; problems: Located['layoutProblems'] } {
  const colCodes = new Set(spec.columns.map((c) => c.code));
  const rowCodes = new Set(spec.rows.map((r) => r.code));
  const codeRow = best(sheet.cells.length, (r) => countIn(sheet.cells[r] ?? [], colCodes));
  const perColumn: number[] = [];
  for (const row of sheet.cells.slice(codeRow + 1)) {
    row?.forEach((c, i) => (perColumn[i] = (perColumn[i] ?? 0) + (rowCodes.has(cellText(c)) ? 1 : 0)));
  }
  const codeCol = best(perColumn.length, (c) => perColumn[c] ?? 0);
  const cols = positions(Array.from(sheet.cells[codeRow] ?? [], cellText), colCodes);
  const rows = positions(
    Array.from(sheet.cells, (r, i) => (i > codeRow ? cellText(r?.[codeCol]) : '')),
    rowCodes,
  );
  const part = { sheet: spec.code, sheetName: sheet.name, rule: 'template' };
  const problems: Located['layoutProblems'] = [
    ...spec.rows
      .filter((r) => !rows.first.has(r.code))
      .map((r) => missingPart('missing-row', spec.code, sheet.name, r.code)),
    ...spec.columns
      .filter((c) => !cols.first.has(c.code))
      .map((c) => missingPart('missing-column', spec.code, sheet.name, c.code)),
    ...[...rows.repeats].map(([code, at]) =>
      duplicate(part, 'duplicate-row', code, rows.first.get(code)!, at, (r) => address(r, codeCol)),
    ),
    ...[...cols.repeats].map(([code, at]) =>
      duplicate(part, 'duplicate-column', code, cols.first.get(code)!, at, (c) => address(codeRow, c)),
    ),
  ];
  return { grid: { sheet, rows: rows.first, cols: cols.first }, problems };
}

/** Where each code first stands, and the later places it stands again, by code. */
function positions(texts: string[], codes: Set<string>) {
  const first = new Map<string, number>();
  const repeats = new Map<string, number[]>();
  texts.forEach((code, i) => {
    if (!codes.has(code)) return;
    if (!first.has(code)) first.set(code, i);
    else if (repeats.has(code)) repeats.get(code)!.push(i);
    else repeats.set(code, [i]);
  });
  return { first, repeats };
}

/** One warning per code, however often it repeats: its first place, the first few repeats and how many there are. */
function duplicate(
  part: { sheet: string; sheetName: string; rule: string },
  code: DuplicatePart['code'],
  found: string,
  first: number,
  repeats: number[],
  at: (i: number) => string,
): DuplicatePart {
  const shown = repeats.slice(0, DUPLICATES_SHOWN).map(at);
  return {
    ...part,
    code,
    severity: 'warning',
    cells: [],
    found,
    addresses: [at(first), ...shown],
    repeats: repeats.length,
  };
}

function best(n: number, score: (i: number) => number): number {
  let at = 0;
  let top = -1;
  for (let i = 0; i < n; i++) {
    const s = score(i);
    if (s > top) [at, top] = [i, s];
  }
  return at;
}

function countIn(cells: (RawCell | undefined)[], codes: Set<string>): number {
  return cells.reduce((n, c) => n + (codes.has(cellText(c)) ? 1 : 0), 0);
}

function cellText(cell: RawCell | undefined): string {
  const v = cell?.value;
  return v === null || v === undefined ? '' : String(v).trim();
}

function missingPart(code: MissingPart['code'], sheet: string, sheetName: string, what: string): MissingPart {
  return { code, rule: 'template', severity: 'error', cells: [], found: what, sheet, sheetName };
}
