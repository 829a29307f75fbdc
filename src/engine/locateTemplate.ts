/**
 * Finds the pack's sheets, rows and columns in a workbook by their codes, not by address, so rows
 * and columns a user inserted, sheets renamed (found by their defined name) and reordered do no harm.
 */
import type { CompiledPack } from './compilePack.js';
import { ForeignWorkbookError, WrongPackError } from './errors.js';
import type { MissingPart } from './finding.js';
import { META_KEYS, sheetMarkerName } from './layout.js';
import type { SheetSpec } from './pack.js';
import type { RawCell, RawSheet, RawWorkbook } from './workbook.js';

export interface CellPosition {
  sheet: RawSheet;
  row: number;
  col: number;
}

export interface Located {
  /** Where each slot of the pack sits, undefined when its sheet, row or column is missing. */
  positions: (CellPosition | undefined)[];
  missing: MissingPart[];
}

export function locateTemplate(pack: CompiledPack, wb: RawWorkbook, file: string): Located {
  checkIdentity(pack, wb, file);
  const found = pack.pack.sheets.map((spec) => ({ spec, sheet: findSheet(spec, wb) }));
  if (found.every((f) => !f.sheet)) throw new ForeignWorkbookError(file, packLabel(pack));
  const grids = new Map<string, { sheet: RawSheet; grid: SheetGrid }>();
  const missing: MissingPart[] = [];
  for (const { spec, sheet } of found) {
    if (!sheet) {
      missing.push(missingPart('missing-sheet', spec.code, spec.name, spec.code));
      continue;
    }
    const grid = locateCodes(spec, sheet);
    grids.set(spec.code, { sheet, grid });
    missing.push(...grid.missing);
  }
  const positions = pack.slots.map((slot): CellPosition | undefined => {
    const at = grids.get(slot.sheet);
    const row = at?.grid.rows.get(slot.row);
    const col = at?.grid.cols.get(slot.col);
    return at && row !== undefined && col !== undefined ? { sheet: at.sheet, row, col } : undefined;
  });
  return { positions, missing };
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

interface SheetGrid {
  rows: Map<string, number>;
  cols: Map<string, number>;
  missing: MissingPart[];
}

/** The code row is the row holding most column codes; the code column, below it, most row codes. */
function locateCodes(spec: SheetSpec, sheet: RawSheet): SheetGrid {
  const colCodes = new Set(spec.columns.map((c) => c.code));
  const rowCodes = new Set(spec.rows.map((r) => r.code));
  const codeRow = best(sheet.cells.length, (r) => countIn(sheet.cells[r] ?? [], colCodes));
  const cols = firstPositions(sheet.cells[codeRow] ?? [], colCodes);
  const below = sheet.cells.slice(codeRow + 1);
  const width = below.reduce((w, r) => Math.max(w, r.length), 0);
  const codeCol = best(width, (c) => countIn(below.map((r) => r[c]), rowCodes));
  const rows = new Map<string, number>();
  below.forEach((r, i) => {
    const code = cellText(r[codeCol]);
    if (rowCodes.has(code) && !rows.has(code)) rows.set(code, codeRow + 1 + i);
  });
  const missing = [
    ...spec.rows.filter((r) => !rows.has(r.code)).map((r) => missingPart('missing-row', spec.code, sheet.name, r.code)),
    ...spec.columns.filter((c) => !cols.has(c.code)).map((c) => missingPart('missing-column', spec.code, sheet.name, c.code)),
  ];
  return { rows, cols, missing };
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

function firstPositions(cells: (RawCell | undefined)[], codes: Set<string>): Map<string, number> {
  const at = new Map<string, number>();
  cells.forEach((c, i) => {
    const code = cellText(c);
    if (codes.has(code) && !at.has(code)) at.set(code, i);
  });
  return at;
}

function cellText(cell: RawCell | undefined): string {
  const v = cell?.value;
  return v === null || v === undefined ? '' : String(v).trim();
}

function missingPart(code: MissingPart['code'], sheet: string, sheetName: string, what: string): MissingPart {
  return { code, rule: 'template', severity: 'error', cells: [], found: what, sheet, sheetName };
}
