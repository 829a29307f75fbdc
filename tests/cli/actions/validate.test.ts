/**
 * `kiembieu validate` on real files: what it refuses (one sentence on stderr naming the file, exit 2,
 * the other files still checked), that it never changes a file, and numbers typed as text.
 */
import { cp, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { locateSheet } from '../../helpers/locateSheet.js';
import cleanDistrict from '../../../scripts/data/clean-district.js';
import konTum from '../../../scripts/data/kon-tum-2017.js';
import {
  CLEAN,
  codes,
  excelBytes,
  findingsOf,
  KON_TUM,
  lines,
  openExcel,
  PACK_DIR,
  parseJson,
  runCli,
  STACK_LINE,
  tempDir,
  type CliResult,
  type JsonFinding,
} from '../helpers.js';

// A file whose reading fails in a way nobody foresaw (a bug, not a bad file): it must still be one
// sentence about that file, and the other files must still be checked.
vi.mock('../../../src/node/readWorkbookFile.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/node/readWorkbookFile.js')>();
  return {
    readWorkbookFile: (path: string) => {
      if (path.endsWith('unforeseen.xlsx'))
        throw new TypeError('Cannot read properties of undefined (reading "x")\n    at somewhere');
      return real.readWorkbookFile(path);
    },
  };
});

let tmp: Awaited<ReturnType<typeof tempDir>>;
const at = (name: string) => join(tmp.path, name);

