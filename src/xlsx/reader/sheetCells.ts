/**
 * One worksheet part as a RawSheet: every cell that holds something, at its 0-based place, found by its
 * `r` or, where a writer left `r` out, by its order. Cells a merge hides are left out, as Excel shows them.
 */
import type { RawCell, RawSheet } from '../../engine/index.js';
import { UnreadableWorkbookError } from '../errors.js';
import { cellValue } from './cellValue.js';
import { cellPlace, rowIndexOf } from './cellRef.js';
import { BeyondGridError, TextTooLongError, TooManyCellsError, TooManyMergesError } from './errors.js';
import { LIMITS } from './limits.js';
import { RichText } from './richText.js';
import { attr, isMain, readPart, type Tag } from './xmlPart.js';
import type { ZipArchive } from './zipArchive.js';

export interface SheetContext {
  archive: ZipArchive;
  file: string;
  strings: string[];
  styles: (string | undefined)[];
  date1904: boolean;
  /** Cells kept so far in the whole workbook. */
  cells: { count: number };
}

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function sheetCells(ctx: SheetContext, name: string, part: string): RawSheet {
  const reader = new SheetReader(ctx, name, part);
  readPart(ctx.archive, part, ctx.file, reader);
  return { name, cells: reader.result() };
}

class SheetReader {
  private readonly rows: (RawCell | undefined)[][] = [];
  private readonly merges: Range[] = [];
  private row = -1;
  private col = -1;
  private kept = 0;
  private cell: { type: string; style: string | undefined; formula: boolean; text: string | undefined } | undefined;
  private inValue = false;
  private inline: RichText | undefined;

  constructor(
    private readonly ctx: SheetContext,
    private readonly name: string,
    private readonly part: string,
  ) {}

  open(tag: Tag): void {
    if (this.inline) this.inline.open(tag);
    if (isMain(tag, 'row')) this.openRow(attr(tag, 'r'));
    else if (isMain(tag, 'c')) this.openCell(tag);
    else if (!this.cell) {
      if (isMain(tag, 'mergeCell')) this.merges.push(this.range(attr(tag, 'ref') ?? ''));
    } else if (isMain(tag, 'f')) this.cell.formula = true;
    else if (isMain(tag, 'v')) this.inValue = true;
    else if (isMain(tag, 'is')) this.inline = new RichText(this.ctx.file, this.part);
  }

  close(tag: Tag): void {
    if (this.inline) this.inline.close(tag);
    if (isMain(tag, 'v')) this.inValue = false;
    else if (isMain(tag, 'is') && this.cell && this.inline) {
      this.cell.text = this.inline.take() ?? '';
      this.inline = undefined;
    } else if (isMain(tag, 'c')) this.closeCell();
  }

  text(text: string): void {
    if (this.inline) this.inline.text(text);
    else if (this.inValue && this.cell) {
      this.cell.text = (this.cell.text ?? '') + text;
      if (this.cell.text.length > LIMITS.textLength) throw new TextTooLongError(this.ctx.file, this.part);
    }
  }

  /** The rows, each an array of cells; rows without cells are empty arrays. */
  result(): (RawCell | undefined)[][] {
    this.dropMergedOver();
    let length = this.rows.length;
    while (length > 0 && !this.rows[length - 1]?.some(Boolean)) length--;
    return Array.from({ length }, (_, r) => this.rows[r] ?? []);
  }

  private openRow(r: string | undefined): void {
    const row = r === undefined ? this.row + 1 : rowIndexOf(r);
    if (Number.isNaN(row)) throw this.damaged();
    if (row === Infinity) throw new BeyondGridError(this.ctx.file, 'cell', this.name, `${r}`);
    this.row = row;
    this.col = -1;
  }

  private openCell(tag: Tag): void {
    const r = attr(tag, 'r');
    const place = r === undefined ? { rowIndex: Math.max(this.row, 0), colIndex: this.col + 1 } : cellPlace(r);
    if (!place) throw this.damaged();
    if (place.rowIndex === Infinity || place.colIndex >= LIMITS.columns) {
      throw new BeyondGridError(this.ctx.file, 'cell', this.name, r ?? `${place.rowIndex + 1}`);
    }
    [this.row, this.col] = [place.rowIndex, place.colIndex];
    this.cell = { type: attr(tag, 't') ?? 'n', style: attr(tag, 's'), formula: false, text: undefined };
  }

  private closeCell(): void {
    const cell = this.cell;
    this.cell = undefined;
    this.inValue = false;
    if (!cell || (cell.text === undefined && !cell.formula)) return;
    const numFmt = cell.style === undefined ? undefined : this.ctx.styles[Number(cell.style)];
    const raw = cellValue(cell.type, cell.text, cell.formula, numFmt, this.ctx);
    if (raw === 'damaged') throw this.damaged();
    if (!raw) return;
    if (++this.kept > LIMITS.cellsPerSheet) throw new TooManyCellsError(this.ctx.file, this.name);
    if (++this.ctx.cells.count > LIMITS.cells) throw new TooManyCellsError(this.ctx.file, undefined);
    (this.rows[this.row] ??= [])[this.col] = raw;
  }

  private range(ref: string): Range {
    const [from, to = from] = ref.split(':').map(cellPlace);
    if (!from || !to) throw this.damaged();
    const beyond = [from, to].find((p) => p.rowIndex === Infinity || p.colIndex === Infinity);
    if (beyond) throw new BeyondGridError(this.ctx.file, 'cell', this.name, ref);
    return { top: from.rowIndex, left: from.colIndex, bottom: to.rowIndex, right: to.colIndex };
  }

  /** Only the first cell of a merged range shows; what the others hold is hidden and not read. */
  private dropMergedOver(): void {
    let work = 0;
    for (const { top, left, bottom, right } of this.merges) {
      for (let r = top; r <= Math.min(bottom, this.rows.length - 1); r++) {
        const row = this.rows[r];
        work++;
        if (!row) continue;
        for (let c = left; c <= Math.min(right, row.length - 1); c++) {
          if (++work > LIMITS.mergeWork) throw new TooManyMergesError(this.ctx.file, this.name);
          if (row[c] && (r !== top || c !== left)) delete row[c];
        }
        while (row.length && row[row.length - 1] === undefined) row.length--;
      }
      if (work > LIMITS.mergeWork) throw new TooManyMergesError(this.ctx.file, this.name);
    }
  }

  private damaged(): UnreadableWorkbookError {
    return new UnreadableWorkbookError(this.ctx.file);
  }
}
