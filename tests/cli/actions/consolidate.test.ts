/**
 * `kiembieu consolidate` on real files. The consolidated workbook is read back with the tests' own
 * exceljs locator and compared with sums and rates computed here from the units' cells; refusals write
 * nothing and leave every input byte for byte as it was.
 */
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Workbook } from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompiledPack } from '../../../src/engine/pack/compilePack.js';
import { IDENTITY_NAMES, META_KEYS, META_SHEET } from '../../../src/engine/workbook/markers.js';
import { loadPackDir } from '../../../src/node/loadPackDir.js';
import { definedCells } from '../../../src/xlsx/definedCells.js';
import {
  findingsOf,
  KON_TUM,
  lines,
  PACK_DIR,
  parseJson,
  runCli,
  STACK_LINE,
  tempDir,
  type CliResult,
} from '../helpers.js';
import { alter, digests, open, shown, unitFiles, UNITS } from '../units.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
const at = (...names: string[]) => join(tmp.path, ...names);
let pack: CompiledPack;
let units: string[];
let unitBooks: Workbook[];

beforeAll(async () => {
  tmp = await tempDir();
  pack = await loadPackDir(PACK_DIR);
  units = await unitFiles();
  unitBooks = await Promise.all(units.map(open));
});
afterAll(() => tmp.remove());

/** B1 rows 1, 1.1-1.3: a figure of the province itself, left blank. */
const MANUAL = new Set(['B1 1', 'B1 1.1', 'B1 1.2', 'B1 1.3']);

/** Rounded half up to 2 decimals, as a clerk rounds. */
const round2 = (x: number) => Math.round(Number((x * 100).toPrecision(12))) / 100;
const rate = (part: number, base: number) => round2((part / base) * 100);
const growth = (from: number, to: number) => rate(to - from, from);

/** Every rate cell of nq22-2018, with how the province's figure follows from its counts. */
function expectedRates(count: (sheet: string, row: string, col: string) => number): [string, string, string, number][] {
  const out: [string, string, string, number][] = [];
  for (const r of ['1', '1.1', '1.2', '2', '3'])
    out.push(['PL1', r, '(3)', growth(count('PL1', r, '(1)'), count('PL1', r, '(2)'))]);
  for (const r of ['1', '1.1', '1.2', '1.3', '1.4', '1.5'])
    out.push(['B4', r, '(3)', rate(count('B4', r, '(2)'), count('B4', r, '(1)'))]);
  for (const r of ['1', '1.1', '1.2', '2', '3'])
    out.push(['B7', r, '(5)', growth(count('B7', r, '(1)'), count('B7', r, '(3)'))]);
  for (const r of ['2', '3']) {
    out.push(['B7', r, '(2)', rate(count('B7', r, '(1)'), count('B7', '1', '(1)'))]);
    out.push(['B7', r, '(4)', rate(count('B7', r, '(3)'), count('B7', '1', '(3)'))]);
  }
  for (const r of ['1', '1.1', '1.2']) {
    out.push(['B8', r, '(3)', growth(count('B8', r, '(1)'), count('B8', r, '(2)'))]);
    out.push(['B8', r, '(6)', growth(count('B8', r, '(4)'), count('B8', r, '(5)'))]);
    out.push(['B9', r, '(3)', rate(count('B9', r, '(2)'), count('B9', r, '(1)'))]);
  }
  return out;
}

function identityOf(wb: Workbook): Record<string, unknown> {
  const names = definedCells(wb);
  return Object.fromEntries(
    Object.entries(IDENTITY_NAMES).map(([key, name]) => {
      const ref = names[name]!;
      return [key, wb.getWorksheet(ref.sheet)!.getCell(ref.rowIndex + 1, ref.colIndex + 1).value];
    }),
  );
}

function metaOf(wb: Workbook): Record<string, string> {
  const meta: Record<string, string> = {};
  wb.getWorksheet(META_SHEET)!.eachRow((row) => (meta[String(row.getCell(1).value)] = String(row.getCell(2).value)));
  return meta;
}

