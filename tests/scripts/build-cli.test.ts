/**
 * The built command line is one bundle: it runs with no node_modules beside it, says what the source says,
 * and carries mathjs's parser, not its every function. (How fast it starts is measured in `npm run bench`.)
 */
import { execFile } from 'node:child_process';
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli.js';
import { CLEAN, KON_TUM, ROOT, runCli, tempDir } from '../cli/helpers.js';
import { UNITS } from '../cli/units.js';

const exec = promisify(execFile);
let tmp: Awaited<ReturnType<typeof tempDir>>;
let metafile: Metafile;
const at = (...names: string[]) => join(tmp.path, ...names);

/** Runs the built CLI from the temp folder, which has no node_modules: everything it needs is in the bundle. */
async function built(args: string[]) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [at('dist', 'cli', 'main.js'), ...args], { cwd: tmp.path });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const { code, stdout, stderr } = e as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

beforeAll(async () => {
  tmp = await tempDir();
  metafile = await buildCli(at('dist'));
  await cp(join(ROOT, 'packs'), at('packs'), { recursive: true });
  await cp(join(ROOT, 'package.json'), at('package.json'));
}, 120_000);
afterAll(() => tmp.remove());

describe('the built command line', () => {
  it('runs with no node_modules, and prints what the source prints', async () => {
    for (const argv of [
      ['validate', KON_TUM],
      ['validate', CLEAN, '--format', 'json', '--lang', 'en'],
    ]) {
      const fromSource = await runCli(argv);
      expect(await built(argv)).toEqual(fromSource);
    }
  });

  it('writes a template, reports and a consolidated workbook from the bundle (the exceljs writer is in it)', async () => {
    expect((await built(['template', '--out', at('bieu.xlsx')])).code).toBe(0);
    const check = await built(['check', UNITS, '--report', at('r.xlsx'), '--report', at('r.html')]);
    expect(check.code).toBe(0);
    expect((await readFile(at('r.html'), 'utf8')).length).toBeGreaterThan(1000);
    expect((await built(['consolidate', UNITS, '--out', at('tinh.xlsx')])).code).toBe(1);
    expect((await built(['validate', at('bieu.xlsx'), at('tinh.xlsx')])).code).toBe(1);
  });

  it('a usage error and the version, as the source gives them', async () => {
    const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await built(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect(await built(['validate', 'x.xlsx', '--out', 'y'])).toEqual(
      await runCli(['validate', 'x.xlsx', '--out', 'y']),
    );
  });

  it('imports no package at run time: each is in the bundle', () => {
    const external = Object.values(metafile.outputs).flatMap((o) =>
      o.imports.filter((i) => i.external && !/^(node:)?[a-z_]+(\/[a-z_]+)?$/.test(i.path)).map((i) => i.path),
    );
    expect(external).toEqual([]);
    const packages = Object.values(metafile.outputs)
      .flatMap((o) => Object.keys(o.inputs))
      .filter((p) => p.includes('node_modules'));
    expect(packages.some((p) => p.includes('node_modules/exceljs/'))).toBe(true);
  });

  it('each command in a chunk of its own, loaded when it runs', () => {
    const main = Object.entries(metafile.outputs).find(([file]) => file.endsWith('cli/main.js'))![1];
    const lazy = main.imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path.replace(/^.*\//, ''));
    expect(lazy.map((f) => f.replace(/-\w+\.js$/, '')).sort()).toEqual([
      'check',
      'consolidate',
      'crosscheck',
      'template',
      'validate',
    ]);
  });

  it('mathjs in it is the expression parser, not every function (the whole of it is some megabytes)', () => {
    const mathjs = Object.values(metafile.outputs)
      .flatMap((o) => Object.entries(o.inputs))
      .filter(([path]) => path.includes('node_modules/mathjs/'))
      .reduce((n, [, i]) => n + i.bytesInOutput, 0);
    expect(mathjs).toBeGreaterThan(0);
    expect(mathjs).toBeLessThan(300 * 1024);
  });
});
