/** The bundled pack is found from the source tree (and, built, from dist/: same depth). */
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPackDir } from '../../src/node/defaultPackDir.js';
import { PACK_DIR } from '../cli/helpers.js';

describe('defaultPackDir', () => {
  it('is the absolute path of packs/nq22-2018 in the repository', async () => {
    expect(isAbsolute(defaultPackDir)).toBe(true);
    expect(resolve(defaultPackDir)).toBe(resolve(PACK_DIR));
    expect((await stat(defaultPackDir)).isDirectory()).toBe(true);
    const manifest = JSON.parse(await readFile(join(defaultPackDir, 'pack.json'), 'utf8')) as { id: string };
    expect(manifest.id).toBe('nq22-2018');
  });
});
