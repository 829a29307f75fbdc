/**
 * Hidiroglou and Berthelot (1986), as in Statistics Canada's Banff: each unit's ratio of this period to
 * the previous, centred on the median ratio, weighted by the unit's size to the power U; a unit is
 * unusual when its effect lies more than C quartile distances from the median effect, a distance never
 * below A times the median effect.
 */
import { median, quantile } from './quantile.js';

export interface HbSettings {
  u: number;
  a: number;
  c: number;
  minUnits: number;
}

export interface HbOutlier {
  /** Index of the unit in the figures given. */
  unit: number;
  /** Distance from the median effect, in quartile distances. */
  distance: number;
  /** This period's figures the unit could have given without being flagged. */
  lo: number;
  hi: number;
}

export function hidiroglouBerthelot(
  previous: ArrayLike<number>,
  current: ArrayLike<number>,
  s: HbSettings,
): HbOutlier[] {
  const units = usable(previous, current);
  if (units.length < s.minUnits) return [];
  const ratios = units.map((i) => current[i]! / previous[i]!);
  const rm = median(ratios);
  const sizes = units.map((i) => Math.max(previous[i]!, current[i]!) ** s.u);
  const effects = ratios.map((r, k) => centred(r, rm) * sizes[k]!);
  const sorted = Float64Array.from(effects).sort();
  const em = quantile(sorted, 0.5);
  const floor = Math.abs(s.a * em);
  const below = Math.max(em - quantile(sorted, 0.25), floor);
  const above = Math.max(quantile(sorted, 0.75) - em, floor);
  if (!(below > 0) || !(above > 0)) return [];
  const out: HbOutlier[] = [];
  effects.forEach((e, k) => {
    const distance = e >= em ? (e - em) / above : (em - e) / below;
    if (distance <= s.c) return;
    const prev = previous[units[k]!]!;
    const lo = prev * uncentred((em - s.c * below) / sizes[k]!, rm);
    const hi = prev * uncentred((em + s.c * above) / sizes[k]!, rm);
    out.push({ unit: units[k]!, distance, lo, hi });
  });
  return out;
}

/**
 * Units with a figure above 0 in both periods; those whose figure did not change are left out when they
 * are half the units or more (as Statistics Norway does): the others are then compared among themselves.
 */
function usable(previous: ArrayLike<number>, current: ArrayLike<number>): number[] {
  const units: number[] = [];
  let same = 0;
  for (let i = 0; i < current.length; i++) {
    if (!(previous[i]! > 0 && current[i]! > 0)) continue;
    units.push(i);
    if (previous[i] === current[i]) same++;
  }
  return same * 2 >= units.length ? units.filter((i) => previous[i] !== current[i]) : units;
}

/** s: 1 − rm / r below the median ratio, r / rm − 1 above, so a halving weighs as much as a doubling. */
function centred(r: number, rm: number): number {
  return r < rm ? 1 - rm / r : r / rm - 1;
}

function uncentred(s: number, rm: number): number {
  return s < 0 ? rm / (1 - s) : rm * (1 + s);
}
