/**
 * Synthetic units of an imagined province, for `consolidate`: every figure is invented by a seeded
 * generator, so the workbooks come out the same on every run. Each unit is consistent — every rule of
 * the nq22-2018 pack passes — and its percentages are rounded half up to 2 decimals.
 *
 * The province is shaped like the reference one (15 directly subordinate committees: a city and nine
 * districts, two blocs, three armed forces committees). Places are invented. A unit has no committee
 * between itself and its grassroots organisations, so its Biểu 1 row 1 is 0; blocs and armed forces
 * have no communes, villages or commune cadres, so those rows are 0 and the rates over them (a base of
 * 0, which no rule checks) are written as 0.
 */
import type { UnitIdentity, Values } from '../../src/engine/index.js';
import { mulberry32 } from '../mulberry32.js';

export type UnitKind = 'city' | 'district' | 'bloc' | 'armed';

export interface SyntheticUnit {
  /** File name without folder, e.g. "01-tp-minh-son.xlsx". */
  file: string;
  identity: UnitIdentity;
  kind: UnitKind;
  values: Values;
  /** When the unit checked its workbook (ISO), stored with its stamp. */
  checkedAt: string;
  /** Explanations the unit wrote for its warnings, by rule id. */
  explain?: Record<string, string>;
}

export const PERIOD = '12-2017';
export const PROVINCE = { name: 'Đảng bộ tỉnh Minh Sơn', code: 'MS' };

const UNITS: [string, string, UnitKind, string][] = [
  ['01', 'Đảng bộ thành phố Minh Sơn', 'city', 'tp-minh-son'],
  ['02', 'Đảng bộ huyện Đăk Rơ', 'district', 'dak-ro'],
  ['03', 'Đảng bộ huyện Ngọc Lâm', 'district', 'ngoc-lam'],
  ['04', 'Đảng bộ huyện Kon Trang', 'district', 'kon-trang'],
  ['05', 'Đảng bộ huyện Ia Mơ', 'district', 'ia-mo'],
  ['06', 'Đảng bộ huyện Sa Bình', 'district', 'sa-binh'],
  ['07', 'Đảng bộ huyện Măng Xanh', 'district', 'mang-xanh'],
  ['08', 'Đảng bộ huyện Tê Rông', 'district', 'te-rong'],
  ['09', 'Đảng bộ huyện Ya Lê', 'district', 'ya-le'],
  ['10', 'Đảng bộ huyện Plei Hà', 'district', 'plei-ha'],
  ['11', 'Đảng bộ Khối các cơ quan tỉnh', 'bloc', 'khoi-co-quan'],
  ['12', 'Đảng bộ Khối doanh nghiệp tỉnh', 'bloc', 'khoi-doanh-nghiep'],
  ['13', 'Đảng bộ Quân sự tỉnh', 'armed', 'quan-su'],
  ['14', 'Đảng bộ Công an tỉnh', 'armed', 'cong-an'],
  ['15', 'Đảng bộ Bộ đội Biên phòng tỉnh', 'armed', 'bien-phong'],
];

/** The 15 units of the province, at the end of 2017 or, for the previous period, of 2016. */
export function provinceUnits(year: 2016 | 2017 = 2017): SyntheticUnit[] {
  return UNITS.map(([code, name, kind, slug], i) => ({
    file: `${code}-${slug}.xlsx`,
    identity: { name, code, period: `12-${year}` },
    kind,
    values: unitValues(1000 + i, kind, year),
    checkedAt: `${year + 1}-06-${String(4 + (i % 5)).padStart(2, '0')}T0${1 + (i % 8)}:30:00.000Z`,
  }));
}

/** As many units as asked for, for the benchmark: the province's kinds in turn, each with its own figures. */
export function manyUnits(count: number): SyntheticUnit[] {
  return Array.from({ length: count }, (_, i) => {
    const kind = UNITS[i % UNITS.length]![2];
    const code = `U${String(i + 1).padStart(4, '0')}`;
    return {
      file: `${code}.xlsx`,
      identity: { name: `Đơn vị ${i + 1}`, code, period: PERIOD },
      kind,
      values: unitValues(5000 + i, kind),
      checkedAt: '2018-06-05T02:00:00.000Z',
    };
  });
}

