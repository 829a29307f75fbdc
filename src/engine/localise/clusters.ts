/** Failing rules in groups that share cells: each group is localised on its own. */
import type { Problem } from './problem.js';

export function clusters(p: Problem): number[][] {
  const parent = p.failing.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const owner = new Map<number, number>();
  p.failing.forEach((r, i) => {
    for (const s of p.rules[r]!.slots) {
      const j = owner.get(s);
      if (j === undefined) owner.set(s, i);
      else parent[root(i)] = root(j);
    }
  });
  const groups = new Map<number, number[]>();
  p.failing.forEach((r, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), r]));
  return [...groups.values()];
}
