import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const folders = ['src', 'taskpane/src', 'scripts', 'bench'];
const maxFunctionLines = 60;
const maxLineLength = 120;

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sources(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

function longLines(file: string, text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) => (line.length > maxLineLength ? [`${file}:${i + 1} is ${line.length} characters`] : []));
}

function longFunctions(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (end - start + 1 > maxFunctionLines) found.push(`${file}:${start + 1} is ${end - start + 1} lines`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('size limits', () => {
  const files = folders.flatMap(sources).map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));

  it(`no line is over ${maxLineLength} characters`, () => {
    expect(files.flatMap(({ file, text }) => longLines(file, text))).toEqual([]);
  });

  it(`no function is over ${maxFunctionLines} lines`, () => {
    expect(files.flatMap(({ file, text }) => longFunctions(file, text))).toEqual([]);
  });

  it('the scans find what they look for', () => {
    const body = Array.from({ length: maxFunctionLines }, (_, i) => `  const v${i} = ${i};`).join('\n');
    expect(longFunctions('x.ts', `function f() {\n${body}\n}`)).toEqual(['x.ts:1 is 62 lines']);
    expect(longLines('x.ts', 'x'.repeat(maxLineLength + 1))).toEqual([`x.ts:1 is ${maxLineLength + 1} characters`]);
  });
});
