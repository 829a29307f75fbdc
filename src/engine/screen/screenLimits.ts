/** The pack's plausibility limits, checked in one workbook on its own. */
import type { CompiledPack } from '../pack/compilePack.js';
import type { FindingCell, UnusualFigure } from '../check/finding.js';
import type { SlotReadings } from '../workbook/readCells.js';
import { ratioValue } from './unitFigures.js';

export function screenLimits(pack: CompiledPack, values: SlotReadings): UnusualFigure[] {
  const out: UnusualFigure[] = [];
  for (const r of pack.screens.ratios) {
    if (r.min === undefined && r.max === undefined) continue;
    const v = ratioValue(r, values.state, values.value);
    if (Number.isNaN(v)) continue;
    const shown = Number(v.toFixed(r.decimals));
    const below = r.min !== undefined && shown < r.min ? r.min - shown : 0;
    const above = r.max !== undefined && shown > r.max ? shown - r.max : 0;
    if (!below && !above) continue;
    out.push({
      code: 'beyond-limit',
      rule: `limit.${r.id}`,
      severity: 'warning',
      cells: r.slots.map((s) => values.cell(s)).filter((c): c is FindingCell => !!c),
      label: r.label,
      found: v,
      reference: { ...(r.min !== undefined ? { lo: r.min } : {}), ...(r.max !== undefined ? { hi: r.max } : {}) },
      distance: below || above,
      threshold: 0,
      decimals: r.decimals,
      percent: r.scale === 100,
    });
  }
  return out;
}
