/**
 * Files as an unlucky or hostile user leaves them: pipes and devices named like workbooks, links in a
 * folder, outputs that are inputs through a link, a full disk, and a terminal that stops reading.
 */
import { execFile } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { copyFile, link, mkdir, readdir, readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { guardStdout } from '../../src/cli/guardStdout.js';
import { run } from '../../src/cli/run.js';
import { CLEAN, ROOT, STACK_LINE, lines, runCli, tempDir } from '../cli/helpers.js';

const exec = promisify(execFile);

// A disk that fills up halfway through any file whose name says so.
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const writeFile: typeof real.writeFile = async (path, data, options) => {
    if (!String(path).includes('full-disk')) return real.writeFile(path, data, options);
    await real.writeFile(path, (data as Uint8Array).subarray(0, 100), options);
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  };
  return { ...real, writeFile, default: { ...real, writeFile } };
});

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(() => tmp.remove());

const oneSentence = (r: { stderr: string }) => {
  expect(lines(r.stderr)).toHaveLength(1);
  expect(r.stderr).not.toMatch(STACK_LINE);
};

describe('inputs that are no regular file are refused before they are opened', () => {
  it.each([
    ['a FIFO named .xlsx', async (p: string) => void (await exec('mkfifo', [p]))],
    ['a link to /dev/zero', (p: string) => symlink('/dev/zero', p)],
    ['a link to /dev/urandom', (p: string) => symlink('/dev/urandom', p)],
  ])('%s: one sentence, exit 2, no wait', async (_, make) => {
    const path = join(tmp.path, `${Math.random().toString(36).slice(2)}.xlsx`);
    await make(path);
    const r = await runCli(['validate', path, '--lang', 'en']);
    expect(r.code).toBe(2);
    oneSentence(r);
    expect(r.stderr).toBe(`"${path}" is not a regular file (it is a folder, a device or a pipe), so it is not read.\n`);
  });
});

describe('check on a folder of links', () => {
  it('follows a link to a workbook, and lists a link to anything else with its reason', async () => {
    const folder = join(tmp.path, 'links');
    await mkdir(folder);
    await symlink(CLEAN, join(folder, 'a-clean.xlsx'));
    await symlink('/dev/zero', join(folder, 'b-zero.xlsx'));
    await symlink(join(tmp.path, 'nowhere.xlsx'), join(folder, 'c-dangling.xlsx'));
    const r = await runCli(['check', folder, '--format', 'json', '--lang', 'en']);
    const files = JSON.parse(r.stdout).files as { file: string; error?: string; counts?: object }[];
    expect(files.map((f) => f.file.split('/').at(-1))).toEqual(['a-clean.xlsx', 'b-zero.xlsx', 'c-dangling.xlsx']);
    expect(files[0]!.counts).toMatchObject({ errors: 0, warnings: 0 });
    expect(files[1]!.error).toMatch(/is not a regular file/);
    expect(files[2]!.error).toMatch(/Cannot read/);
  });
});

