/**
 * `npm run examples` changes nothing that nobody changed: made again into a temp folder, every example workbook
 * is byte for byte the one in the repository (a change to the template or the figures shows here, to commit).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeExamples } from '../../scripts/make-examples.js';
import { ROOT, tempDir } from '../cli/helpers.js';

const EXAMPLES = join(ROOT, 'examples');
let tmp: Awaited<ReturnType<typeof tempDir>>;
let made: string[];

beforeAll(async () => {
  tmp = await tempDir();
  made = await makeExamples(tmp.path);
}, 300_000);
afterAll(() => tmp.remove());

async function unitFolder(name: string): Promise<string[]> {
  return (await readdir(join(EXAMPLES, name))).filter((f) => f.endsWith('.xlsx')).map((f) => `${name}/${f}`);
}

describe('npm run examples', () => {
  it('makes every workbook examples/ holds, and no other', async () => {
    const tracked = [
      ...(await readdir(EXAMPLES)).filter((f) => f.endsWith('.xlsx')),
      ...(await unitFolder('units')),
      ...(await unitFolder('units-2016')),
      ...(await unitFolder('units-planted')),
    ];
    expect([...made].sort()).toEqual(tracked.sort());
    expect(made).toHaveLength(2 + 3 * 15);
  });

  it('makes each byte for byte as it is in the repository', async () => {
    const differ: string[] = [];
    for (const file of made) {
      const [again, tracked] = await Promise.all([readFile(join(tmp.path, file)), readFile(join(EXAMPLES, file))]);
      if (!again.equals(tracked)) differ.push(file);
    }
    expect(differ).toEqual([]);
  });
});
