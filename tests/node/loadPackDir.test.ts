/** A pack folder from disk: the bundled pack whole, and every way a folder can be wrong named by file and key. */
import { cp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PackError } from '../../src/engine/pack/errors.js';
import { loadPackDir } from '../../src/node/loadPackDir.js';
import { PACK_DIR, tempDir } from '../cli/helpers.js';

interface SheetJson {
  code: string;
  columns: { code: string; kind: string }[];
  rows: { code: string; inputs?: string[] }[];
  rules?: RuleJson[];
}
interface RuleJson {
  id: string;
  for?: Record<string, string[]>;
}

let tmp: Awaited<ReturnType<typeof tempDir>>;
let manifest: { id: string; version: string; sheets: string[] };
let sheets: SheetJson[];
let crossRules: RuleJson[];

beforeAll(async () => {
  tmp = await tempDir();
  const json = async <T>(path: string) => JSON.parse(await readFile(join(PACK_DIR, path), 'utf8')) as T;
  manifest = await json('pack.json');
  sheets = await Promise.all(manifest.sheets.map((code) => json<SheetJson>(`sheets/${code}.json`)));
  crossRules = await json('rules.json');
});
afterAll(() => tmp.remove());

/** A copy of the bundled pack to spoil. */
async function copy(name: string): Promise<string> {
  const dir = join(tmp.path, name);
  await cp(PACK_DIR, dir, { recursive: true });
  return dir;
}

async function refusal(dir: string): Promise<PackError> {
  const e = await loadPackDir(dir).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(PackError);
  return e as PackError;
}

describe('loadPackDir on the bundled pack', () => {
  it('has the identity and the sheets of pack.json, in its order', async () => {
    const pack = await loadPackDir(PACK_DIR);
    expect(pack.pack.id).toBe(manifest.id);
    expect(pack.pack.version).toBe(manifest.version);
    expect(pack.pack.sheets.map((s) => s.code)).toEqual(manifest.sheets);
    expect(manifest.sheets).toHaveLength(13);
  });

  it('one input cell per row and input column of every sheet file', async () => {
    const pack = await loadPackDir(PACK_DIR);
    const expected = sheets.flatMap((s) =>
      s.rows.flatMap((r) =>
        (r.inputs ?? s.columns.filter((c) => c.kind !== 'text').map((c) => c.code)).map(
          (c) => `${s.code} ${r.code} ${c}`,
        ),
      ),
    );
    expect(pack.slots.map((s) => `${s.sheet} ${s.row} ${s.col}`)).toEqual(expected);
  });

  it('one compiled rule per rule and value of its `for`, from the sheet files and rules.json', async () => {
    const pack = await loadPackDir(PACK_DIR);
    const all = [...sheets.flatMap((s) => s.rules ?? []), ...crossRules];
    const instances = all.reduce(
      (n, r) => n + Object.values(r.for ?? {}).reduce((m, values) => m * values.length, 1),
      0,
    );
    expect(pack.rules).toHaveLength(instances);
    expect(new Set(pack.rules.map((r) => r.specId))).toEqual(new Set(all.map((r) => r.id)));
  });

  it('files that are not JSON are no part of the pack and do no harm', async () => {
    const dir = await copy('with-readme');
    await writeFile(join(dir, 'README.md'), '# notes');
    await writeFile(join(dir, 'sheets', 'B1.json.bak'), '{ broken');
    expect((await loadPackDir(dir)).slots).toHaveLength((await loadPackDir(PACK_DIR)).slots.length);
  });
});

describe('loadPackDir refuses, naming the file (its full path) and the key', () => {
  it('a folder that does not exist', async () => {
    const e = await refusal(join(tmp.path, 'nothing-here'));
    expect(e.file).toBe(join(tmp.path, 'nothing-here'));
    expect(e.text.en).toContain('the pack folder cannot be read');
  });

  it('a file given instead of a folder', async () => {
    const e = await refusal(join(PACK_DIR, 'pack.json'));
    expect(e.file).toBe(join(PACK_DIR, 'pack.json'));
  });

  it('a file that is not valid JSON', async () => {
    const dir = await copy('bad-json');
    await writeFile(join(dir, 'sheets', 'B7.json'), '{ "code": "B7", ');
    const e = await refusal(dir);
    expect(e.file).toBe(join(dir, 'sheets', 'B7.json'));
    expect(e.text.vi).toContain(`Tệp gói biểu mẫu "${join(dir, 'sheets', 'B7.json')}"`);
    expect(e.reason.en).toMatch(/^not valid JSON/);
  });

  it('an unknown key deep inside a sheet', async () => {
    const dir = await copy('bad-key');
    const path = join(dir, 'sheets', 'B4.json');
    const sheet = JSON.parse(await readFile(path, 'utf8'));
    sheet.columns[1].colour = 'red';
    await writeFile(path, JSON.stringify(sheet));
    const e = await refusal(dir);
    expect([e.file, e.key]).toEqual([path, 'columns[1].colour']);
  });

  it('a sheet listed in pack.json without its file', async () => {
    const dir = await copy('no-file');
    await rm(join(dir, 'sheets', 'B9.json'));
    const e = await refusal(dir);
    expect(e.file).toBe(join(dir, 'pack.json'));
    expect(e.key).toBe(`sheets[${manifest.sheets.indexOf('B9')}]`);
  });

  it('a stray sheet file not listed in pack.json', async () => {
    const dir = await copy('stray');
    await cp(join(dir, 'sheets', 'B11.json'), join(dir, 'sheets', 'B12.json'));
    const e = await refusal(dir);
    expect(e.file).toBe(join(dir, 'sheets', 'B12.json'));
  });

  it('a rule in a sheet file naming a column the sheet lacks', async () => {
    const dir = await copy('bad-rule');
    const path = join(dir, 'sheets', 'B5.json');
    const sheet = JSON.parse(await readFile(path, 'utf8'));
    sheet.rules[1].assert = "B5['1', c] == B5['1.1', c] + B5['1.2', '(9)']";
    await writeFile(path, JSON.stringify(sheet));
    const e = await refusal(dir);
    expect([e.file, e.key]).toEqual([path, 'rules[1].assert']);
    expect(e.reason.en).toContain('"(9)"');
  });

  it('leaves the pack folder as it was', async () => {
    const dir = await copy('untouched');
    const before = await readdir(dir, { recursive: true });
    await loadPackDir(dir);
    expect(await readdir(dir, { recursive: true })).toEqual(before);
  });
});