describe('consolidate the 15 units of examples/units', () => {
  let r: CliResult;
  let out: Workbook;
  beforeAll(async () => {
    r = await runCli([
      'consolidate',
      UNITS,
      '--out',
      at('tinh.xlsx'),
      '--unit-name',
      'Đảng bộ tỉnh Minh Sơn',
      '--unit-code',
      'MS',
    ]);
    out = await open(at('tinh.xlsx'));
  });

  it('every count is the sum of the units’ cells, computed here from the units’ files', () => {
    let compared = 0;
    for (const slot of pack.slots.filter((s) => s.kind === 'count')) {
      const got = shown(out, slot.sheet, slot.row, slot.col);
      if (MANUAL.has(`${slot.sheet} ${slot.row}`)) {
        expect(got, `${slot.sheet} ${slot.row} ${slot.col}`).toBeNull();
        continue;
      }
      const sum = unitBooks.reduce((n, wb) => n + shown(wb, slot.sheet, slot.row, slot.col)!, 0);
      expect(got, `${slot.sheet} ${slot.row} ${slot.col}`).toBe(sum);
      compared++;
    }
    expect(compared).toBeGreaterThan(180);
  });

  it('every rate is recomputed from the summed counts — not their sum, not their average', () => {
    const count = (s: string, row: string, c: string) => shown(out, s, row, c)!;
    const rates = expectedRates(count);
    const rateSlots = pack.slots.filter((s) => s.kind === 'percent');
    expect(rates.map(([s, row, c]) => `${s} ${row} ${c}`).sort()).toEqual(
      rateSlots.map((s) => `${s.sheet} ${s.row} ${s.col}`).sort(),
    );
    for (const [s, row, c, expected] of rates) {
      expect(shown(out, s, row, c), `${s} ${row} ${c}`).toBe(expected);
    }
    const summed = unitBooks.reduce((n, wb) => n + shown(wb, 'PL1', '1', '(3)')!, 0);
    expect(shown(out, 'PL1', '1', '(3)')).not.toBe(round2(summed));
    expect(shown(out, 'PL1', '1', '(3)')).not.toBe(round2(summed / unitBooks.length));
  });

  it('carries the province’s identity, the units’ period, and is stamped as consolidated and checked', () => {
    expect(identityOf(out)).toEqual({ name: 'Đảng bộ tỉnh Minh Sơn', code: 'MS', period: '12-2017' });
    const meta = metaOf(out);
    expect(meta[META_KEYS.consolidatedUnits]).toBe('15');
    expect(new Date(meta[META_KEYS.consolidatedAt]!).getTime()).toBeGreaterThan(Date.now() - 120_000);
    expect(meta[META_KEYS.checkedAt]).toBe(meta[META_KEYS.consolidatedAt]);
  });

  it('lists the units that went in, and the cells left for the province, on a sheet of its own', () => {
    const sheet = out.getWorksheet('Đơn vị tổng hợp')!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const unitRows = rows.filter((row) => typeof row[0] === 'number');
    expect(unitRows.map((row) => row[1])).toEqual(Array.from({ length: 15 }, (_, i) => String(i + 1).padStart(2, '0')));
    // Discrepancies, other errors, blank cells, warnings.
    expect(unitRows[0]!.slice(2, 10)).toEqual([
      'Đảng bộ thành phố Minh Sơn',
      '12-2017',
      0,
      0,
      0,
      0,
      expect.stringMatching(/^đã kiểm tra, không sửa sau đó/),
      '01-tp-minh-son.xlsx',
    ]);
    const notes = rows.filter((row) => row[0] === 'B1');
    expect(notes.map((row) => row.slice(0, 4))).toEqual([
      ['B1', '1', '(1)', "'Biểu 1'!C7"],
      ['B1', '1.1', '(1)', "'Biểu 1'!C8"],
      ['B1', '1.2', '(1)', "'Biểu 1'!C9"],
      ['B1', '1.3', '(1)', "'Biểu 1'!C10"],
    ]);
    expect(notes[0]![4]).toBe('Số liệu của chính cấp tổng hợp, không cộng từ các đơn vị: hãy tự điền.');
  });

  it('prints the units, what was written and the check of the result: only the province’s own cells are blank; exit 1', () => {
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const text = lines(r.stdout);
    expect(text[0]).toBe('Các đơn vị đã tổng hợp (15):');
    expect(text.slice(1, 16).every((l, i) => l.startsWith(`  ✔ ${String(i + 1).padStart(2, '0')} · `))).toBe(true);
    expect(r.stdout).toContain(
      `Đã ghi ${at('tinh.xlsx')}: tổng hợp 15 đơn vị, kỳ 12-2017.\n4 ô là số liệu của chính cấp tổng hợp, để trống cho bạn tự điền (B1 1 (1), B1 1.1 (1), B1 1.2 (1), B1 1.3 (1)).`,
    );
    expect(r.stdout).toContain(`${at('tinh.xlsx')} · gói nq22-2018 1.0.0 · 0 sai lệch, 4 ô còn trống, 0 cảnh báo`);
    expect(r.stdout).toContain('    ✖ Biểu 1: 4 ô bắt buộc còn trống: C7–C10.');
    expect(text.at(-1)).toBe('Tổng cộng: 1 tệp, 0 sai lệch, 4 ô còn trống, 0 cảnh báo.');
  });

  it('checks as any workbook: consolidated from 15 units, stamp unchanged, the same four findings', async () => {
    const json = parseJson((await runCli(['validate', at('tinh.xlsx'), '--format', 'json'])).stdout);
    const entry = json.files[0]!;
    expect(entry).toMatchObject({ unit: { code: 'MS' }, stamp: { state: 'unchanged' }, consolidated: { units: 15 } });
    expect(findingsOf(entry).map((f) => `${f.code} ${f.cells.map((c) => `${c.sheet} ${c.row}`)}`)).toEqual(
      [...MANUAL].map((c) => `required-blank ${c}`),
    );
  });

  it('never overwrites: a second run is refused and leaves the first file as it was', async () => {
    const before = await digests([at('tinh.xlsx')]);
    const again = await runCli(['consolidate', UNITS, '--out', at('tinh.xlsx')]);
    expect(again).toEqual({
      code: 2,
      stdout: '',
      stderr: `Tệp "${at('tinh.xlsx')}" đã có: lệnh tổng hợp không ghi đè tệp nào. Hãy chọn tên khác cho --out.\n`,
    });
    expect(await digests([at('tinh.xlsx')])).toEqual(before);
  });
});

