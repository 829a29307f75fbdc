/**
 * Sheet names, defined names and codes are user text: named `__proto__`, `constructor` or `toString` they
 * must change nothing, and one hostile workbook in a batch must never change the verdict on another.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Consolidator, compilePack, validate, type Pack } from '../../src/engine/index.js';
import { loadPackDir } from '../../src/node/loadPackDir.js';
import { readWorkbook } from '../../src/xlsx/readWorkbook.js';
import { writeTemplate } from '../../src/xlsx/writeTemplate.js';
import { writeValues } from '../../src/xlsx/writeValues.js';
import { PACK_DIR, ROOT, parseJson, runCli, tempDir } from '../cli/helpers.js';
import { partsOf, renameSheet, zipOf } from './packageParts.js';

const UNIT = join(ROOT, 'examples/units/02-dak-ro.xlsx');
const CLEAN = ['03-ngoc-lam.xlsx', '04-kon-trang.xlsx', '05-ia-mo.xlsx'].map((f) => join(ROOT, 'examples/units', f));
const HOSTILE = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(() => tmp.remove());

const pack = await loadPackDir(PACK_DIR);
const check = async (bytes: Uint8Array, name: string) => validate(pack, await readWorkbook(bytes, name), name);
/** What a verdict is about, without the sheet's name (which the rename changes). */
const verdict = (r: Awaited<ReturnType<typeof check>>) => ({
  unit: r.unit,
  counts: r.counts,
  findings: r.findings.map((f) => ({ ...f, cells: f.cells.map(({ sheetName: _, ...c }) => c) })),
});

describe('a sheet renamed after what every object has', () => {
  it.each(HOSTILE)('"%s": the same findings and unit identity as before the rename', async (name) => {
    const before = await check(zipOf(partsOf(UNIT)), 'unit.xlsx');
    const after = await check(zipOf(renameSheet(partsOf(UNIT), 'Biểu 11', name)), 'unit.xlsx');
    expect(after.unit.name).not.toBe('');
    expect(verdict(after)).toEqual(verdict(before));
  });

  it('checked first in a batch, it leaves the verdicts on the clean units as they are alone', async () => {
    const folder = join(tmp.path, 'batch');
    await import('node:fs/promises').then((fs) => fs.mkdir(folder));
    await writeFile(join(folder, '00-hostile.xlsx'), zipOf(renameSheet(partsOf(UNIT), 'Biểu 11', '__proto__')));
    for (const f of CLEAN) await writeFile(join(folder, f.split('/').at(-1)!), zipOf(partsOf(f)));
    const batch = parseJson((await runCli(['check', folder, '--format', 'json'])).stdout);
    const alone = await Promise.all(
      CLEAN.map(async (f) => parseJson((await runCli(['validate', f, '--format', 'json'])).stdout).files[0]),
    );
    expect(batch.counts.unreadable).toBe(0);
    const strip = (f: object) => ({ ...f, file: undefined });
    expect(batch.files.slice(1).map(strip)).toEqual(alone.map((f) => strip(f!)));
  });
});

describe('a pack whose codes are what every object has', () => {
  const t = (vi: string) => ({ vi, en: vi });
  const hostilePack: Pack = {
    id: 'hostile',
    version: '1.0.0',
    title: t('Gói thử'),
    sheets: [
      {
        code: '__proto__',
        name: 'Biểu thử',
        title: t('Biểu thử'),
        unit: t('người'),
        columns: [{ code: 'constructor', label: t('Số'), kind: 'count', decimals: 0 }],
        rows: [
          { code: 'toString', label: t('Tổng'), level: 0 },
          { code: '__proto__', label: t('Phần'), level: 1 },
        ],
      },
    ],
    rules: [
      {
        id: 'tong',
        family: 'sum',
        assert: "__proto__['toString', 'constructor'] == __proto__['__proto__', 'constructor']",
      },
    ],
  };

  it('consolidates to the sums, not to blanks, and leaves Object.prototype alone', async () => {
    const compiled = compilePack(hostilePack);
    const template = await writeTemplate(hostilePack);
    const consolidator = new Consolidator(compiled);
    for (const n of [3, 4]) {
      const values = JSON.parse(
        `{"__proto__": {"toString": {"constructor": ${n}}, "__proto__": {"constructor": ${n}}}}`,
      );
      const bytes = await writeValues(template, compiled, values);
      consolidator.add(await readWorkbook(bytes, `u${n}.xlsx`), `u${n}.xlsx`);
    }
    const sums = consolidator.result().values;
    expect(Object.getOwnPropertyNames(sums)).toEqual(['__proto__']);
    const own = (o: object, key: string) => Object.getOwnPropertyDescriptor(o, key)?.value as Record<string, unknown>;
    const sheet = own(sums, '__proto__');
    expect(Object.getOwnPropertyNames(sheet).sort()).toEqual(['__proto__', 'toString']);
    expect(own(own(sheet, 'toString'), 'constructor')).toBe(7);
    expect(own(own(sheet, '__proto__'), 'constructor')).toBe(7);
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
  });
});
