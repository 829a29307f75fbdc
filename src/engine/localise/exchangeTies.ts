/**
 * Two cells of different groups whose values, exchanged, let both groups' rules hold: a rule that holds (a
 * total of both) reads them, so neither group alone can blame them. When each group has one smallest fix and
 * the exchange weighs as much as both, the groups become one with two ways: both fixes, or the exchange.
 */
import { gridVar, place } from './gridVar.js';
import { isCandidate, type Problem } from './problem.js';
import { HOLDS, sideOf, UNDECIDED } from './ruleSide.js';
import { same } from './slips.js';
import { suggestSet } from './suggestSet.js';
import type { SuspectGroup, SuspectSet } from './suspect.js';

export function exchangeTies(p: Problem, groups: SuspectGroup[]): SuspectGroup[] {
  const out = [...groups];
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; j < out.length; j++) {
      const pair = exchangeBetween(p, out[i]!, out[j]!);
      if (!pair) continue;
      out[i] = joined(p, out[i]!, out[j]!, pair);
      out.splice(j, 1);
      break;
    }
  }
  return out;
}

const single = (g: SuspectGroup) => g.complete && g.sets.length === 1;

function exchangeBetween(p: Problem, a: SuspectGroup, b: SuspectGroup): [number, number] | null {
  if (!single(a) || !single(b)) return null;
  const failing = [...a.rules, ...b.rules].map((id) => p.rules.find((r) => r.id === id)!);
  const cellsOf = (g: SuspectGroup) =>
    new Set(g.rules.flatMap((id) => p.rules.find((r) => r.id === id)!.slots).filter((s) => isCandidate(p, s)));
  const [as, bs] = [cellsOf(a), cellsOf(b)];
  for (const x of as) {
    const linked = new Set(p.rulesOf[x]!.flatMap((r) => p.rules[r]!.slots).filter((y) => bs.has(y)));
    for (const y of linked) {
      if (Math.abs(p.weight[x]! + p.weight[y]! - a.weight - b.weight) > 1e-9 || !swappable(p, x, y)) continue;
      if (failing.every((r) => r.slots.includes(x) || r.slots.includes(y))) return [x, y];
    }
  }
  return null;
}

/** Same kind of figure, different values, and with them exchanged every rule reading either holds. */
function swappable(p: Problem, x: number, y: number): boolean {
  const [sx, sy] = [p.pack.slots[x]!, p.pack.slots[y]!];
  const [vx, vy] = [p.values.value[x]!, p.values.value[y]!];
  if (sx.kind !== sy.kind || sx.decimals !== sy.decimals || same(vx, vy)) return false;
  const lo = Float64Array.from(p.lo);
  const hi = Float64Array.from(p.hi);
  const [gx, gy] = [gridVar(p, x), gridVar(p, y)];
  place(gx, Math.round(vy * gx.scale), Math.round(vy * gx.scale), lo, hi);
  place(gy, Math.round(vx * gy.scale), Math.round(vx * gy.scale), lo, hi);
  return [...new Set([...p.rulesOf[x]!, ...p.rulesOf[y]!])].every((r) => {
    const side = sideOf(p.rules[r]!, lo, hi);
    return side === HOLDS || (side === UNDECIDED && p.undecided[r] === 1);
  });
}

function joined(p: Problem, a: SuspectGroup, b: SuspectGroup, [x, y]: [number, number]): SuspectGroup {
  const apart = (set: SuspectSet) => set.cells.map((c) => ({ ...c, agrees: null }));
  return {
    rules: [...a.rules, ...b.rules],
    weight: a.weight + b.weight,
    sets: [
      suggestSet(p, { cells: [x, y], waived: [] }),
      { cells: [...apart(a.sets[0]!), ...apart(b.sets[0]!)], waived: [...a.sets[0]!.waived, ...b.sets[0]!.waived] },
    ],
    complete: true,
    more: false,
  };
}
