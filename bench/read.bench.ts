/**
 * `npm run bench`: reading a workbook's values against unzipping it only (fflate, every entry), side by side
 * (interleaved) in one run so machine noise hits both; the ratio is what reading costs beyond the zip.
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { unzipSync } from 'fflate';
import { readValues } from '../src/xlsx/reader/readValues.js';
import { writeTemplate } from '../src/xlsx/writeTemplate.js';
import { writeValues } from '../src/xlsx/writeValues.js';
import { compiledProvince, provinceValues } from './provincePack.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(f: () => unknown): number {
  const start = performance.now();
  f();
  return performance.now() - start;
}

function measure(name: string, bytes: Uint8Array): void {
  const unzip: number[] = [];
  const read: number[] = [];
  const runs = [() => unzip.push(time(() => unzipSync(bytes))), () => read.push(time(() => readValues(bytes, 'b')))];
  for (let i = 0; i < ROUNDS; i++) for (let j = 0; j < runs.length; j++) runs[(i + j) % runs.length]!();
  const [u, r] = [median(unzip), median(read)];
  console.log(`\n${name}: ${(bytes.length / 1024).toFixed(0)} KiB`);
  console.log(`  unzip only                   ${u.toFixed(2)} ms/file`);
  console.log(
    `  read values                  ${r.toFixed(2)} ms/file   (read values / unzip only ${(r / u).toFixed(1)}×)`,
  );
}

const kontum = new Uint8Array(await readFile(new URL('../examples/kon-tum-2017.xlsx', import.meta.url)));
const province = await writeValues(await writeTemplate(compiledProvince.pack), compiledProvince, provinceValues());

console.log(`kiembieu read benchmark: median of ${ROUNDS} interleaved rounds per measure`);
measure('Kon Tum example (examples/kon-tum-2017.xlsx)', kontum);
measure('Province size (13 sheets × 121 rows × 9 columns)', province);
