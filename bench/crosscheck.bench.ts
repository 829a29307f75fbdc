/**
 * `npm run bench`: the reference report (examples/bao-cao-kon-tum-2017.docx) cross-checked against the Kon Tum
 * workbook, beside a bare read of the same two files (JSZip + saxes for the report, exceljs for the workbook),
 * interleaved so machine noise hits both. The goal: well under a second for the whole.
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { crosscheck } from '../src/engine/index.js';
import { readDocx } from '../src/docx/readDocx.js';
import { defaultPackDir } from '../src/node/defaultPackDir.js';
import { loadPackDir } from '../src/node/loadPackDir.js';
import { readWorkbook } from '../src/xlsx/readWorkbook.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const docx = await readFile(new URL('../examples/bao-cao-kon-tum-2017.docx', import.meta.url));
const xlsx = await readFile(new URL('../examples/kon-tum-2017.xlsx', import.meta.url));
const pack = await loadPackDir(defaultPackDir);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function time(f: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await f();
  return performance.now() - start;
}

const whole = async () =>
  crosscheck(pack, await readDocx(docx, 'r.docx'), 'r.docx', {
    file: 'w.xlsx',
    workbook: await readWorkbook(xlsx, 'w.xlsx'),
  });
const bare = async () => {
  await readDocx(docx, 'r.docx');
  await new ExcelJS.Workbook().xlsx.load(xlsx as unknown as ArrayBuffer);
};
const doc = await readDocx(docx, 'r.docx');
const raw = await readWorkbook(xlsx, 'w.xlsx');
const engine = () => crosscheck(pack, doc, 'r.docx', { file: 'w.xlsx', workbook: raw });

const first = await whole();
const times: Record<string, number[]> = { bare: [], whole: [], engine: [] };
const runs: [string, () => unknown][] = [
  ['bare', bare],
  ['whole', whole],
  ['engine', engine],
];
for (let i = 0; i < ROUNDS; i++) {
  for (let j = 0; j < runs.length; j++) {
    const [name, f] = runs[(i + j) % runs.length]!;
    times[name]!.push(await time(f));
  }
}
const [b, w, e] = [median(times.bare!), median(times.whole!), median(times.engine!)];
console.log(
  `\nreference report cross-check: ${first.counts.figures} figures, ${first.counts.linked} linked, ` +
    `${first.findings.length} findings`,
);
console.log(`  bare read of report and workbook   ${b.toFixed(1)} ms`);
console.log(`  read both and cross-check          ${w.toFixed(1)} ms   (${(w / b).toFixed(2)}× the bare read)`);
console.log(`  engine alone (link, check)         ${e.toFixed(1)} ms`);
