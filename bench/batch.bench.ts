/**
 * `npm run bench`, second part: a supervisor's batch. Generates 700 unit workbooks (the synthetic
 * province's kinds of unit in turn, each its own figures and code) in a temp folder, then times
 * `kiembieu check` and `kiembieu consolidate` of the folder against a bare exceljs read of the same
 * files, interleaved round by round in one run so machine noise hits all three. The batch must not need
 * more than twice the bare reading time.
 */
import ExcelJS from 'exceljs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { run } from '../src/cli/run.js';
import { checkBatch, Consolidator, screenBatch, type UnitFigures } from '../src/engine/index.js';
import { fileSource } from '../src/node/fileSource.js';
import { ratioValue } from '../src/engine/screen/unitFigures.js';
import { readWorkbook } from '../src/xlsx/readWorkbook.js';
import { defaultPackDir } from '../src/node/defaultPackDir.js';
import { loadPackDir } from '../src/node/loadPackDir.js';
import { writeTemplate } from '../src/xlsx/writeTemplate.js';
import { manyUnits } from '../scripts/data/province-units.js';
import { unitWorkbook } from '../scripts/unitWorkbook.js';

/** The garbage collector, exposed at run time so `npm run bench` needs no node flag. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

const UNITS = Number(process.env.BENCH_UNITS ?? 700);
const ROUNDS = Number(process.env.BENCH_BATCH_ROUNDS ?? 3);
const LIMIT = 2;
/** What the screens may add to check. */
const SCREEN_LIMIT = 0.1;

const root = await mkdtemp(join(tmpdir(), 'kiembieu-bench-'));
const dir = join(root, 'units');
const outputs = join(root, 'out');
await mkdir(dir);
await mkdir(outputs);

try {
  const pack = await loadPackDir(defaultPackDir);
  const template = await writeTemplate(pack.pack);
  const started = performance.now();
  const units = manyUnits(UNITS);
  for (const [i, unit] of units.entries()) {
    await writeFile(join(dir, unit.file), await unitWorkbook(pack, template, unit));
    if (process.stderr.isTTY) process.stderr.write(`\r\x1b[2Kgenerating ${i + 1}/${UNITS}`);
  }
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
  const files = (await readdir(dir)).map((f) => join(dir, f));
  console.log(
    `\nkiembieu batch benchmark: ${UNITS} unit workbooks ` +
      `generated in ${((performance.now() - started) / 1000).toFixed(0)} s; ` +
      `median of ${ROUNDS} interleaved rounds`,
  );

  const quiet = { stdout: { write: () => true }, stderr: { write: () => true } };
  const plainPack = join(root, 'pack-without-screens');
  await cp(defaultPackDir, plainPack, { recursive: true });
  await rm(join(plainPack, 'screens.json'));
  let n = 0;
  const measures = {
    bare: async () => {
      for (const file of files)
        await new ExcelJS.Workbook().xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
    },
    check: async () => {
      const code = await run(['check', dir], quiet);
      if (code !== 0) throw new Error(`check exited ${code}: the generated units should be clean`);
    },
    /** check with a copy of the pack without its screens.json: what screening adds is check / this − 1. */
    unscreened: async () => {
      const code = await run(['check', dir, '--pack', plainPack], quiet);
      if (code !== 0) throw new Error(`check exited ${code}: the generated units should be clean`);
    },
    consolidate: async () => {
      const code = await run(['consolidate', dir, '--out', join(outputs, `tinh-${n++}.xlsx`)], quiet);
      // Exit 1: the province's own B1 row 1 is left blank for the supervisor, as it must be.
      if (code !== 1) throw new Error(`consolidate exited ${code}`);
    },
  };
  const names = Object.keys(measures) as (keyof typeof measures)[];
  const times: Record<keyof typeof measures, number[]> = { bare: [], check: [], unscreened: [], consolidate: [] };
  for (let round = 0; round < ROUNDS; round++) {
    // Each round starts with another measure, so none always pays for the garbage of the one before.
    for (let j = 0; j < names.length; j++) {
      const name = names[(round + j) % names.length]!;
      const t = performance.now();
      await measures[name]();
      times[name].push(performance.now() - t);
    }
  }

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const read = median(times.bare);
  const per = (ms: number) => `${(ms / UNITS).toFixed(1).padStart(6)} ms/workbook`;
  console.log(`  bare exceljs read      ${(read / 1000).toFixed(1).padStart(5)} s   ${per(read)}`);
  let fail = false;
  for (const name of ['check', 'consolidate'] as const) {
    const t = median(times[name]);
    const ratio = t / read;
    fail ||= ratio > LIMIT;
    console.log(
      `  ${name.padEnd(22)} ${(t / 1000).toFixed(1).padStart(5)} s   ${per(t)}   ` +
        `${ratio.toFixed(2)}× the bare read${ratio > LIMIT ? `  ✖ over ${LIMIT}×` : ''}`,
    );
  }

  const screening = median(times.check) / median(times.unscreened) - 1;
  const each = (k: 'check' | 'unscreened') => times[k].map((x) => (x / 1000).toFixed(1)).join(', ');
  console.log(
    `  check with screens / without, end to end: ${(100 * screening).toFixed(1)}% more ` +
      `(rounds, s: with ${each('check')}; without ${each('unscreened')}; the machine's noise shows in the rounds)`,
  );

  // What screening adds, timed on its own, free of the rounds' noise: every ratio of every unit worked out
  // twice (its limits, and the figures kept for the batch) and the screen across the units.
  const figures: (UnitFigures | undefined)[] = [];
  await checkBatch(pack, files, fileSource, undefined, figures);
  const t0 = performance.now();
  for (const f of figures) for (const r of pack.screens.ratios) ratioValue(r, f!.state, f!.value);
  const ratios = 2 * (performance.now() - t0);
  const t1 = performance.now();
  screenBatch(pack, figures);
  const across = performance.now() - t1;
  const share = (ratios + across) / median(times.check);
  fail ||= share > SCREEN_LIMIT;
  console.log(
    `  screening ${UNITS} units (limits ${ratios.toFixed(0)} ms, across units ${across.toFixed(0)} ms) adds ` +
      `${(100 * share).toFixed(2)}% to check  ` +
      (share > SCREEN_LIMIT
        ? `✖ over the ${100 * SCREEN_LIMIT}% allowed`
        : `✔ within the ${100 * SCREEN_LIMIT}% allowed`),
  );

  // Memory stays flat: what the heap holds (after a full collection) as the workbooks are added one by one.
  const gc = collector();
  const consolidator = new Consolidator(pack);
  const held: string[] = [];
  const step = Math.max(1, Math.round(UNITS / 7));
  gc();
  const base = process.memoryUsage().heapUsed;
  for (const [i, file] of files.entries()) {
    consolidator.add(await readWorkbook(await readFile(file), file), file);
    if ((i + 1) % step === 0 || i + 1 === files.length) {
      gc();
      held.push(`${i + 1}: ${((process.memoryUsage().heapUsed - base) / 2 ** 20).toFixed(1)}`);
    }
  }
  consolidator.result();
  console.log(`  heap held while consolidating, MiB above the start, after n workbooks — ${held.join(', ')}`);
  if (fail) {
    console.log(
      `\nThe batch needs more than ${LIMIT}× the bare read, or screening more than ${100 * SCREEN_LIMIT}% of check.`,
    );
    process.exitCode = 1;
  }
} finally {
  await rm(root, { recursive: true, force: true });
}
