/** Range.format and its fill, font and protection: formats of the cells, obeying sheet protection. */
import { ClientObject } from './clientObject.js';
import { colorOfXlsx, argbOf, normalizeColor } from './colors.js';
import type { RequestContext } from './context.js';
import { eachCell, uniform, type Cells } from './cellsView.js';
import { simError } from './errors.js';
import { book, type Cell } from './model.js';
import { assertFormattable, assertUnprotected } from './protection.js';

const DEFAULT_WIDTH = 8.43;
const DEFAULT_HEIGHT = 15;
const NO_FILL = '#FFFFFF';

/** Column width: xlsx characters (Calibri 11) ↔ the points Excel's API uses. */
export function pointsOfChars(chars: number): number {
  return Math.trunc(chars * 7 + 5) * 0.75;
}
export function charsOfPoints(points: number): number {
  return Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);
}

abstract class CellsObject extends ClientObject<Cells> {
  constructor(context: RequestContext, resolve: () => Cells | null) {
    super(context, resolve, false);
  }
}

export class RangeFormat extends CellsObject {
  readonly _typeName = 'RangeFormat';

  _scalars(): readonly string[] {
    return ['columnWidth', 'rowHeight', 'wrapText', 'horizontalAlignment', 'verticalAlignment'];
  }
  override _navNames(): readonly string[] {
    return ['fill', 'font', 'protection'];
  }
  override _nav(name: string): ClientObject<unknown> | undefined {
    return name === 'fill'
      ? this.fill
      : name === 'font'
        ? this.font
        : name === 'protection'
          ? this.protection
          : undefined;
  }

  _read(cells: Cells, prop: string): unknown {
    const { sheet, areas } = cells;
    switch (prop) {
      case 'columnWidth': {
        const widths = new Set(
          areas.flatMap((a) => range(a.c0, a.c1).map((c) => sheet.columnWidths.get(c) ?? DEFAULT_WIDTH)),
        );
        return widths.size === 1 ? pointsOfChars([...widths][0] ?? DEFAULT_WIDTH) : null;
      }
      case 'rowHeight': {
        const heights = new Set(
          areas.flatMap((a) =>
            range(a.r0, Math.min(a.r1, a.r0 + 100_000)).map((r) => sheet.rowHeights.get(r) ?? DEFAULT_HEIGHT),
          ),
        );
        return heights.size === 1 ? [...heights][0] : null;
      }
      case 'wrapText':
        return uniform(cells, (cell) => cell?.style?.alignment?.['wrapText'] === true);
      case 'horizontalAlignment':
        return uniform(cells, (cell) => alignmentName(cell?.style?.alignment?.['horizontal'], 'General'));
      case 'verticalAlignment':
        return uniform(cells, (cell) => alignmentName(cell?.style?.alignment?.['vertical'], 'Bottom'));
      default:
        return undefined;
    }
  }

  get fill(): RangeFill {
    return this._child('fill', () => new RangeFill(this.context, () => this._entity()));
  }
  get font(): RangeFont {
    return this._child('font', () => new RangeFont(this.context, () => this._entity()));
  }
  get protection(): FormatProtection {
    return this._child('protection', () => new FormatProtection(this.context, () => this._entity()));
  }

  get columnWidth(): number {
    return this._get('columnWidth');
  }
  set columnWidth(points: number) {
    this._set('columnWidth', points, (cells) => {
      book.live(cells.sheet);
      assertFormattable(cells.sheet, 'RangeFormat.columnWidth', 'Columns');
      if (typeof points !== 'number' || !(points >= 0))
        throw simError('InvalidArgument', 'A column width is a number of points.', 'RangeFormat.columnWidth');
      for (const area of cells.areas)
        for (const c of range(area.c0, area.c1)) cells.sheet.columnWidths.set(c, charsOfPoints(points));
    });
  }

  get rowHeight(): number {
    return this._get('rowHeight');
  }
  set rowHeight(points: number) {
    this._set('rowHeight', points, (cells) => {
      book.live(cells.sheet);
      assertFormattable(cells.sheet, 'RangeFormat.rowHeight', 'Rows');
      if (typeof points !== 'number' || !(points >= 0))
        throw simError('InvalidArgument', 'A row height is a number of points.', 'RangeFormat.rowHeight');
      for (const area of cells.areas) for (const r of range(area.r0, area.r1)) cells.sheet.rowHeights.set(r, points);
    });
  }

  get wrapText(): boolean | null {
    return this._get('wrapText');
  }
  set wrapText(wrap: boolean) {
    this._set('wrapText', wrap, (cells) => {
      book.live(cells.sheet);
      assertFormattable(cells.sheet, 'RangeFormat.wrapText');
      eachCell(cells, (cell) => setStyle(cell, 'alignment', 'wrapText', wrap ? true : undefined));
    });
  }

  get horizontalAlignment(): string | null {
    return this._get('horizontalAlignment');
  }
  set horizontalAlignment(name: string) {
    this._set('horizontalAlignment', name, (cells) => this.align(cells, 'horizontal', name));
  }
  get verticalAlignment(): string | null {
    return this._get('verticalAlignment');
  }
  set verticalAlignment(name: string) {
    this._set('verticalAlignment', name, (cells) => this.align(cells, 'vertical', name));
  }

