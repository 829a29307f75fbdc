/** What the pane loads on opening: the engine and the rule parser, not the pack loader's schema library nor exceljs. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb, type WebBuild } from '../../scripts/build-web.js';
import { tempDir } from '../cli/helpers.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
let build: WebBuild;
let opening: string;

beforeAll(async () => {
  tmp = await tempDir();
  build = await buildWeb(join(tmp.path, 'dist-web'));
  const eager = build.files.filter((f) => !f.lazy && f.file.endsWith('.js'));
  opening = (await Promise.all(eager.map((f) => readFile(join(build.outDir, f.file), 'utf8')))).join('\n');
}, 120_000);
afterAll(() => tmp.remove());

describe('the pane on opening', () => {
  it('holds the checks (the pack is checked when the page is built, so zod stays out)', () => {
    expect(opening).toContain('mathjs');
    expect(opening).not.toContain('ZodError');
  });

  it('leaves exceljs for when a file is read or written', () => {
    expect(opening).not.toContain('exceljs');
    expect(build.exceljs).toBeGreaterThan(0);
  });
});
