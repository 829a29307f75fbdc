/**
 * The repository stands alone: a fresh clone tests, builds and runs with nothing beside it. Every path the code
 * names is inside the repository and there (relative to the file naming it), and no absolute path points at
 * a machine's own folders.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli/helpers.js';

const FOLDERS = ['src', 'tests', 'scripts', 'bench', 'taskpane'];
/** The folder beside the repository that a user's clone lacks; spelt in pieces so this file does not name it. */
const BESIDE = ['..', 'shared'].join('/');
const CODE = /\.(ts|js|mjs|html|json)$/;
/** A string literal naming a path relative to the file: `./x`, `../x` (none built from variables). */
const RELATIVE = /(['"`])(\.\.?\/[^'"`\s$]*)\1/g;
/** A string literal naming a machine's own folder (a home, a shared mount, a drive). */
const ABSOLUTE = /(['"`])((?:\/(?:work|home|Users|mnt|srv|opt|root|media)\/|[A-Za-z]:\\)[^'"`]*)\1/g;

async function codeFiles(): Promise<string[]> {
  const found = await Promise.all(
    FOLDERS.map(async (folder) =>
      (await readdir(join(ROOT, folder), { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile() && CODE.test(e.name) && !e.parentPath.includes('node_modules'))
        .map((e) => join(e.parentPath, e.name)),
    ),
  );
  // This file names such paths to show they are caught.
  const self = fileURLToPath(import.meta.url);
  return [...found.flat(), join(ROOT, 'package.json'), join(ROOT, 'vitest.config.ts')].filter((f) => f !== self);
}

/** `file: literal` for each relative path that leaves the repository or names nothing in it. */
function strayPaths(file: string, text: string): string[] {
  return [...text.matchAll(RELATIVE)]
    .map((m) => m[2]!)
    .filter((path) => {
      const at = resolve(dirname(file), path);
      const inside = !relative(ROOT, at).startsWith(`..${sep}`) && relative(ROOT, at) !== '..';
      return !inside || !(existsSync(at) || existsSync(at.replace(/\.js$/, '.ts')));
    })
    .map((path) => `${relative(ROOT, file)}: ${path}`);
}

describe('the repository stands alone', () => {
  it('every relative path in the code names something inside the repository', async () => {
    const stray: string[] = [];
    for (const file of await codeFiles()) stray.push(...strayPaths(file, await readFile(file, 'utf8')));
    expect(stray).toEqual([]);
  });

  it('no path names a folder of the machine the code was written on', async () => {
    const stray: string[] = [];
    for (const file of await codeFiles()) {
      const text = await readFile(file, 'utf8');
      stray.push(...[...text.matchAll(ABSOLUTE)].map((m) => `${relative(ROOT, file)}: ${m[2]}`));
      if (text.includes(BESIDE)) stray.push(`${relative(ROOT, file)}: ${BESIDE}`);
    }
    expect(stray).toEqual([]);
  });

  it('the checks catch a path outside the repository', () => {
    const test = join(ROOT, 'tests', 'manifest', 'manifest.test.ts');
    expect(strayPaths(test, `resolve(ROOT, '${BESIDE}/office-manifest-xsd')`)).toHaveLength(1);
    expect(strayPaths(test, "new URL('../../../outside/', import.meta.url)")).toHaveLength(1);
    expect(strayPaths(test, "new URL('./xsd/', import.meta.url)")).toEqual([]);
    expect([...`readFile('/work/${BESIDE.slice(3)}/x.xsd')`.matchAll(ABSOLUTE)]).toHaveLength(1);
  });
});