/** Deterministic bytes that are no zip archive. */
function noise(n: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = 12345;
  for (let i = 0; i < n; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return out;
}

beforeAll(async () => {
  tmp = await tempDir();
  await writeFile(at('corrupt.xlsx'), noise(4096));
  await writeFile(at('empty.xlsx'), new Uint8Array());
  await writeFile(at('notes.xlsx'), 'Báo cáo số 303-BC/TU\n27.023 đảng viên\n');
  const konTumBytes = await readFile(KON_TUM);
  await writeFile(at('truncated.xlsx'), konTumBytes.subarray(0, Math.floor(konTumBytes.length / 2)));
  await mkdir(at('folder.xlsx'));

  const foreign = (await import('exceljs')).default;
  const wb = new foreign.Workbook();
  wb.addWorksheet('Budget').addRows([
    ['Item', 'Amount'],
    ['Paper', 120],
    ['Ink', 45],
  ]);
  wb.addWorksheet('Notes').getCell('A1').value = 'Nothing to do with party statistics';
  await writeFile(at('foreign.xlsx'), await excelBytes(wb));

  const other = await openExcel(konTumBytes);
  const meta = other.getWorksheet('_kiembieu')!;
  let rewritten = 0;
  meta.eachRow((row) => {
    if (row.getCell(1).value === 'packVersion') {
      row.getCell(2).value = '2.0.0';
      rewritten++;
    }
  });
  expect(rewritten).toBe(1);
  await writeFile(at('version-2.xlsx'), await excelBytes(other));
});
afterAll(() => tmp.remove());

/** What every refusal of one file looks like: exit 2, one line on stderr naming it, no stack, no findings. */
function expectRefused(r: CliResult, file: string, lang: 'vi' | 'en' = 'vi') {
  expect(r.code).toBe(2);
  expect(lines(r.stderr)).toHaveLength(1);
  expect(r.stderr).toContain(`"${file}"`);
  expect(r.stderr).not.toMatch(STACK_LINE);
  expect(r.stdout).not.toMatch(STACK_LINE);
  expect(r.stdout).not.toMatch(/✖|⚠/);
  expect(r.stdout).not.toContain(file);
  // At most the summary, counting the file as unreadable.
  const summary =
    lang === 'vi'
      ? 'Tổng cộng: 1 tệp, 0 sai lệch, 0 ô còn trống, 0 cảnh báo, 1 không đọc được.'
      : 'Total: 1 file, 0 discrepancies, 0 blank cells, 0 warnings, 1 unreadable.';
  expect(lines(r.stdout).filter((l) => l !== '' && l !== summary)).toEqual([]);
}

describe('a file that cannot be checked', () => {
  it.each([
    ['corrupt.xlsx', 'random bytes', /không phải là sổ tính Excel \(\.xlsx\) hoặc đã bị hỏng/],
    ['empty.xlsx', 'an empty file', /không phải là sổ tính Excel/],
    ['notes.xlsx', 'a text file named .xlsx', /không phải là sổ tính Excel/],
    ['truncated.xlsx', 'the first half of a real workbook', /không phải là sổ tính Excel/],
    ['missing.xlsx', 'a file that does not exist', /Không đọc được tệp/],
    ['folder.xlsx', 'a folder', /không phải là một tệp thông thường/],
    ['foreign.xlsx', 'a workbook with none of the sheets', /không có biểu nào của gói biểu mẫu nq22-2018 1\.0\.0/],
    [
      'version-2.xlsx',
      'a workbook of another version of the pack',
      /được tạo từ gói biểu mẫu nq22-2018 2\.0\.0, không phải nq22-2018 1\.0\.0/,
    ],
  ])('%s (%s): exit 2, one sentence naming it', async (name, _what, sentence) => {
    const r = await runCli(['validate', at(name)]);
    expectRefused(r, at(name));
    expect(r.stderr).toMatch(sentence);
  });

  it('says it in English with --lang en', async () => {
    const r = await runCli(['validate', at('corrupt.xlsx'), '--lang', 'en']);
    expectRefused(r, at('corrupt.xlsx'), 'en');
    expect(r.stderr).toBe(
      `"${at('corrupt.xlsx')}" is not an Excel workbook (.xlsx) or is damaged: it cannot be opened.\n`,
    );
  });

  it('in JSON, lists it with its sentence, and still says it on stderr', async () => {
    const r = await runCli(['validate', at('version-2.xlsx'), '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(2);
    const out = parseJson(r.stdout);
    expect(out.files).toEqual([{ file: at('version-2.xlsx'), error: lines(r.stderr)[0] }]);
    expect(out.counts).toEqual({
      files: 1,
      unreadable: 1,
      errors: 0,
      warnings: 0,
      discrepancies: 0,
      problems: 0,
      blanks: 0,
    });
    expect(r.stderr).toContain('was made from template pack nq22-2018 2.0.0, not nq22-2018 1.0.0');
  });

  it('an unforeseen failure is still one sentence about that file, and the next file is checked', async () => {
    const r = await runCli(['validate', at('unforeseen.xlsx'), CLEAN]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([
      `Không kiểm tra được tệp "${at('unforeseen.xlsx')}": lỗi không lường trước (Cannot read properties of undefined (reading "x")).`,
    ]);
    expect(r.stdout).toContain(`${CLEAN} · gói nq22-2018 1.0.0 · 0 sai lệch, 0 ô còn trống, 0 cảnh báo`);
  });
});

describe('several files, one of them bad', () => {
  it('reports the others, says the bad one on stderr, exits 2', async () => {
    const r = await runCli(['validate', KON_TUM, at('corrupt.xlsx'), CLEAN]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain(at('corrupt.xlsx'));
    expect(r.stdout).toContain(`${KON_TUM} · gói nq22-2018 1.0.0 · 9 sai lệch, 0 ô còn trống, 0 cảnh báo`);
    expect(r.stdout).toContain(`${CLEAN} · gói nq22-2018 1.0.0 · 0 sai lệch, 0 ô còn trống, 0 cảnh báo`);
    expect(r.stdout.match(/✖ /g)).toHaveLength(9);
    expect(lines(r.stdout).at(-1)).toBe('Tổng cộng: 3 tệp, 9 sai lệch, 0 ô còn trống, 0 cảnh báo, 1 không đọc được.');
  });

  it('JSON keeps the files in command-line order', async () => {
    const r = await runCli(['validate', KON_TUM, at('corrupt.xlsx'), CLEAN, '--format', 'json']);
    expect(r.code).toBe(2);
    const out = parseJson(r.stdout);
    expect(out.files.map((f) => f.file)).toEqual([KON_TUM, at('corrupt.xlsx'), CLEAN]);
    expect(findingsOf(out.files[0])).toHaveLength(9);
    expect(out.files[1]).toEqual({ file: at('corrupt.xlsx'), error: lines(r.stderr)[0] });
    expect(findingsOf(out.files[2])).toEqual([]);
    expect(out.counts).toEqual({
      files: 3,
      unreadable: 1,
      errors: 9,
      warnings: 0,
      discrepancies: 9,
      problems: 0,
      blanks: 0,
    });
  });

  it('good files only: the worst exit wins, 1 over 0', async () => {
    expect((await runCli(['validate', CLEAN, KON_TUM])).code).toBe(1);
    expect((await runCli(['validate', CLEAN, CLEAN])).code).toBe(0);
  });
});

describe('a broken pack (--pack)', () => {
  /** A copy of the bundled pack with one file changed. */
  async function brokenPack(name: string, file: string, change: (text: string) => string): Promise<string> {
    const dir = at(`pack-${name}`);
    await cp(PACK_DIR, dir, { recursive: true });
    await writeFile(join(dir, file), change(await readFile(join(dir, file), 'utf8')));
    return dir;
  }
  const editJson = (edit: (data: any) => void) => (text: string) => {
    const data = JSON.parse(text);
    edit(data);
    return JSON.stringify(data, null, 2);
  };
  /** Index in rules.json of the rule with this id. */
  const ruleIndex = async (id: string) =>
    (JSON.parse(await readFile(join(PACK_DIR, 'rules.json'), 'utf8')) as { id: string }[]).findIndex(
      (r) => r.id === id,
    );

  async function expectPackRefused(dir: string, file: string, key: string, reason: RegExp) {
    for (const argv of [
      ['validate', KON_TUM, '--pack', dir],
      ['template', '--out', at(`never-${file.replace('/', '-')}.xlsx`), '--pack', dir],
    ]) {
      const r = await runCli(argv);
      expect(r.code, argv[0]).toBe(2);
      expect(r.stdout, argv[0]).toBe('');
      expect(lines(r.stderr), argv[0]).toHaveLength(1);
      expect(r.stderr).toContain(`"${join(dir, file)}"`);
      expect(r.stderr).toContain(`khoá ${key}:`);
      expect(r.stderr).toMatch(reason);
      expect(r.stderr).not.toMatch(STACK_LINE);
    }
    expect((await readdir(tmp.path)).filter((f) => f.startsWith('never-'))).toEqual([]);
  }

  it('an unknown key', async () => {
    const dir = await brokenPack(
      'key',
      'sheets/B5.json',
      editJson((d) => (d.colour = 'red')),
    );
    await expectPackRefused(dir, 'sheets/B5.json', 'colour', /colour/);
  });

  it('a rule naming a row the sheet does not have', async () => {
    const i = await ruleIndex('B1=B3a.dang-vien');
    const dir = await brokenPack(
      'cell',
      'rules.json',
      editJson((d) => (d[i].assert = "B1['4.9', '(1)'] == B3a['1', '(5)']")),
    );
    await expectPackRefused(dir, 'rules.json', `[${i}].assert`, /"4\.9"/);
  });

  it('a file that is not JSON', async () => {
    const dir = await brokenPack('json', 'pack.json', (text) => text.slice(0, text.length / 2));
    await expectPackRefused(dir, 'pack.json', '(gốc)', /JSON/);
  });

  it('a rule that tries to reconfigure mathjs', async () => {
    const i = await ruleIndex('B1=B3a.dang-vien');
    const dir = await brokenPack(
      'config',
      'rules.json',
      editJson((d) => (d[i].assert = 'config({epsilon: 1}) == 1')),
    );
    await expectPackRefused(dir, 'rules.json', `[${i}].assert`, /"config"/);
  });

  it('a folder that is no pack', async () => {
    const r = await runCli(['validate', KON_TUM, '--pack', at('no-such-pack'), '--lang', 'en']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(lines(r.stderr)).toEqual([`Pack file "${at('no-such-pack')}", top level: the pack folder cannot be read.`]);
  });
});

describe('checking never changes a file', () => {
  it('the examples and a corrupt file keep their bytes and their modification time', async () => {
    const files = [KON_TUM, CLEAN, at('corrupt.xlsx')];
    const listing = async () => [...(await readdir(tmp.path)), ...(await readdir(join(KON_TUM, '..')))].sort();
    const listed = await listing();
    const before = await Promise.all(
      files.map(async (f) => ({ bytes: await readFile(f), mtime: (await stat(f)).mtimeMs })),
    );
    await runCli(['validate', ...files]);
    await runCli(['validate', ...files, '--format', 'json', '--lang', 'en']);
    const after = await Promise.all(
      files.map(async (f) => ({ bytes: await readFile(f), mtime: (await stat(f)).mtimeMs })),
    );
    for (const [i, f] of files.entries()) {
      expect(Buffer.compare(after[i]!.bytes, before[i]!.bytes), f).toBe(0);
      expect(after[i]!.mtime, f).toBe(before[i]!.mtime);
    }
    // And nothing was written next to them.
    expect(await listing()).toEqual(listed);
  });
});

describe('numbers typed as text, Vietnamese writing included', () => {
  /** A copy of a workbook with some input cells replaced, by codes; returns the file and the addresses. */
  async function typed(source: string, name: string, cells: [string, string, string, unknown][]) {
    const wb = await openExcel(await readFile(source));
    const addresses = new Map<string, string>();
    for (const [sheet, row, col, value] of cells) {
      const cell = locateSheet(wb, sheet).cell(row, col);
      cell.value = value as never;
      addresses.set(`${sheet} ${row} ${col}`, cell.address);
    }
    const file = at(name);
    await writeFile(file, await excelBytes(wb));
    return { file, addresses };
  }
  const warnings = (fs: JsonFinding[]) => fs.filter((f) => f.code === 'text-number');
  const others = (fs: JsonFinding[]) => fs.filter((f) => f.code !== 'text-number');
  const withoutValues = (f: JsonFinding) => ({ ...f, message: undefined, cells: f.cells.map(codes) });

  it('the Kon Tum figures typed "1.908", "27 023", "48,34%": read, warned, and used by the rules', async () => {
    expect([konTum.B1?.['3']?.['(1)'], konTum.B1?.['4']?.['(1)'], konTum.B7?.['2']?.['(4)']]).toEqual([
      1908, 27023, 48.34,
    ]);
    const { file, addresses } = await typed(KON_TUM, 'kon-tum-typed.xlsx', [
      ['B1', '3', '(1)', '1.908'],
      ['B1', '4', '(1)', '27 023'],
      ['B7', '2', '(4)', '48,34%'],
    ]);
    const original = findingsOf(parseJson((await runCli(['validate', KON_TUM, '--format', 'json'])).stdout).files[0]);
    const r = await runCli(['validate', file, '--format', 'json']);
    expect(r).toMatchObject({ code: 1, stderr: '' });
    const findings = findingsOf(parseJson(r.stdout).files[0]);
    expect(
      warnings(findings).map((f) => ({
        severity: f.severity,
        rule: f.rule,
        cells: f.cells.map((c) => `${codes(c)} ${c.address} ${c.value}`),
        found: f.found,
        expected: f.expected,
      })),
    ).toEqual([
      {
        severity: 'warning',
        rule: 'cell',
        cells: [`B1 3 (1) ${addresses.get('B1 3 (1)')} 1.908`],
        found: '1.908',
        expected: 1908,
      },
      {
        severity: 'warning',
        rule: 'cell',
        cells: [`B1 4 (1) ${addresses.get('B1 4 (1)')} 27 023`],
        found: '27 023',
        expected: 27023,
      },
      {
        severity: 'warning',
        rule: 'cell',
        cells: [`B7 2 (4) ${addresses.get('B7 2 (4)')} 48,34%`],
        found: '48,34%',
        expected: 48.34,
      },
    ]);
    // The same rule findings as with real numbers: 1.908 = 1 + 1.907 still holds, 27.023 and 48,34 % are
    // still the two wrong figures, with the same found and expected.
    expect(others(findings).map(withoutValues)).toEqual(original.map(withoutValues));
  });

  it('the clean district typed as text: warnings only, no mismatch', async () => {
    const members = cleanDistrict.B1?.['4']?.['(1)'] as number;
    const atEnd = cleanDistrict.B3a?.['1']?.['(5)'] as number;
    const share = cleanDistrict.PL1?.['1']?.['(3)'] as number;
    expect(members).toBe(atEnd);
    const vi = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+$)/g, sep);
    const texts: [string, string, string, string][] = [
      ['B1', '4', '(1)', vi(members, '.')],
      ['B3a', '1', '(5)', vi(atEnd, ' ')],
      ['PL1', '1', '(3)', `${String(share).replace('.', ',')}%`],
    ];
    expect(texts.map((t) => t[3])).toEqual(['2.786', '2 786', '21,57%']);
    const { file } = await typed(CLEAN, 'clean-typed.xlsx', texts);
    const r = await runCli(['validate', file, '--format', 'json']);
    expect(r.code).toBe(0);
    const findings = findingsOf(parseJson(r.stdout).files[0]);
    // In the pack's order: PL1 comes first.
    expect(findings.map((f) => [f.code, f.severity, f.cells.map(codes)[0], f.expected])).toEqual([
      ['text-number', 'warning', 'PL1 1 (3)', share],
      ['text-number', 'warning', 'B1 4 (1)', members],
      ['text-number', 'warning', 'B3a 1 (5)', atEnd],
    ]);
  });

  it('"abc" in a number cell: not-a-number, naming sheet, address, row and column codes; its rules skipped', async () => {
    const { file, addresses } = await typed(CLEAN, 'clean-abc.xlsx', [['B1', '5', '(1)', 'abc']]);
    const r = await runCli(['validate', file, '--format', 'json']);
    expect(r.code).toBe(1);
    const findings = findingsOf(parseJson(r.stdout).files[0]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'cell',
      code: 'not-a-number',
      severity: 'error',
      sheet: 'B1',
      found: 'abc',
      cells: [
        { sheet: 'B1', sheetName: 'Biểu 1', address: addresses.get('B1 5 (1)'), row: '5', column: '(1)', value: 'abc' },
      ],
    });
    // Not taken as 0: B1 5 (1) = 5.1 + 5.2 + 5.3 would have failed.
    const text = await runCli(['validate', file]);
    expect(text.stdout).toContain(`${addresses.get('B1 5 (1)')} [5; (1)] = "abc"`);
    expect(text.stdout).toContain('Ô này phải ghi số, nhưng đang ghi "abc"');
  });

  it('a formula showing #REF!: cell-error, its rules skipped', async () => {
    const { file, addresses } = await typed(CLEAN, 'clean-ref.xlsx', [
      ['B1', '6', '(1)', { formula: '#REF!+1', result: { error: '#REF!' } }],
    ]);
    const r = await runCli(['validate', file, '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(1);
    const findings = findingsOf(parseJson(r.stdout).files[0]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'cell-error',
      severity: 'error',
      found: '#REF!',
      message: 'The cell shows the error #REF!, so it has no number.',
      cells: [{ sheet: 'B1', address: addresses.get('B1 6 (1)'), row: '6', column: '(1)', value: '#REF!' }],
    });
  });
});
