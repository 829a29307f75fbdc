import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sources(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

/** Every module a file imports, statically or dynamically, as a path from the root or a package name. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  return specs.map((s) => (s.startsWith('.') ? relative(root, resolve(root, dirname(file), s)) : s));
}

function offenders(dir: string, allowed: (target: string, file: string) => boolean): string[] {
  return sources(dir).flatMap((f) =>
    importsOf(f)
      .filter((t) => !allowed(t, f))
      .map((t) => `${f} → ${t}`),
  );
}

describe('layer boundaries', () => {
  it('the engine imports only itself, mathjs and zod', () => {
    const ok = (t: string) => t.startsWith('src/engine/') || t === 'mathjs/number' || t === 'zod';
    expect(offenders('src/engine', ok)).toEqual([]);
  });

  it('adapters reach the engine only through its public surface', () => {
    const ok = (t: string) => !t.startsWith('src/engine/') || t === 'src/engine/index.js';
    for (const dir of ['src/xlsx', 'src/docx', 'src/node', 'src/office', 'src/cli', 'taskpane/src'])
      expect(offenders(dir, ok)).toEqual([]);
  });

  it('the Excel adapter does not use the xlsx, node or cli adapters', () => {
    const ok = (t: string) => !/^src\/(xlsx|node|cli)\//.test(t);
    expect(offenders('src/office', ok)).toEqual([]);
  });

  it('the xlsx adapter uses no file system: nothing of node, cli or Node itself', () => {
    const ok = (t: string) => !/^src\/(node|cli|office)\//.test(t) && !t.startsWith('node:') && t !== 'fs';
    expect(offenders('src/xlsx', ok)).toEqual([]);
  });

  it('the docx adapter uses no file system and no other adapter, so the browser page can read a report', () => {
    const ok = (t: string) => !/^src\/(node|cli|office|xlsx)\//.test(t) && !t.startsWith('node:') && t !== 'fs';
    expect(offenders('src/docx', ok)).toEqual([]);
  });

  it('the checker finds an offending import', () => {
    expect(importsOf('src/cli/run.ts').some((t) => t.startsWith('src/engine/'))).toBe(true);
  });
});
