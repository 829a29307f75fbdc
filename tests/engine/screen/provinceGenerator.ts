/**
 * Seeded provinces for the screens' property test: units of log-normal size whose figures vary from
 * unit to unit as real ones do (each unit its own rates, counts drawn around them), and the same units
 * a year earlier.
 */
import type { UnitCounts } from './screenFixtures.js';
import { mulberry32 } from '../../../scripts/mulberry32.js';

export function random(seed: number) {
  const next = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  /** A count around `mean`, with the spread chance gives counts (Poisson, by its normal approximation). */
  const count = (mean: number) => Math.max(0, Math.round(mean + Math.sqrt(mean) * normal()));
  return { next, normal, count, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)) };
}

export interface Province {
  now: UnitCounts[];
  before: UnitCounts[];
}

export function province(seed: number, units: number): Province {
  const r = random(seed);
  const now: UnitCounts[] = [];
  const before: UnitCounts[] = [];
  for (let u = 0; u < units; u++) {
    const members = Math.round(Math.exp(Math.log(2000) + 0.8 * r.normal()));
    const rate = (mean: number, spread: number) => mean * Math.exp(spread * r.normal());
    const counts: UnitCounts = {
      orgs: Math.max(1, Math.round(members / rate(40, 0.2))),
      members,
      admitted: r.count(members * rate(0.05, 0.2)),
      disciplined: r.count(members * rate(0.02, 0.2)),
      women: r.count(members * rate(0.3, 0.1)),
    };
    now.push(counts);
    const grew = rate(1.04, 0.02);
    const a = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Math.max(1, r.count(v! / grew))]));
    before.push(a as UnitCounts);
  }
  return { now, before };
}