/** Draws from mulberry32: the same figures on every run. */
function generator(seed: number) {
  const next = mulberry32(seed);
  /** A whole number from lo to hi, both included. */
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  /** How many of n trials succeed, each with chance p. */
  const binomial = (n: number, p: number) => Array.from({ length: n }, next).filter((u) => u < p).length;
  /** `total` split into `parts` whole numbers, each at least `min` when the total allows. */
  const split = (total: number, parts: number, min = 0): number[] => {
    const floor = total >= parts * min ? min : 0;
    const weights = Array.from({ length: parts }, () => 0.2 + next());
    const sum = weights.reduce((a, b) => a + b, 0);
    const rest = total - floor * parts;
    const out = weights.map((w) => floor + Math.floor((rest * w) / sum));
    let left = total - out.reduce((a, b) => a + b, 0);
    for (let k = 0; left > 0; k = (k + 1) % parts, left--) out[k]!++;
    return out;
  };
  return { int, split, binomial };
}

/** A rate in percentage points, rounded half up to 2 decimals; 0 over a base of 0 (no rule checks it). */
function rate(part: number, base: number): number {
  if (base === 0) return 0;
  return Math.round(Number(((part / base) * 10000).toPrecision(12))) / 100;
}

function growth(from: number, to: number): number {
  return from === 0 ? 0 : rate(to - from, from);
}

const sumOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** The draws a unit's figures are made of, taken section by section in one fixed order. */
interface Draws {
  now: Generator;
  /** A second generator, which takes the current counts back a year for the 2016 workbook. */
  later: Generator;
  year: 2016 | 2017;
  /** A current count as it stood a year earlier: each of its n counted a year ago with chance 1 − share. */
  then: (n: number, share: number) => number;
}

type Generator = ReturnType<typeof generator>;
/** Cities and districts have communes, villages and commune cadres; blocs and armed forces none. */
const isLocal = (kind: UnitKind) => kind === 'city' || kind === 'district';
type Sheet = Values[string];
type Row = Record<string, number>;

const YEARS = ['2008', '2009', '2010', '2011', '2012', '2013', '2014', '2015', '2016', '2017'];

/**
 * A unit's figures at the end of `year`: 2017, or 2016 for the previous period's workbook — the same
 * unit a year earlier (the same draws, so the same 2008 baseline and history), its current counts a
 * little lower by draws of a second generator, and Biểu 3a's and 3b's 2017 rows without movement.
 */
export function unitValues(seed: number, kind: UnitKind, year: 2016 | 2017 = 2017): Values {
  const later = generator(seed + 7919);
  const then = (n: number, share: number) => (year === 2017 ? n : n - later.binomial(n, share));
  const d: Draws = { now: generator(seed), later, year, then };
  const local = isLocal(kind);
  const c = communeCounts(d, kind);
  const o = organisations(d, kind, c.communes);
  const { b3a, members } = membersByYear(d, kind);
  const b3b = ownersAdmitted(d);
  const sec08 = secretaries(d, o.tccsd08);
  const sec17 = secretaries(d, o.tccsd17);
  const { chairs, b4 } = secretaryHeads(d, c, o.tccsd17);
  const b5 = training(d, local);
  const b6 = discipline(d);
  const cadres = communeCadres(d, local);
  const b9 = villagesAndGroups(d, kind);
  const b10 = concurrentPosts(d, local, chairs);
  const b11 = rotation(d);
  // Drawn last, as the figures always were.
  const b2 = committeeMembers(d, o, sec08, sec17);
  return {
    PL1: pl1Sheet(o),
    B1: b1Sheet(c, o, members),
    B2: b2,
    B3a: b3a,
    B3b: b3b,
    B4: b4,
    B5: b5,
    B6: b6,
    ...cadres,
    B9: b9,
    B10: b10,
    B11: b11,
  };
}

/** Communes, wards and townships; military party cells in them. */
function communeCounts({ now: { int } }: Draws, kind: UnitKind) {
  const xa = kind === 'district' ? int(8, 18) : kind === 'city' ? int(3, 8) : 0;
  const phuong = kind === 'city' ? int(5, 10) : 0;
  const thiTran = kind === 'district' ? int(1, 2) : 0;
  const communes = xa + phuong + thiTran;
  const withoutCell = communes ? int(0, 1) : 0;
  const military = [xa, phuong, thiTran].map((n) => n * int(6, 9));
  return { xa, phuong, thiTran, communes, withoutCell, military };
}

type Communes = ReturnType<typeof communeCounts>;

