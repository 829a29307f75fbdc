/**
 * Typing slips: the values a clerk may have meant when typing a value, each with the slip, and so the
 * slip that turns a suggested value into the value read. Digits are those shown at the cell's decimals.
 */
import type { ColumnKind } from '../pack/pack.js';
import type { CauseKind } from './suspect.js';

export interface Slip {
  kind: CauseKind;
  meant: number;
}

export interface Shown {
  kind: ColumnKind;
  decimals: number;
}

export const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The slip that turns `meant` into `typed`, the likeliest first; null when none does exactly. */
export function slipBetween(meant: number, typed: number, shown: Shown): CauseKind | null {
  if (same(meant, typed)) return null;
  if (shown.kind !== 'count' && roundsTo(meant, typed, shown.decimals)) return 'rounding';
  return slipsFrom(typed, shown).find((s) => same(s.meant, meant))?.kind ?? null;
}

/** Typed with fewer decimals than shown: 87.3 or 87 for 87.26. */
function roundsTo(meant: number, typed: number, decimals: number): boolean {
  for (let d = 0; d < decimals; d++) if (same(Math.round(meant * 10 ** d) / 10 ** d, typed)) return true;
  return false;
}

/** Decimals needed to write v exactly, at least the cell's. */
function digitsOf(v: number, decimals: number): number {
  let d = decimals;
  while (d < 9 && !same(Math.round(v * 10 ** d) / 10 ** d, v)) d++;
  return d;
}

/** Every value one slip away from what was typed, the likeliest kinds first. */
export function slipsFrom(typed: number, shown: Shown): Slip[] {
  const out: Slip[] = [];
  const add = (kind: CauseKind, meant: number) => {
    if (Number.isFinite(meant) && !same(meant, typed)) out.push({ kind, meant });
  };
  if (typed !== 0) add('sign', -typed);
  if (shown.kind === 'percent') {
    add('percent-as-fraction', typed * 100);
    add('percent-as-per-mille', typed / 10);
  }
  for (const f of [10, 1000]) [typed / f, typed * f].forEach((m) => add('separator', m));
  if (shown.kind !== 'count') [1, -1].forEach((u) => add('rounding', typed + u / 10 ** shown.decimals));
  const d = digitsOf(typed, shown.decimals);
  const sign = Math.sign(typed) || 1;
  for (const [kind, text] of digitSlips(String(Math.round(Math.abs(typed) * 10 ** d)), d)) {
    add(kind, (sign * Number(text)) / 10 ** d);
  }
  return out;
}

/** Digit strings one slip from the typed one, named by what the clerk did; a 0 leads only decimals. */
function digitSlips(s: string, decimals: number): [CauseKind, string][] {
  const out: [CauseKind, string][] = [];
  for (let i = 0; i + 1 < s.length; i++) {
    if (s[i] !== s[i + 1]) out.push(['digits-swapped', s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2)]);
  }
  for (let i = 0; i < s.length; i++) {
    for (const c of '0123456789') if (c !== s[i]) out.push(['digit-changed', s.slice(0, i) + c + s.slice(i + 1)]);
  }
  for (let i = 0; i < s.length; i++) out.push(['digit-added', s.slice(0, i) + s.slice(i + 1)]);
  for (let i = 0; i <= s.length; i++)
    for (const c of '0123456789') out.push(['digit-dropped', s.slice(0, i) + c + s.slice(i)]);
  return out.filter(([, t]) => t.length <= Math.max(1, decimals) || t[0] !== '0');
}
