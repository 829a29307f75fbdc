/** Range.getCellProperties / setCellProperties: per-cell format as 2-D arrays of nested objects. */
import { qualified, type Area } from './a1.js';
import { colorOfXlsx, normalizeColor, argbOf } from './colors.js';
import { entries, eachCell, grid } from './cellsView.js';
import { simError } from './errors.js';
import { book, type Cell, type Sheet } from './model.js';
import { assertFormattable, assertUnprotected } from './protection.js';
import { setStyle } from './rangeFormat.js';

type Spec = Record<string, unknown>;
const WHERE_GET = 'Range.getCellProperties';
const WHERE_SET = 'Range.setCellProperties';

/** The properties asked for, each cell's as Excel gives them: no fill is {color: '#FFFFFF', pattern: 'None'}. */
export function getCellProperties(sheet: Sheet, area: Area, spec: Spec): Record<string, unknown>[][] {
  book.live(sheet, WHERE_GET);
  checkKeys(spec, ['address', 'addressLocal', 'format'], '');
  const format = (spec['format'] ?? {}) as Spec;
  checkKeys(format, ['fill', 'font', 'wrapText', 'protection'], 'format/');
  const fill = (format['fill'] ?? {}) as Spec;
  const font = (format['font'] ?? {}) as Spec;
  checkKeys(fill, ['color', 'pattern'], 'format/fill/');
  checkKeys(font, ['bold', 'italic', 'color'], 'format/font/');
  const protection = (format['protection'] ?? {}) as Spec;
  checkKeys(protection, ['locked', 'formulaHidden'], 'format/protection/');
  return grid(
    sheet,
    area,
    (cell, r, c) => {
      const props: Record<string, unknown> = {};
      const here = { r0: r, c0: c, r1: r, c1: c };
      if (spec['address']) props['address'] = qualified(sheet.name, here);
      if (spec['addressLocal']) props['addressLocal'] = qualified(sheet.name, here);
      const out: Record<string, unknown> = {};
      if (Object.keys(fill).length) {
        const f: Record<string, unknown> = {};
        if (fill['color']) f['color'] = cell?.fill?.color ?? '#FFFFFF';
        if (fill['pattern']) f['pattern'] = cell?.fill?.pattern ?? 'None';
        out['fill'] = f;
      }
      if (Object.keys(font).length) {
        const f: Record<string, unknown> = {};
        const style = cell?.style?.font ?? {};
        if (font['bold']) f['bold'] = style['bold'] === true;
        if (font['italic']) f['italic'] = style['italic'] === true;
        if (font['color']) f['color'] = colorOfXlsx(style['color'] as never) ?? '#000000';
        out['font'] = f;
      }
      if (format['wrapText']) out['wrapText'] = cell?.style?.alignment?.['wrapText'] === true;
      if (Object.keys(protection).length) {
        const p: Record<string, unknown> = {};
        if (protection['locked']) p['locked'] = cell?.locked !== false;
        if (protection['formulaHidden']) p['formulaHidden'] = false;
        out['protection'] = p;
      }
      if (Object.keys(out).length) props['format'] = out;
      return props;
    },
    WHERE_GET,
  );
}

interface Change {
  fill?: { color?: string; pattern?: string };
  font?: { bold?: boolean; italic?: boolean; color?: string };
  wrapText?: boolean;
  locked?: boolean;
}

/** Checks every entry first (shape, colours, permissions), then applies: one bad entry changes nothing. */
export function setCellProperties(sheet: Sheet, area: Area, input: unknown): void {
  book.live(sheet, WHERE_SET);
  if (!Array.isArray(input)) throw simError('InvalidArgument', 'setCellProperties takes a 2-D array.', WHERE_SET);
  const entryAt = entries(input, area, WHERE_SET);
  const changes = new Map<string, Change>();
  let formats = false;
  let locks = false;
  for (let r = area.r0; r <= area.r1; r++) {
    for (let c = area.c0; c <= area.c1; c++) {
      const change = parseEntry(entryAt(r, c));
      if (!change) continue;
      formats ||= Boolean(change.fill || change.font || change.wrapText !== undefined);
      locks ||= change.locked !== undefined;
      changes.set(`${r},${c}`, change);
    }
  }
  if (formats) assertFormattable(sheet, WHERE_SET);
  if (locks) assertUnprotected(sheet, WHERE_SET);
  eachCell({ sheet, areas: [area] }, (cell, r, c) => {
    const change = changes.get(`${r},${c}`);
    if (change) apply(cell, change);
  });
}

function parseEntry(entry: unknown): Change | undefined {
  if (entry === null || entry === undefined) return undefined;
  if (typeof entry !== 'object')
    throw simError('InvalidArgument', 'Each cell entry is an object like {format: {fill: {color}}}.', WHERE_SET);
  const e = entry as Spec;
  const format = (e['format'] ?? {}) as Spec;
  const change: Change = {};
  const fill = format['fill'] as Spec | undefined;
  if (fill) {
    change.fill = {};
    if (fill['color'] !== undefined) change.fill.color = normalizeColor(fill['color'], WHERE_SET);
    if (fill['pattern'] !== undefined) {
      if (typeof fill['pattern'] !== 'string')
        throw simError('InvalidArgument', 'A fill pattern is a name such as "Solid".', WHERE_SET);
      change.fill.pattern = fill['pattern'];
    }
  }
  const font = format['font'] as Spec | undefined;
  if (font) {
    change.font = {};
    if (font['bold'] !== undefined) change.font.bold = Boolean(font['bold']);
    if (font['italic'] !== undefined) change.font.italic = Boolean(font['italic']);
    if (font['color'] !== undefined) change.font.color = normalizeColor(font['color'], WHERE_SET);
  }
  if (format['wrapText'] !== undefined) change.wrapText = Boolean(format['wrapText']);
  const protection = format['protection'] as Spec | undefined;
  if (protection?.['locked'] !== undefined) change.locked = Boolean(protection['locked']);
  return change;
}

function apply(cell: Cell, change: Change): void {
  if (change.fill) {
    const { color, pattern } = change.fill;
    if (pattern === 'None') cell.fill = undefined;
    else if (color !== undefined || pattern !== undefined) {
      cell.fill = { color: color ?? cell.fill?.color ?? '#FFFFFF', pattern: pattern ?? cell.fill?.pattern ?? 'Solid' };
    }
  }
  if (change.font) {
    if (change.font.bold !== undefined) setStyle(cell, 'font', 'bold', change.font.bold || undefined);
    if (change.font.italic !== undefined) setStyle(cell, 'font', 'italic', change.font.italic || undefined);
    if (change.font.color !== undefined) setStyle(cell, 'font', 'color', { argb: argbOf(change.font.color) });
  }
  if (change.wrapText !== undefined) setStyle(cell, 'alignment', 'wrapText', change.wrapText || undefined);
  if (change.locked !== undefined) cell.locked = change.locked ? undefined : false;
}

function checkKeys(spec: Spec, known: string[], prefix: string): void {
  const unknown = Object.keys(spec).filter((key) => !known.includes(key));
  if (unknown.length) {
    throw simError(
      'InvalidArgument',
      `getCellProperties cannot give ${unknown.map((k) => prefix + k).join(', ')} (not simulated).`,
      WHERE_GET,
    );
  }
}