/** Grassroots organisations, party sub-committees and cells, in 2008 and now (PL1, B1, B4). */
function organisations({ now: { int }, later, year, then }: Draws, kind: UnitKind, communes: number) {
  const dbcsEnd = isLocal(kind) ? communes + int(2, 8) : kind === 'bloc' ? int(10, 25) : int(5, 15);
  const cbcsEnd = int(20, 60);
  const dbcs08 = Math.max(1, dbcsEnd - int(0, 5));
  const cbcs08 = Math.max(1, cbcsEnd - int(0, 10));
  const dbbp08 = int(1, 2);
  const dbbp17 = dbbp08 + int(0, 1);
  const cbttEnd = dbcsEnd * int(3, 8);
  const cbtt08 = Math.max(1, cbttEnd - int(0, 30));
  // A grassroots committee in every commune, and one more at least (B4 splits the rest four ways).
  const dbcs17 = year === 2017 ? dbcsEnd : Math.max(communes + 1, dbcsEnd - later.int(0, 1));
  const cbcs17 = then(cbcsEnd, 0.05);
  const cbtt17 = then(cbttEnd, 0.05);
  const [tccsd08, tccsd17] = [dbcs08 + cbcs08, dbcs17 + cbcs17];
  return { dbcs08, cbcs08, dbbp08, dbbp17, cbtt08, dbcs17, cbcs17, cbtt17, tccsd08, tccsd17 };
}

type Organisations = ReturnType<typeof organisations>;

function pl1Sheet(o: Organisations): Sheet {
  const pl1 = (a: number, b: number) => ({ '(1)': a, '(2)': b, '(3)': growth(a, b) });
  return {
    '1': pl1(o.tccsd08, o.tccsd17),
    '1.1': pl1(o.dbcs08, o.dbcs17),
    '1.2': pl1(o.cbcs08, o.cbcs17),
    '2': pl1(o.dbbp08, o.dbbp17),
    '3': pl1(o.cbtt08, o.cbtt17),
  };
}

function b1Sheet(c: Communes, o: Organisations, members: number): Sheet {
  return {
    '1': { '(1)': 0 },
    '1.1': { '(1)': 0 },
    '1.2': { '(1)': 0 },
    '1.3': { '(1)': 0 },
    '2': { '(1)': o.tccsd17 },
    '2.1': { '(1)': o.dbcs17 },
    '2.2': { '(1)': o.cbcs17 },
    '3': { '(1)': o.dbbp17 + o.cbtt17 },
    '3.1': { '(1)': o.dbbp17 },
    '3.2': { '(1)': o.cbtt17 },
    '4': { '(1)': members },
    '5': { '(1)': c.communes },
    '5.1': { '(1)': c.xa },
    '5.2': { '(1)': c.phuong },
    '5.3': { '(1)': c.thiTran },
    '6': { '(1)': c.communes - c.withoutCell },
    '7': { '(1)': c.withoutCell },
    '8': { '(1)': sumOf(c.military) },
    '8.1': { '(1)': c.military[0]! },
    '8.2': { '(1)': c.military[1]! },
    '8.3': { '(1)': c.military[2]! },
  };
}

/** Members, year by year (B3a); a 2016 workbook's 2017 row has no movement. */
function membersByYear({ now: { int }, year }: Draws, kind: UnitKind) {
  const scale = isLocal(kind) ? int(1500, 4000) : kind === 'bloc' ? int(800, 2000) : int(500, 1500);
  const b3a: Sheet = {};
  let opening = scale;
  const flows = { a: [] as number[], t: [] as number[], d: [] as number[] };
  for (const y of YEARS) {
    const a = Math.round(opening * (0.03 + int(0, 20) / 1000));
    const t = int(5, 25);
    const d = Math.round(opening * (0.01 + int(0, 8) / 1000));
    const closing = opening + a + t - d;
    b3a[y] = { '(1)': opening, '(2)': a, '(3)': t, '(4)': d, '(5)': closing };
    flows.a.push(a);
    flows.t.push(t);
    flows.d.push(d);
    opening = closing;
  }
  if (year === 2016) {
    const last = b3a['2017']!;
    opening = last['(1)'] as number;
    b3a['2017'] = { '(1)': opening, '(2)': 0, '(3)': 0, '(4)': 0, '(5)': opening };
    for (const f of Object.values(flows)) f[f.length - 1] = 0;
  }
  const members = opening;
  b3a['1'] = { '(1)': scale, '(2)': sumOf(flows.a), '(3)': sumOf(flows.t), '(4)': sumOf(flows.d), '(5)': members };
  return { b3a, members };
}

