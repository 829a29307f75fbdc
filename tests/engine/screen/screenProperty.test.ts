/**
 * The screens on seeded provinces of 15–60 units of log-normal size, each unit its own rates (spread
 * about 20% from unit to unit) and counts drawn around them, and the same units a year earlier: few
 * false alarms with nothing planted, and a figure made five times what it was found nearly always.
 */
import { describe, expect, it } from 'vitest';
import { screenAcross } from '../../../src/engine/screen/screenAcross.js';
import { screenPrevious } from '../../../src/engine/screen/screenPrevious.js';
import { province, random } from './provinceGenerator.js';
import { figures, ROWS, screenPack, type UnitCounts } from './screenFixtures.js';

const PROVINCES = 200;
/** The across screen with its defaults; against the previous period with C = 20, as nq22-2018 declares. */
const pack = screenPack({ previousPeriod: { c: 20 } });
const PLANTS: [string, (u: UnitCounts) => void][] = [
  ['screen.per-org', (u) => (u.orgs = Math.max(1, Math.round(u.orgs! / 5)))],
  ['screen.admitted', (u) => (u.admitted = u.admitted! * 5)],
  ['screen.disciplined', (u) => (u.disciplined = u.disciplined! * 5)],
];

interface Tally {
  screened: number;
  warned: number;
  found: number;
}

function run(): { across: Tally; previous: Tally } {
  const across = { screened: 0, warned: 0, found: 0 };
  const previous = { screened: 0, warned: 0, found: 0 };
  for (let p = 0; p < PROVINCES; p++) {
    const r = random(p * 31 + 7);
    const n = r.int(15, 60);
    const { now, before } = province(p + 1, n);
    const units = (list: UnitCounts[]) => list.map((u, i) => figures(pack, `U${i}`, u));
    const [a, b] = [units(now), units(before)];
    across.screened += n * pack.screens.ratios.length;
    across.warned += screenAcross(pack, a).flat().length;
    previous.screened += n * pack.screens.previous.slots.length;
    previous.warned += screenPrevious(pack, a, b).flat().length;
    const k = r.int(0, n - 1);
    const [rule, plant] = PLANTS[r.int(0, PLANTS.length - 1)]!;
    const planted = now.map((u) => ({ ...u }));
    plant(planted[k]!);
    if (screenAcross(pack, units(planted))[k]!.some((f) => f.rule === rule)) across.found++;
    const row = ROWS[r.int(0, ROWS.length - 1)]!;
    const jumped = now.map((u) => ({ ...u }));
    jumped[k]![row] = jumped[k]![row]! * 5;
    if (screenPrevious(pack, units(jumped), b)[k]!.some((f) => f.cells[0]?.row === row)) previous.found++;
  }
  return { across, previous };
}

describe('screens on generated provinces', () => {
  const { across, previous } = run();
  const rate = (t: Tally) => t.warned / t.screened;
  const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
  console.log(
    `screens on ${PROVINCES} provinces: across units ${across.warned}/${across.screened} = ${pct(rate(across))} warn, ` +
      `planted found in ${pct(across.found / PROVINCES)}; previous period ${previous.warned}/${previous.screened} = ` +
      `${pct(rate(previous))} warn, planted found in ${pct(previous.found / PROVINCES)}`,
  );

  it('across units: at most 1% of the screened figures warn with nothing planted', () => {
    expect(across.screened).toBeGreaterThan(PROVINCES * 15 * 4);
    expect(rate(across)).toBeLessThanOrEqual(0.01);
  });

  it('across units: a ratio made five times what it was is found in at least 95% of provinces', () => {
    expect(across.found / PROVINCES).toBeGreaterThanOrEqual(0.95);
  });

  it('against the previous period: at most 1% of the screened counts warn with nothing planted', () => {
    expect(previous.screened).toBeGreaterThan(PROVINCES * 15 * 5);
    expect(rate(previous)).toBeLessThanOrEqual(0.01);
  });

  it('against the previous period: a count five times last year’s is found in at least 95% of provinces', () => {
    expect(previous.found / PROVINCES).toBeGreaterThanOrEqual(0.95);
  });
});
