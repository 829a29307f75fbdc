/** A finding's cell as every output writes it: "'Biểu 1'!C17 [4; (1)] = 27.023". */
import type { FindingCell } from '../check/finding.js';
import type { CompiledPack } from '../pack/compilePack.js';
import type { Lang } from '../pack/pack.js';
import { formatNumber } from './formatNumber.js';

/** Decimals for a value of no known cell: as typed. */
const AS_TYPED = 6;

/** The address is bare when the cell is on `home`, the sheet (code) the reader is looking at. */
export function cellText(pack: CompiledPack, c: FindingCell, lang: Lang, home?: string): string {
  const where = c.sheet === home ? c.address : `'${c.sheetName}'!${c.address}`;
  return `${where} [${c.row}; ${c.column}] = ${valueText(pack, c, lang)}`;
}

/** A cell's value the reader's way, at the decimals its column shows; text in quotes. */
export function valueText(pack: CompiledPack, c: FindingCell, lang: Lang): string {
  if (c.value === null) return lang === 'vi' ? '(trống)' : '(blank)';
  if (typeof c.value === 'string') return JSON.stringify(c.value);
  return figureText(pack, c, c.value, lang);
}

/** A number as the cell `c` shows it: rounded to its column's decimals, with % for a percentage. */
export function figureText(
  pack: CompiledPack,
  c: Pick<FindingCell, 'sheet' | 'row' | 'column'>,
  v: number,
  lang: Lang,
): string {
  const slot = pack.slots[pack.slotOf(c.sheet, c.row, c.column) ?? -1];
  return formatNumber(v, slot?.decimals ?? AS_TYPED, lang, slot?.kind === 'percent');
}
