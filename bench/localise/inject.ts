/** Errors a clerk makes, put into consistent figures on purpose: each typing slip, and an arbitrary value. */
import type { CauseKind, CompiledPack } from '../../src/engine/index.js';
import { neighbourSlots } from '../../src/engine/localise/neighbourSlots.js';
import type { Figures } from './readingsOf.js';

export type Kind = CauseKind | 'arbitrary';

export const KINDS: Kind[] = [
  'digit-changed',
  'digit-added',
  'digit-dropped',
  'digits-swapped',
  'separator',
  'percent-as-fraction',
  'percent-as-per-mille',
  'sign',
  'rounding',
  'cells-exchanged',
  'neighbour',
  'arbitrary',
];

export type Random = () => number;
const pick = <T>(xs: T[], r: Random): T => xs[Math.floor(r() * xs.length)]!;

/** Changes cell `slot` (and for an exchange a second cell) in place; the cells changed, or null when it cannot. */
export function inject(pack: CompiledPack, f: Figures, slot: number, kind: Kind, r: Random): number[] | null {
  const { kind: col, decimals } = pack.slots[slot]!;
  const v = f[slot]!;
  if (kind === 'cells-exchanged' || kind === 'neighbour') return fromOther(pack, f, slot, kind, r);
  const typed = slip(v, kind, col, decimals, r);
  if (typed === null || typed === v || !Number.isFinite(typed)) return null;
  f[slot] = typed;
  return [slot];
}

function fromOther(pack: CompiledPack, f: Figures, slot: number, kind: Kind, r: Random): number[] | null {
  const sheet = pack.slots[slot]!.sheet;
  const others =
    kind === 'neighbour'
      ? neighbourSlots(pack, slot)
      : pack.slots.flatMap((s, i) => (s.sheet === sheet && s.kind === pack.slots[slot]!.kind ? [i] : []));
  const differing = others.filter((o) => o !== slot && f[o] !== f[slot] && f[o] !== 0);
  if (!differing.length) return null;
  const other = pick(differing, r);
  if (kind === 'neighbour') {
    f[slot] = f[other]!;
    return [slot];
  }
  [f[slot], f[other]] = [f[other]!, f[slot]!];
  return [slot, other];
}

function slip(v: number, kind: Kind, col: string, decimals: number, r: Random): number | null {
  const percent = col === 'percent';
  switch (kind) {
    case 'sign':
      return v === 0 ? null : -v;
    case 'percent-as-fraction':
      return percent && v !== 0 ? v / 100 : null;
    case 'percent-as-per-mille':
      return percent && v !== 0 ? v * 10 : null;
    case 'separator':
      return v === 0 ? null : v * pick([10, 1000, 0.1, 0.001], r);
    case 'rounding':
      return col === 'count' ? null : round(v + pick([1, -1], r) / 10 ** decimals, decimals);
    case 'arbitrary':
      return percent ? Math.round(r() * 10000) / 100 : Math.floor(r() * (2 * v + 10));
    default:
      return digits(v, kind, decimals, r);
  }
}

const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

function digits(v: number, kind: Kind, decimals: number, r: Random): number | null {
  const s = String(Math.round(Math.abs(v) * 10 ** decimals));
  const i = Math.floor(r() * s.length);
  const d = String(Math.floor(r() * 10));
  let t: string;
  if (kind === 'digit-changed') t = s.slice(0, i) + (d === s[i] ? String((Number(d) + 1) % 10) : d) + s.slice(i + 1);
  else if (kind === 'digit-added') t = s.slice(0, i) + d + s.slice(i);
  else if (kind === 'digit-dropped') t = s.length > 1 ? s.slice(0, i) + s.slice(i + 1) : '';
  else if (i + 1 < s.length && s[i] !== s[i + 1]) t = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
  else return null;
  if (!t || (t.length > 1 && t[0] === '0')) return null;
  return (Math.sign(v) || 1) * (Number(t) / 10 ** decimals);
}
