/**
 * Every package the code imports is declared in package.json: none is used only because another one brought it
 * (exceljs brings jszip). What src/ and taskpane/src/ import is a runtime dependency, not a development one.
 */
import { builtinModules } from 'node:module';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli/helpers.js';

const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^;'"]*?from\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The package an import names: `mathjs/number` is mathjs, `@types/x/y` is @types/x; undefined for a path. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('node:') || builtinModules.includes(specifier))
    return undefined;
  if (specifier.startsWith('kiembieu:')) return undefined; // a module the web build makes (the pack)
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

async function importsIn(folders: string[]): Promise<{ file: string; pkg: string }[]> {
  const found: { file: string; pkg: string }[] = [];
  for (const folder of folders) {
    const entries = await readdir(join(ROOT, folder), { recursive: true, withFileTypes: true });
    for (const e of entries.filter((x) => x.isFile() && /\.ts$/.test(x.name))) {
      const file = join(e.parentPath, e.name);
      for (const m of (await readFile(file, 'utf8')).matchAll(IMPORT)) {
        const name = packageOf(m[1] ?? m[2]!);
        if (name) found.push({ file: relative(ROOT, file), pkg: name });
      }
    }
  }
  return found;
}

describe('package.json declares what the code imports', () => {
  it('every package imported anywhere', async () => {
    const declared = { ...pkg.dependencies, ...pkg.devDependencies };
    const missing = (await importsIn(['src', 'taskpane/src', 'tests', 'scripts', 'bench'])).filter(
      (i) => !(i.pkg in declared),
    );
    expect(missing).toEqual([]);
  });

  it('what the shipped code imports, as a runtime dependency', async () => {
    const missing = (await importsIn(['src', 'taskpane/src'])).filter((i) => !(i.pkg in pkg.dependencies));
    expect(missing).toEqual([]);
  });
});