/** Business owners admitted (B3b), from 2013. */
function ownersAdmitted({ now: { int }, year }: Draws): Sheet {
  const owners = YEARS.slice(5).map(() => int(0, 1));
  const women = owners.map((o) => (o ? int(0, 1) : 0));
  const ethnic = owners.map((o) => (o ? int(0, 1) : 0));
  if (year === 2016) for (const list of [owners, women, ethnic]) list[list.length - 1] = 0;
  const b3b: Sheet = { '1': { '(1)': sumOf(owners), '(2)': sumOf(women), '(3)': sumOf(ethnic) } };
  YEARS.slice(5).forEach((y, k) => (b3b[y] = { '(1)': owners[k]!, '(2)': women[k]!, '(3)': ethnic[k]! }));
  return b3b;
}

/** Grassroots secretaries (B2), one per organisation: the total, its split by qualification and by theory level. */
function secretaries({ now: { split } }: Draws, n: number): number[] {
  return [n, ...split(n, 4), ...split(n, 3)];
}

/** Committee members and secretaries (B2): the members are the secretaries and `extra` more. */
function committeeMembers(d: Draws, o: Organisations, sec08: number[], sec17: number[]): Sheet {
  const { int, split } = d.now;
  const b2row = (secretaries: number[], extra: number) => {
    const more = [extra, ...split(extra, 4), ...split(extra, 3)];
    return asRow(secretaries.map((s, k) => s + more[k]!));
  };
  return {
    '1.1': b2row(sec08, int(o.tccsd08, 3 * o.tccsd08)),
    '1.2': b2row(sec17, int(o.tccsd17, 3 * o.tccsd17)),
    '2.1': asRow(sec08),
    '2.2': asRow(sec17),
  };
}

function asRow(s: number[]): Row {
  return { '(1)': s[0]!, ...cols(2, s.slice(1, 5)), ...cols(6, s.slice(5)) };
}

/** Secretary also head of the unit (B4), and also commune chairman (B10). */
function secretaryHeads({ now: { int, split } }: Draws, c: Communes, tccsd17: number) {
  const chairs = [c.xa ? int(0, 1) : 0, 0, c.thiTran ? int(0, 1) : 0];
  const kinds = [c.communes, ...split(tccsd17 - c.communes, 4, 1)];
  const heads = kinds.map((n, k) => (k === 0 ? sumOf(chairs) : int(0, n)));
  const b4: Sheet = { '1': { '(1)': tccsd17, '(2)': sumOf(heads), '(3)': rate(sumOf(heads), tccsd17) } };
  kinds.forEach((n, k) => (b4[`1.${k + 1}`] = { '(1)': n, '(2)': heads[k]!, '(3)': rate(heads[k]!, n) }));
  return { chairs, b4 };
}

/** Training (B5): (1) = commune level (2) + others (3). */
function training({ now: { int }, then }: Draws, local: boolean): Sheet {
  const trained = (lo: number, hi: number) => {
    const commune = then(local ? int(lo, hi) : 0, 0.15);
    const other = then(int(lo, hi), 0.15);
    return { '(1)': commune + other, '(2)': commune, '(3)': other };
  };
  const [advanced, intermediate] = [trained(2, 15), trained(20, 120)];
  return {
    '1': addRows(advanced, intermediate),
    '1.1': advanced,
    '1.2': intermediate,
    '2': trained(10, 90),
    '3': trained(30, 300),
  };
}

/** Discipline (B6). */
function discipline({ now: { int }, then }: Draws): Sheet {
  const orgs = [int(0, 3), int(0, 1), 0].map((n) => then(n, 0.3));
  const punished = [int(10, 60), int(5, 30), int(0, 5), int(3, 25)].map((n) => then(n, 0.15));
  return {
    '1': { '(1)': sumOf(orgs) },
    '1.1': { '(1)': orgs[0]! },
    '1.2': { '(1)': orgs[1]! },
    '1.3': { '(1)': orgs[2]! },
    '2': { '(1)': sumOf(punished) },
    '2.1': { '(1)': punished[0]! },
    '2.2': { '(1)': punished[1]! },
    '2.3': { '(1)': punished[2]! },
    '2.4': { '(1)': punished[3]! },
  };
}

