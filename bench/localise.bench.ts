/**
 * `npm run bench`, localisation: a property harness and its speed. Seeded errors of each kind, 1, 2 and 3
 * at a time, go into the clean district and the 15 units of the synthetic province; the rates say how
 * often the injected cells are found, ranked first, restored and their slip named; apart, the injections no
 * smallest fix can blame (a lighter fix explains every rule, or a changed cell no failing rule reads), and each
 * single error not found, with what was said. Then localisation's
 * time beside validation's on the reference workbook, and on the province-sized one with 5 errors.
 */
import { performance } from 'node:perf_hooks';
import { localise, validate, type CompiledPack, type SuspectGroup } from '../src/engine/index.js';
import { defaultPackDir } from '../src/node/defaultPackDir.js';
import { loadPackDir } from '../src/node/loadPackDir.js';
import { readWorkbook } from '../src/xlsx/readWorkbook.js';
import { writeTemplate } from '../src/xlsx/writeTemplate.js';
import { writeValues } from '../src/xlsx/writeValues.js';
import cleanDistrict from '../scripts/data/clean-district.js';
import { provinceUnits } from '../scripts/data/province-units.js';
import { inject, KINDS, type Kind, type Random } from './localise/inject.js';
import { count, emptyTally, type Miss, type Tally } from './localise/rates.js';
import { figuresOf, readingsOf, type Figures } from './localise/readingsOf.js';
import { compiledProvince, provinceValues } from './provincePack.js';
import { mulberry32 } from '../scripts/mulberry32.js';

const TRIALS = Number(process.env.BENCH_TRIALS ?? 2);

interface Made {
  figures: Figures;
  cells: number[];
}

/** Puts `errors` errors of one kind into a copy of the figures, on distinct cells; null when the kind cannot. */
function injected(pack: CompiledPack, clean: Figures, kind: Kind, errors: number, r: Random): Made | null {
  const f = Float64Array.from(clean);
  const cells: number[] = [];
  for (let tries = 0; cells.length < errors && tries < 200; tries++) {
    const slot = Math.floor(r() * f.length);
    if (cells.includes(slot)) continue;
    const before = Float64Array.from(f);
    const changed = inject(pack, f, slot, kind, r);
    if (!changed || changed.some((s) => cells.includes(s))) f.set(before);
    else cells.push(...changed);
  }
  return cells.length ? { figures: f, cells } : null;
}

function timed<T>(f: () => T): [T, number] {
  const start = performance.now();
  const out = f();
  return [out, performance.now() - start];
}

function harness(pack: CompiledPack, bases: Figures[]) {
  const tallies = new Map<string, Tally>();
  const samples: Figures[][] = [[], [], [], []];
  const misses: string[] = [];
  let seed = 1;
  for (const errors of [1, 2, 3]) {
    for (const kind of KINDS) {
      const tally = emptyTally();
      tallies.set(`${errors} ${kind}`, tally);
      for (const clean of bases) {
        for (let n = 0; n < TRIALS; n++) {
          const made = injected(pack, clean, kind, errors, mulberry32(seed++));
          if (!made) continue;
          const groups = localise(pack, readingsOf(pack, made.figures));
          samples[errors]!.push(made.figures);
          const miss = count(tally, { injected: made.cells, kind, original: clean, groups, pack });
          if (miss && errors === 1) misses.push(missLine(pack, miss, kind, clean, made, groups));
        }
      }
    }
  }
  return { tallies, samples, misses };
}

