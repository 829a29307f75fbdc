/** A small pack with screens, and units' figures made from plain numbers through the real reading path. */
import { compilePack, type CompiledPack } from '../../../src/engine/pack/compilePack.js';
import type { Pack } from '../../../src/engine/pack/pack.js';
import type { ScreensSpec } from '../../../src/engine/screen/screenSpec.js';
import { unitFigures, type UnitFigures } from '../../../src/engine/screen/unitFigures.js';
import { checkedWorkbook } from '../../../src/engine/check/validate.js';
import { customSheet, rawWorkbook } from '../fixtures.js';

const t = (s: string) => ({ vi: s, en: s });

/** Rows of sheet S, column (1): organisations, members, admitted, disciplined, women. */
export const ROWS = ['orgs', 'members', 'admitted', 'disciplined', 'women'] as const;
export type UnitCounts = Record<(typeof ROWS)[number], number | null>;

/** A unit of `members` members, its ratios varying a little with `k`. */
export const unit = (members: number, k = 0): UnitCounts => ({
  orgs: Math.round(members / (38 + (k % 5))),
  members,
  admitted: Math.round(members * (0.045 + 0.002 * (k % 4))),
  disciplined: Math.round(members * (0.018 + 0.001 * (k % 3))),
  women: Math.round(members * (0.29 + 0.01 * (k % 3))),
});

export const RATIOS: ScreensSpec['ratios'] = [
  {
    id: 'per-org',
    label: t('members per organisation'),
    numerator: "S['members', '(1)']",
    denominator: "S['orgs', '(1)']",
    log: true,
  },
  {
    id: 'admitted',
    label: t('admitted per 100 members'),
    numerator: "S['admitted', '(1)']",
    denominator: "S['members', '(1)']",
    scale: 100,
  },
  {
    id: 'disciplined',
    label: t('disciplined per 100 members'),
    numerator: "S['disciplined', '(1)']",
    denominator: "S['members', '(1)']",
    scale: 100,
    log: true,
  },
  {
    id: 'women',
    label: t('women per 100 members'),
    numerator: "S['women', '(1)']",
    denominator: "S['members', '(1)']",
    scale: 100,
    max: 90,
  },
];

export function screenPack(screens: Partial<ScreensSpec> = {}): CompiledPack {
  const sheet = customSheet(
    'S',
    [{ code: '(1)', kind: 'count', decimals: 0 }],
    ROWS.map((code) => ({ code })),
  );
  const pack: Pack = {
    id: 'screened',
    version: '1.0.0',
    title: t('Screened'),
    sheets: [sheet],
    rules: [],
    screens: { ratios: RATIOS, ...screens },
  };
  return compilePack(pack);
}

/** A unit's figures as the screens get them from its workbook. */
export function figures(pack: CompiledPack, code: string, counts: UnitCounts, period?: string): UnitFigures {
  const rows = Object.fromEntries(ROWS.map((r) => [r, { '(1)': counts[r] }]));
  const wb = rawWorkbook(pack.pack, { S: rows });
  const { report, located, values } = checkedWorkbook(pack, wb, `${code}.xlsx`);
  return unitFigures(pack, located, values, { ...report.unit, code, ...(period === undefined ? {} : { period }) });
}
