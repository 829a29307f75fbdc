/** The command line itself: arguments, usage, exit codes; and once, the real process. */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { USAGE } from '../../src/cli/usage.js';
import { KON_TUM, lines, ROOT, runCli, STACK_LINE, tempDir } from './helpers.js';

const exec = promisify(execFile);

// A pack folder whose loading fails in a way nobody foresaw (a bug, not a bad pack).
vi.mock('../../src/node/loadPackDir.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/node/loadPackDir.js')>();
  return {
    loadPackDir: (dir: string) => {
      if (dir.endsWith('explodes'))
        throw new RangeError('Maximum call stack size exceeded\n    at compile (engine.js:1:1)');
      return real.loadPackDir(dir);
    },
  };
});

describe('help and version', () => {
  it.each([['--help'], ['-h'], ['validate', '--help'], []])('%j prints the usage and exits 0', async (...argv) => {
    const r = await runCli(argv);
    expect(r).toEqual({ code: 0, stdout: USAGE, stderr: '' });
  });

  it('the usage names both commands and the exit codes', () => {
    expect(USAGE).toContain('kiembieu template --out FILE');
    expect(USAGE).toContain('kiembieu validate FILE...');
    expect(USAGE).toContain('kiembieu check FOLDER|FILE...');
    expect(USAGE).toContain('kiembieu consolidate FOLDER|FILE... --out FILE.xlsx');
    expect(USAGE).toMatch(/Exit codes: 0 .*, 1 .*, 2 /);
  });

  it('--version prints the version it is given', async () => {
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: '9.8.7\n', stderr: '' });
    expect((await runCli(['-v'])).stdout).toBe('9.8.7\n');
  });
});

