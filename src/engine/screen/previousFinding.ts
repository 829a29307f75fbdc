/** A count that moved unusually since the previous period, as a finding. */
import type { CompiledPack } from '../pack/compilePack.js';
import type { UnusualFigure } from '../check/finding.js';
import type { Text } from '../pack/pack.js';
import { CellState } from '../workbook/readCells.js';
import type { HbOutlier } from './hidiroglouBerthelot.js';
import { PREVIOUS_RULE } from './screenKind.js';
import { figureCell, type UnitFigures } from './unitFigures.js';

/** A slot's count, a blank or text taken as 0. */
export function countOf(f: UnitFigures, s: number): number {
  return f.state[s] === CellState.Number ? f.value[s]! : 0;
}

export function previousFinding(
  pack: CompiledPack,
  unit: UnitFigures,
  s: number,
  o: HbOutlier,
  counts: { previous: number; current: number },
  threshold: number,
): UnusualFigure {
  const cell = figureCell(pack, unit, s);
  return {
    code: 'unusual-previous',
    rule: PREVIOUS_RULE,
    severity: 'warning',
    cells: cell ? [cell] : [],
    label: cellLabel(pack, s),
    found: counts.current,
    reference: { previous: counts.previous, lo: Math.ceil(o.lo), hi: Math.floor(o.hi) },
    distance: o.distance,
    threshold,
    decimals: 0,
    percent: false,
  };
}

/** A count's row and place, as a finding names what it screened. */
function cellLabel(pack: CompiledPack, s: number): Text {
  const slot = pack.slots[s]!;
  const sheet = pack.pack.sheets.find((x) => x.code === slot.sheet)!;
  const row = sheet.rows.find((r) => r.code === slot.row)!;
  const col = sheet.columns.find((c) => c.code === slot.col)!;
  return {
    vi: `${row.label.vi} (${sheet.name}, dòng ${row.code}, cột ${col.code})`,
    en: `${row.label.en} (${sheet.name}, row ${row.code}, column ${col.code})`,
  };
}
