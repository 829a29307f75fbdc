/** Rule packs are untrusted: a hostile or broken pack folder is refused in one sentence, quickly, within memory. */
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
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
  columns: Array.from({ length: cols }, (_, i) => ({
    code: `(${i + 1})`,
    label: t(`c${i}`),
    kind: 'count',
    decimals: 0,
  })),
  rows: Array.from({ length: rows }, (_, i) => ({ code: `${i + 1}`, label: t(`r${i}`), level: 0 })),
});

/** Adds sheets BIG0, BIG1 … (as many as `count`) to the pack, the first with `rules`. */
async function addSheets(dir: string, sheet: object, rules: object[] = [], count = 1): Promise<void> {
  const pack = JSON.parse(await readFile(join(dir, 'pack.json'), 'utf8'));
  for (let i = 0; i < count; i++) {
    const code = `BIG${i}`;
    await writeFile(
      join(dir, `sheets/${code}.json`),
      JSON.stringify({ ...sheet, code, name: code, rules: i ? [] : rules }),
    );
    pack.sheets.push(code);
  }
  await writeFile(join(dir, 'pack.json'), JSON.stringify(pack));
}

/** `for` values that expand one rule to 1,000 instances: 200 × 5, the most the format lets each list hold. */
const THOUSAND = { a: Array.from({ length: 200 }, (_, i) => `${i + 1}`), b: ['1', '2', '3', '4', '5'] };

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

  it('millions of declared input cells (sheets of 2,000 rows by 100 columns): refused at the input-cell limit, whatever their number', async () => {
    const { said } = await templateWith((dir) => addSheets(dir, bigSheet(2000, 100), [], 3));
    expect(said).toMatch(/has more than 500,000 input cells/);
  });

  it('1,000 rule instances each summing 200,000 cells: refused at the cells-per-rule limit', async () => {
    const rule = {
      id: 'huge',
      family: 'sum',
      for: THOUSAND,
      assert: "BIG0['1', '(1)'] <= sum(BIG0['1':'2000', '(1)':'(100)'])",
    };
    const { said } = await templateWith((dir) => addSheets(dir, bigSheet(2000, 100), [rule]));
    expect(said).toMatch(/has more than 10,000 cells read by one rule/);
  });

  it('a million compiled rules: refused at the rule limit', async () => {
    const rules = Array.from({ length: 1000 }, (_, i) => ({
      id: `r${i}`,
      family: 'sum',
      for: THOUSAND,
      assert: "BIG0[a, '(1)'] >= 0",
    }));
    const { said } = await templateWith((dir) => addSheets(dir, bigSheet(200, 1), rules));
    expect(said).toMatch(/has more than 50,000 rules/);
  });
});