describe('--format json and --period', () => {
  it('prints the check of the result as validate --format json does; the period given wins', async () => {
    const r = await runCli([
      'consolidate',
      units[0]!,
      units[1]!,
      '--out',
      at('json.xlsx'),
      '--format',
      'json',
      '--period',
      'Tháng 12-2017',
    ]);
    expect(r.code).toBe(1);
    const json = parseJson(r.stdout);
    expect(json.files).toHaveLength(1);
    expect(json.files[0]).toMatchObject({
      file: at('json.xlsx'),
      unit: { name: '', code: '', period: 'Tháng 12-2017' },
      consolidated: { units: 2 },
      counts: { errors: 4, warnings: 0 },
    });
  });
});

describe('the consolidating unit not named', () => {
  it('says its name and code are left blank, and how to give them', async () => {
    const r = await runCli(['consolidate', units[0]!, units[1]!, '--out', at('unnamed.xlsx')]);
    expect(lines(r.stdout)).toContain(
      'Tên và mã của đơn vị tổng hợp để trống: hãy tổng hợp lại với --unit-name TÊN --unit-code MÃ, hoặc tự điền vào tệp.',
    );
    const en = await runCli([
      'consolidate',
      units[0]!,
      '--out',
      at('unnamed-en.xlsx'),
      '--unit-code',
      'MS',
      '--lang',
      'en',
    ]);
    expect(lines(en.stdout)).toContain(
      "The consolidating unit's name is left blank: consolidate again with --unit-name NAME, or fill it in yourself.",
    );
  });

  it('says nothing of it when both are given', async () => {
    const r = await runCli([
      'consolidate',
      units[0]!,
      '--out',
      at('named.xlsx'),
      '--unit-name',
      'Tỉnh',
      '--unit-code',
      'T',
    ]);
    expect(r.stdout).not.toContain('để trống:');
  });
});

describe('one unit consolidated gives its figures back', () => {
  it.each([['02-dak-ro.xlsx'], ['11-khoi-co-quan.xlsx']])('%s', async (name) => {
    const outFile = at(`one-${name}`);
    const r = await runCli(['consolidate', join(UNITS, name), '--out', outFile]);
    expect(r.code).toBe(1);
    const [unitWb, out] = [await open(join(UNITS, name)), await open(outFile)];
    for (const slot of pack.slots) {
      const expected = MANUAL.has(`${slot.sheet} ${slot.row}`) ? null : shown(unitWb, slot.sheet, slot.row, slot.col);
      expect(shown(out, slot.sheet, slot.row, slot.col), `${slot.sheet} ${slot.row} ${slot.col}`).toBe(expected);
    }
    expect(identityOf(out)).toEqual({ name: null, code: null, period: '12-2017' });
  });
});