describe('an output is never written through a link nor over an input', () => {
  const unitFolder = async (name: string) => {
    const folder = join(tmp.path, name);
    await mkdir(folder);
    const unit = join(folder, 'unit.xlsx');
    await copyFile(CLEAN, unit);
    return { folder, unit, bytes: await readFile(unit) };
  };

  it('--report a symlink to a unit’s workbook, even with --force: refused, the workbook unchanged', async () => {
    const { folder, unit, bytes } = await unitFolder('symlinked');
    const report = join(tmp.path, 'symlinked-report.html');
    await symlink(unit, report);
    const r = await runCli(['check', folder, '--report', report, '--force', '--lang', 'en']);
    expect(r.code).toBe(2);
    oneSentence(r);
    expect(r.stderr).toMatch(/is a link, so nothing is written through it/);
    expect(Buffer.compare(await readFile(unit), bytes)).toBe(0);
  });

  it('--report a hard link to a unit’s workbook, even with --force: refused, the workbook unchanged', async () => {
    const { folder, unit, bytes } = await unitFolder('hardlinked');
    const report = join(tmp.path, 'hardlinked-report.html');
    await link(unit, report);
    const r = await runCli(['check', folder, '--report', report, '--force', '--lang', 'en']);
    expect(r.code).toBe(2);
    oneSentence(r);
    expect(r.stderr).toMatch(/is, through a link, one of the input files/);
    expect(Buffer.compare(await readFile(unit), bytes)).toBe(0);
  });

  it('consolidate --out a dangling link: refused, nothing created where it points', async () => {
    const { folder } = await unitFolder('dangling');
    const out = join(tmp.path, 'dangling-out.xlsx');
    await symlink(join(tmp.path, 'target-of-link.xlsx'), out);
    const r = await runCli(['consolidate', folder, '--out', out, '--lang', 'en']);
    expect(r.code).toBe(2);
    oneSentence(r);
    expect(await readdir(tmp.path)).not.toContain('target-of-link.xlsx');
  });
});

describe('a full disk', () => {
  it.each([
    ['template', (out: string) => ['template', '--out', out]],
    ['check --report', (out: string) => ['check', CLEAN, '--report', out]],
    ['consolidate', (out: string) => ['consolidate', CLEAN, '--out', out]],
  ])('%s: "the disk is full", no partial file left, the next run not refused', async (_, argv) => {
    const folder = join(tmp.path, `full-disk-${Math.random().toString(36).slice(2)}`);
    await mkdir(folder);
    const out = join(folder, 'out.xlsx');
    const r = await runCli([...argv(out), '--lang', 'en']);
    expect(r.code).toBe(2);
    oneSentence(r);
    expect(r.stderr).toBe(`Cannot write "${out}": the disk is full. No partial file was left.\n`);
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('standard output that fails or goes away', () => {
  /** A stream that fails its writes the way Node tells them: by an 'error' event after the write. */
  const failing = (code: string) => {
    const stream = Object.assign(new EventEmitter(), {
      written: '',
      write(text: string) {
        stream.written += text;
        process.nextTick(() => stream.emit('error', Object.assign(new Error(code), { code })));
        return false;
      },
    });
    return stream;
  };

  it('a reader that went away (| head -1): the rest is dropped quietly, the exit code kept', async () => {
    const out = failing('EPIPE');
    let stderr = '';
    let failed = false;
    const guarded = guardStdout(out, { write: (t: string) => (stderr += t) }, 'en', () => (failed = true));
    const code = await run(['validate', CLEAN, CLEAN], {
      stdout: guarded,
      stderr: { write: (t: string) => (stderr += t) },
    });
    await new Promise((r) => setTimeout(r, 10));
    expect({ code, stderr, failed, guardedFailed: guarded.failed }).toEqual({
      code: 0,
      stderr: '',
      failed: false,
      guardedFailed: false,
    });
  });

  it('a write that fails (> /dev/full): one sentence, and the failure reported for exit 2', async () => {
    const out = failing('ENOSPC');
    let stderr = '';
    let failed = false;
    const guarded = guardStdout(out, { write: (t: string) => (stderr += t) }, 'en', () => (failed = true));
    await run(['--help'], { stdout: guarded, stderr: { write: (t: string) => (stderr += t) } });
    await new Promise((r) => setTimeout(r, 10));
    expect({ stderr, failed }).toEqual({
      stderr: 'Cannot write the output to standard output (the disk is full).\n',
      failed: true,
    });
  });

  it('the real process: --help > /dev/full is one sentence and exit 2', async () => {
    const main = join(ROOT, 'src/cli/main.ts');
    const r = await exec('bash', ['-c', `node --import tsx ${main} --help --lang en > /dev/full`], { cwd: ROOT }).then(
      (x) => ({ code: 0, ...x }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Cannot write the output to standard output (the disk is full).\n');
  });
});
