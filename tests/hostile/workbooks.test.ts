/**
 * Workbooks another program wrote correctly are checked as Excel's are; damaged, forged and oversized ones
 * are refused in one sentence; figures a reader could misread are reported.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { address, cellAt, locateTemplate, validate, type Report } from '../../src/engine/index.js';
import type { DuplicatePart } from '../../src/engine/check/finding.js';
import { loadPackDir } from '../../src/node/loadPackDir.js';
import { readWorkbook } from '../../src/xlsx/readWorkbook.js';
import { writeValues } from '../../src/xlsx/writeValues.js';
import cleanValues from '../../scripts/data/clean-district.js';
import { CLEAN, PACK_DIR, STACK_LINE, lines, runCli, tempDir } from '../cli/helpers.js';
import { edit, partsOf, prefixed, sheetPart, text, withoutR, zipOf, type Parts } from './packageParts.js';
import { storedZip } from '../xlsx/reader/xlsxParts.js';
import { strToU8 } from 'fflate';

const pack = await loadPackDir(PACK_DIR);
const clean = partsOf(CLEAN);
const check = async (parts: Parts | Uint8Array): Promise<Report> => {
  const bytes = parts instanceof Uint8Array ? parts : zipOf(parts);
  return validate(pack, await readWorkbook(bytes, 'unit.xlsx'), 'unit.xlsx');
};
const before = await check(clean);

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(() => tmp.remove());

/** The sheet part and A1 address of a cell of the clean example, by its codes. */
async function where(sheet: string, row: string, col: string): Promise<{ part: string; ref: string }> {
  const { grids } = locateTemplate(pack, await readWorkbook(zipOf(clean), 'c.xlsx'), 'c.xlsx');
  const at = cellAt(grids.get(sheet), row, col)!;
  return { part: sheetPart(clean, at.sheet.name), ref: address(at.rowIndex, at.colIndex) };
}

/** The clean example with one cell's XML replaced. */
async function withCell(sheet: string, row: string, col: string, cell: (ref: string) => string): Promise<Parts> {
  const { part, ref } = await where(sheet, row, col);
  return edit(clean, part, (xml) => {
    const next = xml.replace(new RegExp(`<c r="${ref}"[^>]*?(/>|>.*?</c>)`), cell(ref));
    if (next === xml) throw new Error(`no cell ${ref}`);
    return next;
  });
}

/** The command line on a workbook of these bytes: exit code and what it said. */
async function validateBytes(bytes: Uint8Array, name = 'unit.xlsx') {
  const path = join(tmp.path, name);
  await writeFile(path, bytes);
  return { path, ...(await runCli(['validate', path, '--lang', 'en'])) };
}

describe('valid SpreadsheetML from other programs checks as Excel’s does', () => {
  it('the clean example is clean', () => expect(before.findings).toEqual([]));

  it('with the prefix x: on every element (the .NET Open XML SDK)', async () => {
    const x = prefixed(clean);
    expect(text(x, 'xl/worksheets/sheet1.xml')).toContain('<x:c ');
    expect(await check(x)).toEqual(before);
  });

  it('with rows and cells that leave out r', async () => {
    let parts = clean;
    for (const name of Object.keys(clean).filter((n) => n.startsWith('xl/worksheets/')))
      parts = edit(parts, name, withoutR);
    expect(text(parts, 'xl/worksheets/sheet1.xml')).toMatch(/<row>|<row /);
    expect(await check(parts)).toEqual(before);
  });

  it('with shared strings as CDATA, or as rich text in several runs', async () => {
    const cdata = edit(clean, 'xl/sharedStrings.xml', (xml) =>
      xml.replace(/<t>([^<]*)<\/t>/g, (_, t: string) => `<t><![CDATA[${unescape(t)}]]></t>`),
    );
    const runs = edit(clean, 'xl/sharedStrings.xml', (xml) =>
      xml.replace(
        /<si><t>([^<]+)<\/t><\/si>/g,
        (_, t: string) => `<si><r><t>${t.slice(0, 1)}</t></r><r><rPr><b/></rPr><t>${t.slice(1)}</t></r></si>`,
      ),
    );
    expect(await check(cdata)).toEqual(before);
    expect(await check(runs)).toEqual(before);
  });
});

