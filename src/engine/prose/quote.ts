/** A figure's or a date's place in the report, as findings quote it. */
import type { CompiledPack } from '../pack/compilePack.js';
import type { Figure } from './figures.js';
import type { CellLink } from './link.js';
import type { Passage } from './passages.js';
import type { ProseCell, Quote } from './proseFinding.js';

export function quoteOf(passage: Passage, text: string, value?: number): Quote {
  return {
    section: passage.section,
    ...(passage.footnote !== undefined ? { footnote: passage.footnote } : {}),
    sentence: passage.text.replace(/\s+/g, ' ').trim(),
    text,
    ...(value !== undefined ? { value } : {}),
  };
}

/** A figure stands for every value that rounds to it; a whole count for itself alone. */
export function halfUnit(figure: Figure, kind: 'count' | 'percent' | 'number' | 'text'): number {
  return figure.decimals === 0 && kind === 'count' ? 0 : 0.5 * 10 ** -figure.decimals;
}

/** The cell as findings name it: its codes, and where a workbook is given, its address and value. */
export type CellNamer = (link: CellLink) => ProseCell;

export function namerWithout(pack: CompiledPack): CellNamer {
  const names = new Map(pack.pack.sheets.map((s) => [s.code, s.name]));
  return (l) => ({ sheet: l.sheet, sheetName: names.get(l.sheet) ?? l.sheet, row: l.row, column: l.col });
}
