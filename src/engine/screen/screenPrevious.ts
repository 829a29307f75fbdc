/** Each count against the same unit's previous-period workbook, matched by unit code: Hidiroglou–Berthelot. */
import type { CompiledPack } from '../pack/compilePack.js';
import type { UnusualFigure } from '../check/finding.js';
import type { Text } from '../pack/pack.js';
import { CellState } from '../workbook/readCells.js';
import { matchKey } from '../workbook/unitIdentity.js';
import { hidiroglouBerthelot } from './hidiroglouBerthelot.js';
import { figureCell, type UnitFigures } from './unitFigures.js';

/** Findings per unit of `units`, in the order given; units without a code or a previous workbook are left out. */
export function screenPrevious(pack: CompiledPack, units: UnitFigures[], previous: UnitFigures[]): UnusualFigure[][] {
  const out = units.map((): UnusualFigure[] => []);
  const before = new Map(previous.filter((p) => p.unit.code).map((p) => [matchKey(p.unit.code), p]));
  const pairs = units.flatMap((u, i) => {
    const p = u.unit.code ? before.get(matchKey(u.unit.code)) : undefined;
    return p ? [{ i, u, p }] : [];
  });
  const settings = pack.screens.previous;
  const prev = new Float64Array(pairs.length);
  const cur = new Float64Array(pairs.length);
  for (const s of settings.slots) {
    pairs.forEach(({ u, p }, k) => {
      prev[k] = p.state[s] === CellState.Number ? p.value[s]! : 0;
      cur[k] = u.state[s] === CellState.Number ? u.value[s]! : 0;
    });
    for (const o of hidiroglouBerthelot(prev, cur, settings)) {
      const { i, u } = pairs[o.unit]!;
      const cell = figureCell(pack, u, s);
      out[i]!.push({
        code: 'unusual-previous',
        rule: 'screen.previous',
        severity: 'warning',
        cells: cell ? [cell] : [],
        label: cellLabel(pack, s),
        found: cur[o.unit]!,
        reference: { previous: prev[o.unit]!, lo: Math.ceil(o.lo), hi: Math.floor(o.hi) },
        distance: o.distance,
        threshold: settings.c,
        decimals: 0,
        percent: false,
      });
    }
  }
  return out;
}

/** A count's row and place, as a finding names what it screened. */
export function cellLabel(pack: CompiledPack, s: number): Text {
  const slot = pack.slots[s]!;
  const sheet = pack.pack.sheets.find((x) => x.code === slot.sheet)!;
  const row = sheet.rows.find((r) => r.code === slot.row)!;
  const col = sheet.columns.find((c) => c.code === slot.col)!;
  return {
    vi: `${row.label.vi} (${sheet.name}, dòng ${row.code}, cột ${col.code})`,
    en: `${row.label.en} (${sheet.name}, row ${row.code}, column ${col.code})`,
  };
}