describe('figures a reader could misread are reported', () => {
  it.each(['NaN', 'Infinity', 'abc', '1e400'])('a growth cell holding %s as its value: not a number', async (v) => {
    const report = await check(await withCell('PL1', '1', '(3)', (ref) => `<c r="${ref}"><v>${v}</v></c>`));
    expect(report.findings.map((f) => [f.code, f.cells[0]?.row, f.cells[0]?.column])).toContainEqual([
      'not-a-number',
      '1',
      '(3)',
    ]);
  });

  it('a date (t="d") in a count cell is no count', async () => {
    const report = await check(await withCell('PL1', '1', '(2)', (ref) => `<c r="${ref}" t="d"><v>2017-12-31</v></c>`));
    expect(report.findings).toContainEqual(expect.objectContaining({ code: 'not-a-number', found: '2017-12-31' }));
  });

  it('a count of 2,000,000,038 whose parts sum to 2,000,000,037 is an error', async () => {
    const values = structuredClone(cleanValues);
    values.PL1!['1']!['(2)'] = 2_000_000_038;
    values.PL1!['1.1']!['(2)'] = 1_000_000_000;
    values.PL1!['1.2']!['(2)'] = 1_000_000_037;
    const report = await check(await writeValues(zipOf(clean), pack, values));
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'PL1.tong[(2)]', found: 2_000_000_038, expected: 2_000_000_037, difference: 1 }),
    );
  });

  it('130,000 rows below a table whose column A repeats row codes: one warning per code, one line each', async () => {
    const { part } = await where('PL1', '1', '(2)');
    const rows = Array.from(
      { length: 130_000 },
      (_, i) => `<row r="${i + 100}"><c r="A${i + 100}" t="inlineStr"><is><t>1.${(i % 2) + 1}</t></is></c></row>`,
    );
    const parts = edit(clean, part, (xml) => xml.replace('</sheetData>', `${rows.join('')}</sheetData>`));
    const report = await check(parts);
    const repeated = report.findings.filter((f): f is DuplicatePart => f.code === 'duplicate-row');
    expect(repeated.map((f) => [f.found, f.repeats, f.addresses.slice(1)])).toEqual([
      ['1.1', 65_000, ['A100', 'A102', 'A104']],
      ['1.2', 65_000, ['A101', 'A103', 'A105']],
    ]);
    const cli = await validateBytes(zipOf(parts));
    expect(cli.code).toBe(0);
    const said = lines(cli.stdout).filter((l) => /Row code 1\.[12] /.test(l));
    expect(said).toEqual([
      expect.stringMatching(
        /Row code 1\.1 is repeated 65,000 times in sheet ".*" after cell A\d+ \(at A100, A102, A104 …\)/,
      ),
      expect.stringMatching(
        /Row code 1\.2 is repeated 65,000 times in sheet ".*" after cell A\d+ \(at A101, A103, A105 …\)/,
      ),
    ]);
    expect(lines(cli.stdout).length).toBeLessThan(40);
  });
});

describe('damaged, forged and oversized workbooks: one sentence, exit 2', () => {
  const refused = async (bytes: Uint8Array, said: RegExp) => {
    const r = await validateBytes(bytes);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stderr).toMatch(said);
  };

  it('two entries with one part name, the second with a changed figure', async () => {
    const { part } = await where('PL1', '1', '(2)');
    const forged = strToU8(text(clean, part).replace(/(<c r="C7"[^>]*><v>)\d+/, '$1999'));
    const entries = Object.entries(clean).filter(([n]) => !n.endsWith('/'));
    await refused(storedZip([...entries, [part, forged]]), /holds the part ".*" twice/);
    await refused(storedZip([...entries, [`/${part}`, forged]]), /holds the part ".*" twice/);
  });

  it('a sheet part, or the shared strings, inflating past 32 MB, refused before it is inflated', async () => {
    const { part } = await where('PL1', '1', '(2)');
    const spaces = ' '.repeat(33 * 1024 * 1024);
    await refused(
      zipOf(edit(clean, part, (xml) => xml.replace('<sheetData>', `<sheetData>${spaces}`))),
      /inflate to more than 32 MB/,
    );
    const items = '<si><t>x</t></si>'.repeat((33 * 1024 * 1024) / 17);
    await refused(
      zipOf(edit(clean, 'xl/sharedStrings.xml', (xml) => xml.replace('</sst>', `${items}</sst>`))),
      /sharedStrings.xml" inflate to more than 32 MB/,
    );
  });

  it('a bomb whose entry declares a small size: damaged as soon as it inflates past it', async () => {
    const bomb = zipOf(
      edit(clean, 'xl/sharedStrings.xml', (xml) =>
        xml.replace('</sst>', `${'<si><t>x</t></si>'.repeat(200_000)}</sst>`),
      ),
    );
    const name = strToU8('xl/sharedStrings.xml');
    for (let at = 0; at < bomb.length - 4; at++) {
      const central = bomb[at] === 0x50 && bomb[at + 1] === 0x4b && bomb[at + 2] === 1 && bomb[at + 3] === 2;
      if (central && name.every((b, i) => bomb[at + 46 + i] === b))
        new DataView(bomb.buffer, bomb.byteOffset).setUint32(at + 24, 4096, true);
    }
    await refused(bomb, /is not an Excel workbook \(\.xlsx\) or is damaged/);
  });

  it.each(['100000000', '2000000000'])('a cell at row %s', async (row) => {
    const { part } = await where('PL1', '1', '(2)');
    const far = `<row r="${row}"><c r="A${row}"><v>1</v></c></row>`;
    await refused(
      zipOf(edit(clean, part, (xml) => xml.replace('</sheetData>', `${far}</sheetData>`))),
      /beyond Excel's grid/,
    );
  });

  it('a defined name pointing at row 1,000,000,000', async () => {
    const far = edit(clean, 'xl/workbook.xml', (xml) =>
      xml.replace(/(<definedName name="KB_UNIT_NAME">[^!]*!)\$C\$2/, (_, head: string) => `${head}$C$1000000000`),
    );
    await refused(zipOf(far), /the defined name "KB_UNIT_NAME" points at cell .*beyond Excel's grid/);
  });
});

function unescape(xml: string): string {
  return xml.replace(
    /&(lt|gt|amp|quot|apos);/g,
    (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]!,
  );
}