/** A single error whose cells are not all within the suspects: what was injected, why, and what was said. */
function missLine(
  pack: CompiledPack,
  miss: NonNullable<Miss>,
  kind: Kind,
  clean: Figures,
  made: Made,
  groups: SuspectGroup[],
) {
  const name = (s: number) => `${pack.slots[s]!.sheet} ${pack.slots[s]!.row} ${pack.slots[s]!.col}`;
  const put = made.cells.map((s) => `${name(s)} ${clean[s]} → ${made.figures[s]}`).join(', ');
  const said = groups.map(
    (g) =>
      `${g.rules.join(', ')} (weight ${g.weight}): ` +
      g.sets
        .map((set) => set.cells.map((c) => `${c.cell.address} → ${c.suggested ?? `${c.min}..${c.max}`}`))
        .join(' | '),
  );
  return `  ${miss.padEnd(7)} ${kind}: ${put}; suspects ${said.join('; ')}`;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1).padStart(5)}%` : '     –');
/** Up to n of xs, evenly through them: every kind of error takes part. */
const spread = <T>(xs: T[], n: number) => xs.filter((_, i) => i % Math.ceil(xs.length / n) === 0);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const sum = (ts: Tally[], k: keyof Tally) => ts.reduce((n, t) => n + t[k], 0);

function printRates(tallies: Map<string, Tally>): void {
  console.log('\nerrors kind                  seen  within  first+tied  restored(unique)  cause named');
  for (const [key, t] of tallies) {
    const [errors, kind] = key.split(' ');
    const head = `${errors!.padStart(6)} ${kind!.padEnd(21)}${String(t.seen).padStart(5)}`;
    const found = `${pct(t.within, t.seen)}  ${pct(t.first, t.seen)}`;
    const restored = `${pct(t.restored, t.unique)} of ${String(t.unique).padStart(3)}`;
    console.log(`${head}  ${found}      ${restored}  ${pct(t.named, t.slips)}`);
  }
  for (const errors of ['1', '2', '3']) printTotal(tallies, errors);
}

function printTotal(tallies: Map<string, Tally>, errors: string): void {
  const of = (slipsOnly: boolean) =>
    [...tallies]
      .filter(([k]) => k.startsWith(`${errors} `) && !(slipsOnly && k.endsWith('arbitrary')))
      .map(([, t]) => t);
  const [ts, slips] = [of(false), of(true)];
  const [seen, lighter, hidden] = [sum(ts, 'seen'), sum(ts, 'lighter'), sum(ts, 'hidden')];
  const rates = [
    `unseen ${sum(ts, 'trials') - seen} of ${sum(ts, 'trials')} (no error rule fails)`,
    `within ${pct(sum(ts, 'within'), seen)} (${pct(sum(ts, 'withinOthers'), seen - lighter - hidden).trim()} ` +
      `of the ${seen - lighter - hidden} a smallest fix can blame; ${lighter} with a lighter fix, ` +
      `${hidden} with an injected cell no failing rule reads)`,
    `first or tied first ${pct(sum(ts, 'first'), sum(ts, 'seen'))}`,
    `restored ${pct(sum(ts, 'restored'), sum(ts, 'unique'))} of unique fixes`,
    `typing slips named ${pct(sum(slips, 'named'), sum(slips, 'slips'))}`,
    `incomplete groups ${sum(ts, 'incomplete')}`,
  ];
  console.log(`  all, ${errors} at a time: ${rates.join(', ')}`);
}

/** Full validation of the clean reference workbook and localisation of each sample, interleaved. */
async function sideBySide(pack: CompiledPack, bytes: Uint8Array, samples: Figures[]) {
  const validation: number[] = [];
  const localisation: number[] = [];
  for (const figures of samples) {
    const start = performance.now();
    validate(pack, await readWorkbook(bytes, 'bench.xlsx'), 'bench.xlsx');
    validation.push(performance.now() - start);
    localisation.push(timed(() => localise(pack, readingsOf(pack, figures)))[1]);
  }
  return { validation: median(validation), localisation: median(localisation), worst: Math.max(...localisation) };
}

const reference = await loadPackDir(defaultPackDir);
const bases = [cleanDistrict, ...provinceUnits().map((u) => u.values)].map((v) => figuresOf(reference, v));
console.log(
  `kiembieu localisation harness: ${bases.length} consistent workbooks × ${KINDS.length} kinds × ${TRIALS} seeds`,
);
const { tallies, samples, misses } = harness(reference, bases);
printRates(tallies);
console.log(`\nSingle errors not all within the suspects: ${misses.length}`);
for (const line of misses) console.log(line);

const referenceBytes = await writeValues(await writeTemplate(reference.pack), reference, cleanDistrict);
console.log('\nReference workbook, side by side: full validation (read + check) against localisation');
for (const errors of [1, 2, 3]) {
  const t = await sideBySide(reference, referenceBytes, spread(samples[errors]!, 60));
  const ratio = (t.localisation / t.validation).toFixed(2);
  console.log(
    `  ${errors} error(s): validation ${t.validation.toFixed(1)} ms, localisation ${t.localisation.toFixed(1)} ms ` +
      `(${ratio}× validation), worst ${t.worst.toFixed(0)} ms`,
  );
}

const provinceClean = figuresOf(compiledProvince, provinceValues());
const provinceTimes: number[] = [];
for (let s = 0; s < 7; s++) {
  const made = injected(compiledProvince, provinceClean, 'digit-changed', 5, mulberry32(9000 + s));
  if (made) provinceTimes.push(timed(() => localise(compiledProvince, readingsOf(compiledProvince, made.figures)))[1]);
}
const [pm, pw] = [median(provinceTimes), Math.max(...provinceTimes)];
const cells = compiledProvince.slots.length;
console.log(
  `Province-sized workbook (${cells} cells), 5 errors: ` +
    `localisation median ${pm.toFixed(0)} ms, worst ${pw.toFixed(0)} ms`,
);