  private align(cells: Cells, key: 'horizontal' | 'vertical', name: string): void {
    book.live(cells.sheet);
    assertFormattable(cells.sheet, `RangeFormat.${key}Alignment`);
    const xlsx = name === 'Center' && key === 'vertical' ? 'middle' : name.charAt(0).toLowerCase() + name.slice(1);
    eachCell(cells, (cell) => setStyle(cell, 'alignment', key, xlsx));
  }
}

export class RangeFill extends CellsObject {
  readonly _typeName = 'RangeFill';

  _scalars(): readonly string[] {
    return ['color', 'pattern'];
  }

  /** '#RRGGBB' of every cell alike; '#FFFFFF' where there is no fill; null when the cells differ. */
  _read(cells: Cells, prop: string): unknown {
    if (prop === 'color') return uniform(cells, (cell) => cell?.fill?.color ?? NO_FILL);
    return uniform(cells, (cell) => cell?.fill?.pattern ?? 'None');
  }

  get color(): string | null {
    return this._get('color');
  }
  set color(color: string) {
    this._set('color', color, (cells) => {
      book.live(cells.sheet);
      assertFormattable(cells.sheet, 'RangeFill.color');
      const normalized = normalizeColor(color, 'RangeFill.color');
      eachCell(cells, (cell) => {
        cell.fill = {
          color: normalized,
          pattern: cell.fill && cell.fill.pattern !== 'None' ? cell.fill.pattern : 'Solid',
        };
      });
    });
  }

  get pattern(): string | null {
    return this._get('pattern');
  }

  clear(): void {
    this._values = {};
    this._do((cells) => {
      book.live(cells.sheet);
      assertFormattable(cells.sheet, 'RangeFill.clear');
      eachCell(cells, (cell) => {
        cell.fill = undefined;
      });
    });
  }
}

export class RangeFont extends CellsObject {
  readonly _typeName = 'RangeFont';

  _scalars(): readonly string[] {
    return ['bold', 'color', 'italic', 'name', 'size'];
  }

  _read(cells: Cells, prop: string): unknown {
    const font = (cell: Cell | undefined) => cell?.style?.font ?? {};
    switch (prop) {
      case 'bold':
        return uniform(cells, (cell) => font(cell)['bold'] === true);
      case 'italic':
        return uniform(cells, (cell) => font(cell)['italic'] === true);
      case 'color':
        return uniform(cells, (cell) => colorOfXlsx(font(cell)['color'] as never) ?? '#000000');
      case 'name':
        return uniform(cells, (cell) => (font(cell)['name'] as string | undefined) ?? 'Calibri');
      default:
        return uniform(cells, (cell) => (font(cell)['size'] as number | undefined) ?? 11);
    }
  }

  get bold(): boolean | null {
    return this._get('bold');
  }
  set bold(bold: boolean) {
    this._set('bold', bold, (cells) => this.write(cells, 'RangeFont.bold', 'bold', bold ? true : undefined));
  }

  get italic(): boolean | null {
    return this._get('italic');
  }
  set italic(italic: boolean) {
    this._set('italic', italic, (cells) => this.write(cells, 'RangeFont.italic', 'italic', italic ? true : undefined));
  }

  get color(): string | null {
    return this._get('color');
  }
  set color(color: string) {
    this._set('color', color, (cells) =>
      this.write(cells, 'RangeFont.color', 'color', { argb: argbOf(normalizeColor(color, 'RangeFont.color')) }),
    );
  }

  get name(): string | null {
    return this._get('name');
  }
  get size(): number | null {
    return this._get('size');
  }
  set size(size: number) {
    this._set('size', size, (cells) => this.write(cells, 'RangeFont.size', 'size', size));
  }

  private write(cells: Cells, where: string, key: string, value: unknown): void {
    book.live(cells.sheet);
    assertFormattable(cells.sheet, where);
    eachCell(cells, (cell) => setStyle(cell, 'font', key, value));
  }
}

/** Range.format.protection: the cells' locked flag. */
export class FormatProtection extends CellsObject {
  readonly _typeName = 'FormatProtection';

  _scalars(): readonly string[] {
    return ['locked', 'formulaHidden'];
  }

  _read(cells: Cells, prop: string): unknown {
    return prop === 'locked' ? uniform(cells, (cell) => cell?.locked !== false) : false;
  }

  get locked(): boolean | null {
    return this._get('locked');
  }
  set locked(locked: boolean) {
    this._set('locked', locked, (cells) => {
      book.live(cells.sheet);
      assertUnprotected(cells.sheet, 'FormatProtection.locked');
      eachCell(cells, (cell) => {
        cell.locked = locked ? undefined : false;
      });
    });
  }

  get formulaHidden(): boolean | null {
    return this._get('formulaHidden');
  }
}

/** Sets (or with undefined, removes) one key of a cell's font or alignment. */
export function setStyle(cell: Cell, part: 'font' | 'alignment', key: string, value: unknown): void {
  const style = { ...cell.style };
  const section = { ...style[part] };
  if (value === undefined) delete section[key];
  else section[key] = value;
  if (Object.keys(section).length) style[part] = section;
  else delete style[part];
  cell.style = Object.keys(style).length ? style : undefined;
}

function alignmentName(value: unknown, fallback: string): string {
  if (typeof value !== 'string') return fallback;
  const names: Record<string, string> = { centerContinuous: 'CenterAcrossSelection', middle: 'Center' };
  return names[value] ?? value.charAt(0).toUpperCase() + value.slice(1);
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}