describe('a command line it cannot act on: exit 2, one sentence with a hint, nothing on stdout', () => {
  it.each([
    [['inspect', KON_TUM], 'Không có lệnh "inspect". Xem: kiembieu --help'],
    [['check'], 'Hãy nêu thư mục hoặc các tệp cần kiểm tra. Xem: kiembieu --help'],
    [
      ['check', KON_TUM, '--report', 'bao-cao.pdf'],
      '--report nhận tệp có đuôi .xlsx hoặc .html, không nhận "bao-cao.pdf". Xem: kiembieu --help',
    ],
    [['consolidate', KON_TUM], 'Hãy chỉ nơi ghi tệp tổng hợp bằng --out TỆP.xlsx. Xem: kiembieu --help'],
    [
      ['consolidate', KON_TUM, '--out', 'tinh.ods'],
      'Hãy chỉ nơi ghi tệp tổng hợp bằng --out TỆP.xlsx. Xem: kiembieu --help',
    ],
    [
      ['consolidate', KON_TUM, '--out', 'tinh.xlsx', '--force'],
      'Lệnh tổng hợp không ghi đè tệp: hãy chọn tên mới cho --out. Xem: kiembieu --help',
    ],
    [['consolidate', '--out', 'tinh.xlsx'], 'Hãy nêu thư mục hoặc các tệp cần tổng hợp. Xem: kiembieu --help'],
    [['validate'], 'Hãy nêu ít nhất một tệp để kiểm tra. Xem: kiembieu --help'],
    [['template'], 'Hãy chỉ nơi ghi biểu mẫu bằng --out TỆP. Xem: kiembieu --help'],
    [['validate', KON_TUM, '--format', 'xml'], '--format nhận text hoặc json, không nhận "xml". Xem: kiembieu --help'],
    [['validate', KON_TUM, '--lang', 'fr'], '--lang nhận vi hoặc en, không nhận "fr". Xem: kiembieu --help'],
  ])('%j', async (argv, sentence) => {
    expect(await runCli(argv)).toEqual({ code: 2, stdout: '', stderr: `${sentence}\n` });
  });

  it('an unknown option, a missing value, a value where none is taken: sentences of their own in each language', async () => {
    expect(await runCli(['validate', KON_TUM, '--colour'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Không có tùy chọn --colour. Xem: kiembieu --help\n',
    });
    expect((await runCli(['validate', '--bogus', '--lang=en'])).stderr).toBe(
      'There is no option --bogus. See: kiembieu --help\n',
    );
    expect((await runCli(['validate', '-x', KON_TUM])).stderr).toBe('Không có tùy chọn -x. Xem: kiembieu --help\n');
    expect((await runCli(['validate', KON_TUM, '--pack'])).stderr).toBe(
      'Tùy chọn --pack cần có giá trị đi kèm. Xem: kiembieu --help\n',
    );
    expect((await runCli(['validate', KON_TUM, '--pack', '--lang', 'en'])).stderr).toBe(
      'The option --pack needs a value. See: kiembieu --help\n',
    );
    expect((await runCli(['template', '--out', 'a.xlsx', '--force=yes'])).stderr).toBe(
      'Tùy chọn --force không nhận giá trị. Xem: kiembieu --help\n',
    );
  });

  it('the Vietnamese sentences have no English in them', async () => {
    const lines = await Promise.all(
      [
        ['x', '--colour'],
        ['x', '--pack'],
        ['template', '--force=1'],
        ['validate', 'f', '--out', 'o'],
      ].map(async (argv) => (await runCli(argv)).stderr),
    );
    for (const line of lines) expect(line).not.toMatch(/\b(option|argument|unknown|invalid|value|takes|does)\b/i);
  });

  it('in English with --lang en, even when the rest of the line is wrong', async () => {
    expect(await runCli(['inspect', '--lang', 'en'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Unknown command "inspect". See: kiembieu --help\n',
    });
  });
});

describe('options are per command', () => {
  it.each([
    [
      ['validate', KON_TUM, '--out', 'x', '--force'],
      'Lệnh validate không nhận tùy chọn --out, --force. Xem: kiembieu --help',
    ],
    [['validate', KON_TUM, '--report', 'r.html'], 'Lệnh validate không nhận tùy chọn --report. Xem: kiembieu --help'],
    [
      ['template', '--out', 't.xlsx', '--format', 'json'],
      'Lệnh template không nhận tùy chọn --format. Xem: kiembieu --help',
    ],
    [['check', KON_TUM, '--unit-name', 'Tỉnh'], 'Lệnh check không nhận tùy chọn --unit-name. Xem: kiembieu --help'],
    [
      ['consolidate', KON_TUM, '--out', 'x.xlsx', '--report', 'r.html'],
      'Lệnh consolidate không nhận tùy chọn --report. Xem: kiembieu --help',
    ],
  ])('%j: exit 2, one sentence naming the command and the options, nothing written', async (argv, sentence) => {
    expect(await runCli(argv)).toEqual({ code: 2, stdout: '', stderr: `${sentence}\n` });
  });

  it('in English', async () => {
    expect((await runCli(['validate', KON_TUM, '--out', 'x', '--lang', 'en'])).stderr).toBe(
      'The validate command does not take --out. See: kiembieu --help\n',
    );
  });

  it('--lang, --help and --version go with every command', async () => {
    expect((await runCli(['template', '--help'])).code).toBe(0);
    expect((await runCli(['check', '--version'])).stdout).toBe('9.8.7\n');
  });
});

describe('an unforeseen failure', () => {
  it('is still one line, without the stack the error carries', async () => {
    expect(await runCli(['validate', KON_TUM, '--pack', '/nowhere/explodes'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Lỗi không lường trước: Maximum call stack size exceeded\n',
    });
    expect(
      (await runCli(['template', '--out', '/nowhere/t.xlsx', '--pack', '/nowhere/explodes', '--lang', 'en'])).stderr,
    ).toBe('Unexpected error: Maximum call stack size exceeded\n');
  });
});

describe('the real process (node dist/cli/main.js)', () => {
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  const main = join(ROOT, 'dist', 'cli', 'main.js');

  /** Runs the built command line; resolves with its exit code instead of rejecting on a non-zero one. */
  async function node(args: string[]) {
    try {
      const { stdout, stderr } = await exec(process.execPath, [main, ...args], { cwd: ROOT });
      return { code: 0, stdout, stderr };
    } catch (e) {
      const { code, stdout, stderr } = e as { code: number; stdout: string; stderr: string };
      return { code, stdout, stderr };
    }
  }

  beforeAll(async () => {
    tmp = await tempDir();
    await exec('npm', ['run', 'build'], { cwd: ROOT });
  }, 180_000);
  afterAll(() => tmp.remove());

  it('exits 2 on a corrupt file, with one sentence naming it and no stack trace', async () => {
    const file = join(tmp.path, 'hỏng.xlsx');
    await writeFile(file, Buffer.from('PK\u0003\u0004 this is not really a zip archive at all'.repeat(20)));
    const r = await node(['validate', file]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([
      `Tệp "${file}" không phải là sổ tính Excel (.xlsx) hoặc đã bị hỏng: không mở được.`,
    ]);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stdout).not.toMatch(STACK_LINE);
  });

  it('exits 1 on the Kon Tum example and prints its version from package.json', async () => {
    expect((await node(['validate', KON_TUM])).code).toBe(1);
    const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await node(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});
