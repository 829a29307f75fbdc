/**
 * `npm run bench`: the command line as a user meets it, a whole process from start to exit, beside a process that
 * only reads the same workbook with exceljs. The two run in turn (A B A B …) and the ratio is taken pair by pair,
 * so a machine that slows down during the run slows both. Built first, so it measures the code as it is.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../scripts/build-cli.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const WORKBOOK = join('examples', 'clean-district.xlsx');
/** What the issue measured against: a bare read, in a process of its own, of the same file. */
const BARE_READ = `import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
await new ExcelJS.Workbook().xlsx.load(await readFile(${JSON.stringify(WORKBOOK)}));`;

const CLI = [join('dist', 'cli', 'main.js'), 'validate', WORKBOOK];
const BARE = ['--input-type=module', '-e', BARE_READ];

/** Milliseconds from spawning `node args` to its exit; throws when it fails. */
function timed(args: string[], expectedCode = 0): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === expectedCode) resolve(performance.now() - start);
      else reject(new Error(`node ${args.join(' ')} exited ${code}: ${stderr.split('\n')[0]}`));
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

await buildCli();
await timed(CLI);
await timed(BARE);
const cli: number[] = [];
const bare: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  // Each round starts with the other one, so neither always runs on the other's warmed disk cache.
  if (i % 2) {
    bare.push(await timed(BARE));
    cli.push(await timed(CLI));
  } else {
    cli.push(await timed(CLI));
    bare.push(await timed(BARE));
  }
}
const ratio = median(cli.map((c, i) => c / bare[i]!));
console.log(`\nkiembieu validate ${WORKBOOK}, a whole process, ${ROUNDS} pairs run in turn`);
console.log(`  bare exceljs read, its own process   ${median(bare).toFixed(0)} ms`);
console.log(
  `  kiembieu validate (dist/cli)         ${median(cli).toFixed(0)} ms   (${ratio.toFixed(2)}× the bare read)`,
);