/** Commune cadres and civil servants (B7), and their sources (B8): none outside cities and districts. */
function communeCadres({ now: { int }, then }: Draws, local: boolean): { B7: Sheet; B8: Sheet } {
  const c08 = local ? [int(60, 140), int(40, 90)] : [0, 0];
  const c17 = c08.map((n) => (n ? n + int(0, 25) : 0)).map((n) => then(n, 0.03));
  const [all08, all17] = [sumOf(c08), sumOf(c17)];
  const std = (share: number, lift: number) => {
    const a = Math.round(all08 * share);
    const b = Math.min(all17, Math.round(a * lift));
    return { '(1)': a, '(2)': rate(a, all08), '(3)': b, '(4)': rate(b, all17), '(5)': growth(a, b) };
  };
  const source = local ? [int(20, 60), int(20, 60), int(10, 40), int(10, 40)] : [0, 0, 0, 0];
  const sourceRow = (s: number[]) => {
    const [a, b] = [s[0]!, then(s[0]! + (s[0]! ? int(5, 30) : 0), 0.05)];
    const [c, d] = [s[1]!, then(s[1]! + (s[1]! ? int(5, 30) : 0), 0.05)];
    return { '(1)': a, '(2)': b, '(3)': growth(a, b), '(4)': c, '(5)': d, '(6)': growth(c, d) };
  };
  const s1 = sourceRow(source.slice(0, 2));
  const s2 = sourceRow(source.slice(2));
  const s0 = addRows(s1, s2);
  return {
    B7: {
      '1': { '(1)': all08, '(3)': all17, '(5)': growth(all08, all17) },
      '1.1': { '(1)': c08[0]!, '(3)': c17[0]!, '(5)': growth(c08[0]!, c17[0]!) },
      '1.2': { '(1)': c08[1]!, '(3)': c17[1]!, '(5)': growth(c08[1]!, c17[1]!) },
      '2': std(0.45, 1.6),
      '3': std(0.3, 1.9),
    },
    B8: {
      '1': { ...s0, '(3)': growth(s0['(1)']!, s0['(2)']!), '(6)': growth(s0['(4)']!, s0['(5)']!) },
      '1.1': s1,
      '1.2': s2,
    },
  };
}

/** Villages and residential groups (B9), every one with a party organisation. */
function villagesAndGroups({ now: { int } }: Draws, kind: UnitKind): Sheet {
  const villages = kind === 'district' ? int(50, 120) : kind === 'city' ? int(5, 20) : 0;
  const groups = kind === 'city' ? int(40, 90) : kind === 'district' ? int(5, 20) : 0;
  return {
    '1': { '(1)': villages + groups, '(2)': villages + groups, '(3)': rate(villages + groups, villages + groups) },
    '1.1': { '(1)': villages, '(2)': villages, '(3)': rate(villages, villages) },
    '1.2': { '(1)': groups, '(2)': groups, '(3)': rate(groups, groups) },
  };
}

/** Concurrent posts, and the secretaries who chair the commune (B10). */
function concurrentPosts({ now: { int } }: Draws, local: boolean, chairs: number[]): Sheet {
  const posts = local ? [int(3, 12), int(5, 20)] : [0, 0];
  return {
    '1': { '(1)': sumOf(posts) },
    '1.1': { '(1)': posts[0]! },
    '1.2': { '(1)': posts[1]! },
    '2': { '(1)': sumOf(chairs) },
    '2.1': { '(1)': chairs[0]! },
    '2.2': { '(1)': chairs[1]! },
    '2.3': { '(1)': chairs[2]! },
  };
}

/** Rotation of cadres (B11). */
function rotation({ now: { int }, then }: Draws): Sheet {
  const rotatedEnd = [int(2, 15), int(1, 8), int(1, 10)];
  const rotatedWomen = rotatedEnd.map((n) => int(0, Math.min(n, 3)));
  const rotatedEthnic = rotatedEnd.map((n) => int(0, Math.min(n, 4)));
  const rotated = rotatedEnd.map((n, k) => Math.max(then(n, 0.15), rotatedWomen[k]!, rotatedEthnic[k]!));
  return {
    '1': { '(1)': sumOf(rotated), '(2)': sumOf(rotatedWomen), '(3)': sumOf(rotatedEthnic) },
    ...Object.fromEntries(
      rotated.map((n, k) => [`1.${k + 1}`, { '(1)': n, '(2)': rotatedWomen[k]!, '(3)': rotatedEthnic[k]! }]),
    ),
  };
}

/** Columns (from), (from + 1) … holding the numbers given. */
function cols(from: number, numbers: number[]): Record<string, number> {
  return Object.fromEntries(numbers.map((n, k) => [`(${from + k})`, n]));
}

function addRows(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.keys(a).map((k) => [k, a[k]! + b[k]!]));
}
