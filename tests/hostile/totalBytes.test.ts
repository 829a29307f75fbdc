/**
 * Parts each under the 32 MB a part may inflate to, together over the 96 MB all parts may: refused in one
 * sentence naming the limit, before the parts are inflated, and by the zip reader as it reads them.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { InflatesTooMuchError } from '../../src/xlsx/reader/errors.js';
import { LIMITS } from '../../src/xlsx/reader/limits.js';
import { ZipArchive } from '../../src/xlsx/reader/zipArchive.js';
import { CLEAN, STACK_LINE, lines, runCli, tempDir } from '../cli/helpers.js';
import { partsOf, text } from './packageParts.js';
import { deflated, storedZip, type Deflated } from '../xlsx/reader/xlsxParts.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const SHEET_BYTES = 30 * 1024 * 1024;
/** Four sheets of 30 MB: each under the part limit, 120 MB together. */
const EXTRA = 4;

/** A valid empty worksheet padded with spaces to 30 MB: deflated once, a few kilobytes, written four times. */
const blank: Deflated = (() => {
  const head = strToU8(`<worksheet xmlns="${MAIN}"><sheetData/>`);
  const tail = strToU8('</worksheet>');
  const xml = new Uint8Array(SHEET_BYTES).fill(0x20);
  xml.set(head, 0);
  xml.set(tail, SHEET_BYTES - tail.length);
  return deflated(xml);
})();

/** The clean example with four more such sheets listed in its workbook. */
function padded(): Uint8Array {
  const parts = partsOf(CLEAN);
  const names = Array.from({ length: EXTRA }, (_, i) => `xl/worksheets/padding${i + 1}.xml`);
  const workbook = text(parts, 'xl/workbook.xml').replace(
    '</sheets>',
    names.map((_, i) => `<sheet name="Trống ${i + 1}" sheetId="${900 + i}" r:id="rIdPad${i}"/>`).join('') + '</sheets>',
  );
  const rels = text(parts, 'xl/_rels/workbook.xml.rels').replace(
    '</Relationships>',
    names
      .map(
        (name, i) =>
          `<Relationship Id="rIdPad${i}" Target="${name.slice(3)}" ` +
          'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>',
      )
      .join('') + '</Relationships>',
  );
  const entries = Object.entries({
    ...parts,
    'xl/workbook.xml': strToU8(workbook),
    'xl/_rels/workbook.xml.rels': strToU8(rels),
  }).filter(([n]) => !n.endsWith('/'));
  return storedZip([...entries, ...names.map((name): [string, Deflated] => [name, blank])]);
}

let tmp: Awaited<ReturnType<typeof tempDir>>;
let bytes: Uint8Array;
beforeAll(async () => {
  tmp = await tempDir();
  bytes = padded();
});
afterAll(() => tmp.remove());

describe('parts that together inflate past 96 MB', () => {
  it('are each under the part limit, and together over the total', () => {
    expect(blank.size).toBeLessThan(LIMITS.partBytes);
    expect(blank.size * EXTRA).toBeGreaterThan(LIMITS.totalBytes);
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
  });

  it('validate: one sentence naming the limit, exit 2, before inflating them', async () => {
    const path = join(tmp.path, 'unit.xlsx');
    await writeFile(path, bytes);
    const start = performance.now();
    const r = await runCli(['validate', path, '--lang', 'en']);
    // Inflating and parsing 96 MB of XML takes far longer than this.
    expect(performance.now() - start).toBeLessThan(3_000);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stderr).toMatch(/unit\.xlsx" is refused: its parts together inflate to more than 96 MB\./);
    const vi = await runCli(['validate', path]);
    expect(vi.stderr).toMatch(/unit\.xlsx" bị từ chối: các phần của tệp giải nén ra hơn 96 MB\./);
  });

  it('the zip reader, part after part, refuses the one that passes the total before inflating a byte of it', () => {
    const archive = ZipArchive.open(bytes, 'unit.xlsx');
    const inflated: number[] = [];
    let refused: unknown;
    for (let i = 1; i <= EXTRA && refused === undefined; i++) {
      let size = 0;
      try {
        archive.readText(`xl/worksheets/padding${i}.xml`, (t) => (size += t.length));
      } catch (e) {
        refused = e;
      }
      inflated.push(size);
    }
    expect(refused).toBeInstanceOf(InflatesTooMuchError);
    expect((refused as InflatesTooMuchError).part).toBeUndefined();
    expect(inflated).toEqual([SHEET_BYTES, SHEET_BYTES, SHEET_BYTES, 0]);
  });
});
