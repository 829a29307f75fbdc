/** Rule packs are untrusted: a hostile or broken pack folder is refused in one sentence, quickly, within memory. */
import { execFile } from 'node:child_process';
import { cp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACK_DIR, STACK_LINE, lines, runCli, tempDir } from '../cli/helpers.js';

const exec = promisify(execFile);
let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(() => tmp.remove());

/** A copy of the shipped pack, changed by `change`, and what `template` says of it. */
async function templateWith(change: (dir: string) => Promise<void>) {
  const dir = join(tmp.path, Math.random().toString(36).slice(2));
  await cp(PACK_DIR, dir, { recursive: true });
  await change(dir);
  const r = await runCli(['template', '--pack', dir, '--out', join(tmp.path, `${Math.random()}.xlsx`), '--lang', 'en']);
  expect(r.code).toBe(2);
  expect(lines(r.stderr)).toHaveLength(1);
  expect(r.stderr).not.toMatch(STACK_LINE);
  expect(r.stderr).not.toMatch(/unexpected/i);
  return { dir, said: r.stderr };
}

const t = (s: string) => ({ vi: s, en: s });
/** A sheet file with `rows` rows and `cols` count columns, every cell an input. */
const bigSheet = (rows: number, cols: number) => ({
  code: 'BIG',
  name: 'Big',
  title: t('Big'),
  unit: t('x'),
  columns: Array.from({ length: cols }, (_, i) => ({ code: `(${i + 1})`, label: t(`c${i}`), kind: 'count', decimals: 0 })),
  rows: Array.from({ length: rows }, (_, i) => ({ code: `${i + 1}`, label: t(`r${i}`), level: 0 })),
});

async function addSheet(dir: string, sheet: object, rules: object[] = []): Promise<void> {
  await writeFile(join(dir, 'sheets/BIG.json'), JSON.stringify({ ...sheet, rules }));
  const pack = JSON.parse(await import('node:fs/promises').then((fs) => fs.readFile(join(dir, 'pack.json'), 'utf8')));
  pack.sheets.push('BIG');
  await writeFile(join(dir, 'pack.json'), JSON.stringify(pack));
}

describe('hostile and broken packs', () => {
  it('thousands of stray .json files: the file limit, not "too many open files"', async () => {
    const { said } = await templateWith(async (dir) => {
      await mkdir(join(dir, 'stray'));
      for (let i = 0; i < 1001; i++) await writeFile(join(dir, 'stray', `${i}.json`), '{}');
    });
    expect(said).toMatch(/has more than 1,000 \.json files in the pack folder/);
  });

  it('rules.json a pipe, a link to /dev/zero or to nothing: one sentence naming it', async () => {
    const makers = [
      (p: string) => exec('mkfifo', [p]),
      (p: string) => symlink('/dev/zero', p),
      (p: string) => symlink('/nowhere/rules.json', p),
    ];
    for (const make of makers) {
      const { said } = await templateWith(async (dir) => {
        await rm(join(dir, 'rules.json'));
        await make(join(dir, 'rules.json'));
      });
      expect(said).toMatch(/rules\.json/);
    }
  });

  it('20 million declared input cells: refused at the input-cell limit', async () => {
    const { said } = await templateWith((dir) => addSheet(dir, bigSheet(5000, 4000)));
    expect(said).toMatch(/has more than 200,000 input cells/);
  });

  it('1,000 rule instances each summing 200,000 cells: refused at the cells-per-rule limit', async () => {
    const rule = { id: 'huge', family: 'sum', for: { k: Array.from({ length: 1000 }, (_, i) => `${i}`) }, assert: "BIG['1', '(1)'] <= sum(BIG['1':'400', '(1)':'(500)'])" };
    const { said } = await templateWith((dir) => addSheet(dir, bigSheet(400, 500), [rule]));
    expect(said).toMatch(/has more than 10,000 cells read by one rule/);
  });

  it('a million compiled rules: refused at the rule limit', async () => {
    const values = Array.from({ length: 1000 }, (_, i) => `${(i % 100) + 1}`);
    const rules = Array.from({ length: 1000 }, (_, i) => ({ id: `r${i}`, family: 'sum', for: { r: values }, assert: "BIG[r, '(1)'] >= 0" }));
    const { said } = await templateWith((dir) => addSheet(dir, bigSheet(100, 1), rules));
    expect(said).toMatch(/has more than 50,000 rules/);
  });
});
