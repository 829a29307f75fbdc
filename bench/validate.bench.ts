/**
 * `npm run bench`: validation of a reference-sized and a province-sized workbook, against a bare exceljs
 * read of the same bytes, measured side by side (interleaved) in one run so machine noise hits both.
 */
import ExcelJS from 'exceljs';
import { performance } from 'node:perf_hooks';
import { validate, type CompiledPack } from '../src/engine/index.js';
import { defaultPackDir } from '../src/node/defaultPackDir.js';
import { loadPackDir } from '../src/node/loadPackDir.js';
import { readWorkbook } from '../src/xlsx/readWorkbook.js';
import { writeTemplate } from '../src/xlsx/writeTemplate.js';
import { writeValues } from '../src/xlsx/writeValues.js';
import cleanDistrict from '../scripts/data/clean-district.js';
import { compiledProvince, provinceValues } from './provincePack.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);

async function bareRead(bytes: Uint8Array): Promise<void> {
  await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
}

async function fullValidation(pack: CompiledPack, bytes: Uint8Array): Promise<number> {
  const report = validate(pack, await readWorkbook(bytes, 'bench.xlsx'), 'bench.xlsx');
  return report.findings.length;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function time(f: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await f();
  return performance.now() - start;
}

async function measure(name: string, pack: CompiledPack, bytes: Uint8Array): Promise<void> {
  if ((await fullValidation(pack, bytes)) !== 0) throw new Error(`${name}: the benchmark workbook should be clean`);
  const raw = await readWorkbook(bytes, 'bench.xlsx');
  const bare: number[] = [];
  const full: number[] = [];
  const engine: number[] = [];
  const runs = [
    async () => bare.push(await time(() => bareRead(bytes))),
    async () => full.push(await time(() => fullValidation(pack, bytes))),
    async () => engine.push(await time(() => validate(pack, raw, 'bench.xlsx'))),
  ];
  // Each round starts with another measure, so none always pays for the garbage of the one before.
  for (let i = 0; i < ROUNDS; i++) {
    for (let j = 0; j < runs.length; j++) await runs[(i + j) % runs.length]!();
  }
  const [b, f, e] = [median(bare), median(full), median(engine)];
  console.log(
    `\n${name}: ${(bytes.length / 1024).toFixed(0)} KiB, ${pack.slots.length} input cells, ${pack.rules.length} rules`,
  );
  console.log(`  bare exceljs read            ${b.toFixed(1)} ms/file`);
  console.log(`  full validation              ${f.toFixed(1)} ms/file   (${(f / b).toFixed(2)}× the bare read)`);
  console.log(
    `  engine (locate, read, check) ${e.toFixed(2)} ms/file   ` +
      `(${Math.round(pack.rules.length / (e / 1000)).toLocaleString('en-US')} rules/s)`,
  );
}

const reference = await loadPackDir(defaultPackDir);
const referenceBytes = await writeValues(await writeTemplate(reference.pack), reference, cleanDistrict);
const provinceBytes = await writeValues(await writeTemplate(compiledProvince.pack), compiledProvince, provinceValues());

console.log(`kiembieu benchmark: median of ${ROUNDS} interleaved rounds per measure`);
await measure('Reference size (NQ22 pack, clean district)', reference, referenceBytes);
await measure('Province size (13 sheets × 121 rows × 9 columns)', compiledProvince, provinceBytes);