describe('units with blank cells', () => {
  it('a cell blank in some units is the sum of the others, and they are named; blank in all stays blank', async () => {
    await mkdir(at('blanks'));
    const pick = units.slice(1, 5); // four districts: 02, 03, 04, 05
    await alter(pick[0]!, at('blanks', 'a.xlsx'), {
      cells: [
        ['B6', '2.3', '(1)', null],
        ['B11', '1.2', '(3)', null],
      ],
    });
    await alter(pick[1]!, at('blanks', 'b.xlsx'), {
      cells: [
        ['B6', '2.3', '(1)', null],
        ['B11', '1.2', '(3)', null],
      ],
    });
    await alter(pick[2]!, at('blanks', 'c.xlsx'), {
      cells: [
        ['B11', '1.2', '(3)', null],
        ['B6', '2.3', '(1)', 0],
      ],
    });
    await alter(pick[3]!, at('blanks', 'd.xlsx'), { cells: [['B11', '1.2', '(3)', null]] });
    const r = await runCli(['consolidate', at('blanks'), '--out', at('blanks.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('1 ô chỉ gồm các đơn vị có ghi số, vì có đơn vị để trống (B6 2.3 (1)).');
    // Its total has every unit, the part only two: the check of the result says so.
    expect(r.stdout).toMatch(/✖ .* · B6\.dang-vien\n/);
    const out = await open(at('blanks.xlsx'));
    const d = await open(pick[3]!);
    expect(shown(out, 'B6', '2.3', '(1)')).toBe(0 + shown(d, 'B6', '2.3', '(1)')!);
    expect(shown(out, 'B11', '1.2', '(3)')).toBeNull();
    const notes: unknown[][] = [];
    out
      .getWorksheet('Đơn vị tổng hợp')!
      .eachRow((row) => row.getCell(1).value === 'B6' && notes.push((row.values as unknown[]).slice(1, 6)));
    expect(notes).toEqual([['B6', '2.3', '(1)', "'Biểu 6'!C14", 'Chỉ gồm các đơn vị có ghi số; để trống ở: 02, 03.']]);
  });
});

describe('a report of check in the folder', () => {
  it('is left out: only the units are added up', async () => {
    const dir = at('with-report');
    await mkdir(dir);
    for (const f of units.slice(0, 2)) await cp(f, join(dir, basename(f)));
    expect((await runCli(['check', dir, '--report', join(dir, 'bao-cao.xlsx')])).code).toBe(0);
    const r = await runCli(['consolidate', dir, '--out', at('with-report.xlsx')]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout)[0]).toBe('Các đơn vị đã tổng hợp (2):');
    expect(r.stdout).not.toContain('bao-cao.xlsx');
  });
});

describe('refused, with one sentence naming the files; nothing written, no input changed', () => {
  const cases: [string, (dir: string) => Promise<void>, RegExp][] = [
    [
      'two workbooks of one unit code',
      async (dir) => alter(units[2]!, join(dir, '99-copy.xlsx'), { cells: [['B6', '2.1', '(1)', 1234]] }),
      /^Không tổng hợp: ".*03-ngoc-lam\.xlsx" và ".*99-copy\.xlsx" là của cùng một đơn vị \(mã 03\), mỗi đơn vị chỉ được một tệp; không ghi tệp nào\.$/,
    ],
    [
      'another period',
      async (dir) => alter(units[4]!, join(dir, '05-ia-mo.xlsx'), { identity: { period: '12-2018' } }),
      /^Không tổng hợp: ".*01-tp-minh-son\.xlsx" là kỳ 12-2017, còn ".*05-ia-mo\.xlsx" là kỳ 12-2018; chỉ tổng hợp các tệp cùng một kỳ báo cáo; không ghi tệp nào\.$/,
    ],
    [
      'another version of the pack',
      async (dir) => alter(units[6]!, join(dir, '07-mang-xanh.xlsx'), { meta: { packVersion: '1.1.0' } }),
      /^Không tổng hợp: ".*07-mang-xanh\.xlsx" được tạo từ gói biểu mẫu nq22-2018 1\.1\.0, còn ".*01-tp-minh-son\.xlsx" từ gói nq22-2018 1\.0\.0; không ghi tệp nào\.$/,
    ],
    [
      'a damaged file',
      async (dir) => writeFile(join(dir, '08-te-rong.xlsx'), 'not a workbook'),
      /^Không tổng hợp, không ghi tệp nào: Tệp "[^"]*08-te-rong\.xlsx" không phải là sổ tính Excel \(\.xlsx\) hoặc đã bị hỏng: không mở được\.$/,
    ],
    [
      'a spreadsheet saved in another format',
      async (dir) =>
        writeFile(join(dir, '16-old.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])),
      /^Không tổng hợp, không ghi tệp nào: Tệp "[^"]*16-old\.xls" được lưu dạng \.xls, không phải \.xlsx: hãy mở tệp và lưu lại dưới dạng Sổ làm việc Excel \(\.xlsx\)\.$/,
    ],
    [
      'the workbook of an earlier run left among its units',
      async (dir) => {
        expect((await runCli(['consolidate', units[0]!, units[1]!, '--out', join(dir, 'tinh.xlsx')])).code).toBe(1);
      },
      /^Không tổng hợp: "[^"]*tinh\.xlsx" là tệp đã tổng hợp \(từ 2 đơn vị\), nằm lẫn với tệp của các đơn vị, nên cộng vào sẽ tính các đơn vị đó hai lần; không ghi tệp nào\.$/,
    ],
    [
      'a workbook of another campaign',
      async (dir) =>
        cp(KON_TUM, join(dir, '00-kon-tum.xlsx')).then(() =>
          alter(join(dir, '00-kon-tum.xlsx'), join(dir, '00-kon-tum.xlsx'), { meta: { packId: 'nq21-2023' } }),
        ),
      /^Không tổng hợp: ".*00-kon-tum\.xlsx" được tạo từ gói biểu mẫu nq21-2023 1\.0\.0, không phải gói nq22-2018 1\.0\.0 dùng để tổng hợp; không ghi tệp nào\.$/,
    ],
  ];

  it.each(cases)('%s', async (name, spoil, sentence) => {
    const dir = at(name.replaceAll(' ', '-'));
    await cp(UNITS, dir, { recursive: true });
    await spoil(dir);
    const files = (await readdir(dir)).map((f) => join(dir, f));
    const before = await digests(files);
    const r = await runCli(['consolidate', dir, '--out', at(`${name}.xlsx`)]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(lines(r.stderr)[0]).toMatch(sentence);
    expect(await digests(files)).toEqual(before);
    expect(await readdir(dir)).toHaveLength(files.length);
    await expect(readFile(at(`${name}.xlsx`))).rejects.toThrow(/ENOENT/);
  });

  it('a file the reason names is named once, in English too', async () => {
    const dir = at('english-damaged');
    await mkdir(dir);
    await cp(units[0]!, join(dir, 'a.xlsx'));
    await writeFile(join(dir, 'b.xlsx'), 'not a workbook');
    const r = await runCli(['consolidate', dir, '--out', at('english-damaged.xlsx'), '--lang', 'en']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `Not consolidated, nothing was written: "${join(dir, 'b.xlsx')}" is not an Excel workbook (.xlsx) or is damaged: it cannot be opened.\n`,
    });
  });

  it('an --out whose folder is not there: said before the units are read', async () => {
    const out = at('no-such-dir', 'tinh.xlsx');
    const r = await runCli(['consolidate', UNITS, '--out', out], { terminal: true });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `Không ghi được tệp "${out}": thư mục không tồn tại hoặc không có quyền ghi.\n`,
    });
  });

  it('in English', async () => {
    const dir = at('english');
    await mkdir(dir);
    await cp(units[0]!, join(dir, 'a.xlsx'));
    await cp(units[0]!, join(dir, 'b.xlsx'));
    const r = await runCli(['consolidate', dir, '--out', at('english.xlsx'), '--lang', 'en']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `Not consolidated: "${join(dir, 'a.xlsx')}" and "${join(dir, 'b.xlsx')}" are both of unit code 01, and each unit may send one workbook only; nothing was written.\n`,
    });
  });
});
