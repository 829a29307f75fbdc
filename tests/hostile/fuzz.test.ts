/**
 * Seeded fuzzing of the examples: byte flips, truncations, zip and XML mutations. Whatever the bytes,
 * reading and checking ends with a report or one sentence, never a stack trace, within memory, and the
 * file read is left byte for byte as it was.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlainError, validate } from '../../src/engine/index.js';
import { loadPackDir } from '../../src/node/loadPackDir.js';
import { readWorkbookFile } from '../../src/node/readWorkbookFile.js';
import { CLEAN, KON_TUM, PACK_DIR, ROOT, tempDir } from '../cli/helpers.js';
import { mulberry32 } from '../../scripts/mulberry32.js';

const CASES = 240;
const SEED = 20181906;

type Mutation = (bytes: Uint8Array, rnd: () => number) => Uint8Array;
const pick = <T>(list: T[], rnd: () => number): T => list[Math.floor(rnd() * list.length)]!;

const XML_CHANGES: ((xml: string, rnd: () => number) => string)[] = [
  (xml, rnd) => {
    const at = Math.floor(rnd() * xml.length);
    return xml.slice(0, at) + xml.slice(at + 1 + Math.floor(rnd() * 40));
  },
  (xml, rnd) => {
    const at = Math.floor(rnd() * xml.length);
    return xml.slice(0, at) + pick(['<', '&', '"', ']]>', '<![CDATA[', '&#0;', '\u0000', '<x:c>'], rnd) + xml.slice(at);
  },
  (xml, rnd) =>
    xml.replace(/<v>[^<]*<\/v>/, `<v>${pick(['NaN', '-Infinity', '1e999', '', 'x', '99999999999999999999'], rnd)}</v>`),
  (xml, rnd) => xml.replace(/ r="([A-Z]+)\d+"/, ` r="$1${pick(['0', '1048577', '99999999999', 'A'], rnd)}"`),
  (xml) => xml.replace(/ r="[^"]*"/g, ''),
  (xml, rnd) => xml.replace(/t="s"/, `t="${pick(['d', 'b', 'e', 'inlineStr', 'n', 'zz'], rnd)}"`),
];

const MUTATIONS: Mutation[] = [
  (bytes, rnd) => {
    const out = Uint8Array.from(bytes);
    for (let i = 0; i < 1 + rnd() * 8; i++) out[Math.floor(rnd() * out.length)] = Math.floor(rnd() * 256);
    return out;
  },
  (bytes, rnd) => bytes.slice(0, Math.floor(rnd() * bytes.length)),
  (bytes, rnd) => {
    const parts = unzipSync(bytes);
    const names = Object.keys(parts).filter((n) => !n.endsWith('/'));
    const name = pick(names, rnd);
    const choice = rnd();
    if (choice < 0.3) delete parts[name];
    else if (choice < 0.6) parts[name] = parts[pick(names, rnd)]!;
    else parts[`/${name}`.toUpperCase()] = parts[name]!;
    return zipSync(parts, { level: 1 });
  },
  (bytes, rnd) => {
    const parts = unzipSync(bytes);
    const name = pick(
      Object.keys(parts).filter((n) => n.endsWith('.xml')),
      rnd,
    );
    parts[name] = strToU8(pick(XML_CHANGES, rnd)(strFromU8(parts[name]!), rnd));
    return zipSync(parts, { level: 1 });
  },
];

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(() => tmp.remove());

describe('fuzzed workbooks', () => {
  it(`${CASES} seeded mutations: a report or one sentence, no stack trace, bounded memory, the file unchanged`, async () => {
    const pack = await loadPackDir(PACK_DIR);
    const sources = await Promise.all(
      [CLEAN, KON_TUM, join(ROOT, 'examples/units/07-mang-xanh.xlsx')].map((f) => readFile(f)),
    );
    const rnd = mulberry32(SEED);
    const outcomes = { checked: 0, refused: 0 };
    for (let i = 0; i < CASES; i++) {
      const bytes = pick(MUTATIONS, rnd)(pick(sources, rnd), rnd);
      const path = join(tmp.path, `case-${i}.xlsx`);
      await writeFile(path, bytes);
      try {
        validate(pack, await readWorkbookFile(path), path);
        outcomes.checked++;
      } catch (e) {
        expect(e, `case ${i}: ${(e as Error).stack}`).toBeInstanceOf(PlainError);
        const text = (e as PlainError).text;
        expect(text.en.split('\n')).toHaveLength(1);
        expect(text.vi.split('\n')).toHaveLength(1);
        outcomes.refused++;
      }
      expect(Buffer.compare(await readFile(path), bytes), `case ${i} changed its file`).toBe(0);
      expect(process.memoryUsage().rss).toBeLessThan(1024 ** 3);
    }
    expect(outcomes.checked).toBeGreaterThan(CASES / 10);
    expect(outcomes.refused).toBeGreaterThan(CASES / 10);
  }, 120_000);
});
