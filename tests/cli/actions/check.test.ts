/**
 * `kiembieu check` on real files: a line per workbook with its unit, pack, counts and stamp, a summary,
 * an unreadable file as a line while the batch goes on, reports holding every finding, worst first.
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/run.js';
import {
  CLEAN,
  KON_TUM,
  lines,
  openExcel,
  parseJson,
  ROOT,
  runCli,
  STACK_LINE,
  tempDir,
  type JsonFile,
} from '../helpers.js';
import { alter, digests, unitFiles, UNITS } from '../units.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
const at = (...names: string[]) => join(tmp.path, ...names);
let units: string[];

/**
 * mixed/: three units as sent, one changed after its check, the Kon Tum example (9 errors, never
 * checked), the clean district (never checked) and a damaged file; sorted by name as check lists them.
 */
const MIXED = [
  '01-tp-minh-son.xlsx',
  '02-dak-ro.xlsx',
  '03-changed.xlsx',
  '04-kon-trang.xlsx',
  '05-broken.xlsx',
  '06-kon-tum.xlsx',
  '07-clean.xlsx',
];

beforeAll(async () => {
  tmp = await tempDir();
  units = await unitFiles();
  await mkdir(at('mixed'));
  for (const name of ['01-tp-minh-son.xlsx', '02-dak-ro.xlsx', '04-kon-trang.xlsx'])
    await cp(join(UNITS, name), at('mixed', name));
  // Ngọc Lâm typed one more commune after checking: its stamp no longer matches (and B1 no longer adds up).
  await alter(join(UNITS, '03-ngoc-lam.xlsx'), at('mixed', '03-changed.xlsx'), { cells: [['B1', '5.1', '(1)', 99]] });
  await writeFile(at('mixed', '05-broken.xlsx'), 'PK\u0003\u0004 not really a workbook');
  await cp(KON_TUM, at('mixed', '06-kon-tum.xlsx'));
  await cp(CLEAN, at('mixed', '07-clean.xlsx'));
  await writeFile(at('mixed', 'notes.txt'), 'not a workbook, and not .xlsx: not taken from a folder');
});
afterAll(() => tmp.remove());

describe('check a folder of units', () => {
  it('one line per workbook, in name order: unit, period, pack and version, counts, stamp, file; then the summary; exit 0', async () => {
    const r = await runCli(['check', UNITS]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = lines(r.stdout);
    expect(out).toHaveLength(15 + 1 + 3);
    out.slice(0, 15).forEach((line, i) => {
      const code = String(i + 1).padStart(2, '0');
      expect(line).toMatch(
        new RegExp(
          `^✔ ${code} · Đảng bộ .+ {2,}12-2017 {2}nq22-2018 1\\.0\\.0 {2}0 sai lệch, 0 ô còn trống, 0 cảnh báo {2}đã kiểm tra, không sửa sau đó \\(\\d\\d/06/2018\\) {2}`,
        ),
      );
      expect(line.endsWith(units[i]!)).toBe(true);
    });
    expect(out[0]).toContain('01 · Đảng bộ thành phố Minh Sơn');
    expect(out.slice(15)).toEqual([
      '',
      '15 tệp: 15 không có lỗi, 0 có lỗi, 0 không kiểm tra được; tổng cộng 0 sai lệch, 0 ô còn trống, 0 cảnh báo.',
      'Dấu kiểm tra: 15 đã kiểm tra, không sửa sau đó; 0 đã sửa sau khi kiểm tra; 0 chưa kiểm tra.',
      'Sẵn sàng gửi: 15 tệp; chưa sẵn sàng: 0 còn lỗi, 0 còn cảnh báo chưa giải trình.',
    ]);
  });

  it('never changes a file it checks', async () => {
    const before = await digests(units);
    await runCli(['check', UNITS, '--report', at('never.html')]);
    expect(await digests(units)).toEqual(before);
  });
});

describe('a batch with problems', () => {
  it('each file its line — the damaged one with its reason — and the batch goes on; exit 2', async () => {
    const r = await runCli(['check', at('mixed')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(STACK_LINE);
    // Indented lines are a unit's unusual figures (tests/examples/screens.test.ts): here the unit lines.
    const out = lines(r.stdout).filter((l) => !l.startsWith('    '));
    expect(out.slice(0, 7).map((l) => basename(l.split(' ').at(-1)!))).toEqual(
      MIXED.map((n, i) => (i === 4 ? expect.any(String) : n)),
    );
    expect(out[0]).toMatch(/^✔ 01 · .*0 sai lệch, 0 ô còn trống, 0 cảnh báo {2}đã kiểm tra, không sửa sau đó/);
    expect(out[2]).toMatch(
      /^✖ 03 · Đảng bộ huyện Ngọc Lâm .* [1-9]\d* sai lệch, 0 ô còn trống, 0 cảnh báo {2}đã sửa sau khi kiểm tra/,
    );
    expect(out[4]).toBe(
      `✖ ${at('mixed', '05-broken.xlsx')} · không kiểm tra được: Tệp "${at('mixed', '05-broken.xlsx')}" không phải là sổ tính Excel (.xlsx) hoặc đã bị hỏng: không mở được.`,
    );
    // A province's workbook and another province's district among the synthetic units: two figures of each
    // are unusual against those units' (the share of cadres meeting the standard, the decade's admissions).
    expect(out[5]).toMatch(/^✖ KT · Đảng bộ tỉnh Kon Tum .* 9 sai lệch, 0 ô còn trống, 2 cảnh báo {2}chưa kiểm tra /);
    expect(out[6]).toMatch(
      /^⚠ DH · Đảng bộ huyện Đăk Hà \(số liệu giả định\) .* 0 sai lệch, 0 ô còn trống, 2 cảnh báo {2}chưa kiểm tra /,
    );
    expect(out).not.toContainEqual(expect.stringContaining('notes.txt'));
    const summary = out.slice(8);
    expect(summary[0]).toMatch(
      /^7 tệp: 4 không có lỗi, 2 có lỗi, 1 không kiểm tra được; tổng cộng \d+ sai lệch, 0 ô còn trống, 4 cảnh báo\.$/,
    );
    expect(summary[1]).toBe(
      'Dấu kiểm tra: 3 đã kiểm tra, không sửa sau đó; 1 đã sửa sau khi kiểm tra; 2 chưa kiểm tra.',
    );
    expect(summary.at(-1)).toBe('Xem từng lỗi: kiembieu validate TỆP, hoặc thêm --report bao-cao.html (hay .xlsx).');
  });

  it('a spreadsheet of another format in the folder (.xls, .ods …) is a line saying to save it as .xlsx, not left out', async () => {
    await mkdir(at('formats'));
    await cp(join(UNITS, '01-tp-minh-son.xlsx'), at('formats', '01.xlsx'));
    await writeFile(
      at('formats', '02-old.xls'),
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    );
    await writeFile(at('formats', '03-calc.ods'), 'PK\u0003\u0004 an OpenDocument spreadsheet');
    const r = await runCli(['check', at('formats')]);
    expect(r.code).toBe(2);
    const out = lines(r.stdout);
    for (const [i, name, ext] of [
      [1, '02-old.xls', '.xls'],
      [2, '03-calc.ods', '.ods'],
    ] as const) {
      const file = at('formats', name);
      expect(out[i]).toBe(
        `✖ ${file} · không kiểm tra được: Tệp "${file}" được lưu dạng ${ext}, không phải .xlsx: hãy mở tệp và lưu lại dưới dạng Sổ làm việc Excel (.xlsx).`,
      );
    }
    expect(out[4]).toBe(
      '3 tệp: 1 không có lỗi, 0 có lỗi, 2 không kiểm tra được; tổng cộng 0 sai lệch, 0 ô còn trống, 0 cảnh báo.',
    );
  });

  it('a workbook of another pack version, and a file that is not there, are lines with their reasons too', async () => {
    await mkdir(at('versions'));
    await alter(join(UNITS, '05-ia-mo.xlsx'), at('versions', 'a-v2.xlsx'), { meta: { packVersion: '2.0.0' } });
    await cp(join(UNITS, '06-sa-binh.xlsx'), at('versions', 'b.xlsx'));
    const r = await runCli(['check', at('versions'), at('missing.xlsx'), '--lang', 'en']);
    expect(r.code).toBe(2);
    const out = lines(r.stdout);
    expect(out[0]).toBe(
      `✖ ${at('versions', 'a-v2.xlsx')} · cannot be checked: "${at('versions', 'a-v2.xlsx')}" was made from template pack nq22-2018 2.0.0, not nq22-2018 1.0.0: check it with that pack.`,
    );
    expect(out[1]).toMatch(
      /^✔ 06 · Đảng bộ huyện Sa Bình .* 0 discrepancies, 0 blank cells, 0 warnings {2}checked, unchanged since/,
    );
    expect(out[2]).toBe(
      `✖ ${at('missing.xlsx')} · cannot be checked: Cannot read "${at('missing.xlsx')}": the file does not exist or may not be read.`,
    );
    expect(out[4]).toBe(
      '3 files: 1 without errors, 0 with errors, 2 cannot be checked; 0 discrepancies, 0 blank cells, 0 warnings in all.',
    );
  });

  it('exit 1 when every file was checked and some have errors; files named one by one keep their order', async () => {
    const r = await runCli([
      'check',
      at('mixed', '06-kon-tum.xlsx'),
      at('mixed', '01-tp-minh-son.xlsx'),
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(1);
    const out = lines(r.stdout);
    expect(out[0]).toMatch(
      /^✖ KT · Đảng bộ tỉnh Kon Tum .* 9 discrepancies, 0 blank cells, 0 warnings {2}never checked /,
    );
    expect(out[1]).toMatch(
      /^✔ 01 · .* 0 discrepancies, 0 blank cells, 0 warnings {2}checked, unchanged since \(\d\d\/06\/2018\) /,
    );
    expect(out[3]).toBe(
      '2 files: 1 without errors, 1 with errors, 0 cannot be checked; 9 discrepancies, 0 blank cells, 0 warnings in all.',
    );
  });

  it('says when two files are of one unit, or the files are not of one period', async () => {
    await mkdir(at('twins'));
    await cp(join(UNITS, '02-dak-ro.xlsx'), at('twins', 'a.xlsx'));
    await alter(join(UNITS, '02-dak-ro.xlsx'), at('twins', 'b.xlsx'), { identity: { period: '12-2018' } });
    const r = await runCli(['check', at('twins')]);
    expect(r.stdout).toContain(`Cùng một đơn vị 02: ${at('twins', 'a.xlsx')}, ${at('twins', 'b.xlsx')}.`);
    expect(r.stdout).toContain('Các tệp không cùng kỳ báo cáo: 12-2017 (1), 12-2018 (1).');
  });

  it('--format json: the validate document, each file with its unit and stamp', async () => {
    const r = await runCli(['check', at('mixed'), '--format', 'json']);
    expect(r.code).toBe(2);
    const out = parseJson(r.stdout);
    expect(out.files.map((f) => basename(f.file))).toEqual(MIXED);
    const byName = (n: string) => out.files.find((f) => basename(f.file) === n) as Extract<JsonFile, { unit: unknown }>;
    expect(byName('03-changed.xlsx').stamp).toEqual({ state: 'changed', checkedAt: '2018-06-06T03:30:00.000Z' });
    expect(byName('03-changed.xlsx').unit).toEqual({ name: 'Đảng bộ huyện Ngọc Lâm', code: '03', period: '12-2017' });
    expect(byName('06-kon-tum.xlsx').stamp).toEqual({ state: 'unchecked', checkedAt: null });
    expect(out.files[4]).toEqual({
      file: at('mixed', '05-broken.xlsx'),
      error: expect.stringContaining('không phải là sổ tính Excel'),
    });
    expect(out.counts.unreadable).toBe(1);
  });
});

describe('reports', () => {
  let json: ReturnType<typeof parseJson>;
  let html: string;
  let xlsx: Awaited<ReturnType<typeof openExcel>>;
  beforeAll(async () => {
    json = parseJson((await runCli(['check', at('mixed'), '--format', 'json'])).stdout);
    const r = await runCli(['check', at('mixed'), '--report', at('bao-cao.html'), '--report', at('bao-cao.xlsx')]);
    expect(r.code).toBe(2);
    expect(lines(r.stdout).at(-1)).toBe(`Đã ghi báo cáo: ${at('bao-cao.html')}, ${at('bao-cao.xlsx')}.`);
    html = await readFile(at('bao-cao.html'), 'utf8');
    xlsx = await openExcel(await readFile(at('bao-cao.xlsx')));
  });

  const checked = () => json.files.filter((f): f is Extract<JsonFile, { findings: unknown }> => 'findings' in f);
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  /** The lines of the reports: a finding each, but the blank cells of a sheet one line. */
  const lineCount = () =>
    checked().reduce((n, file) => {
      const blankSheets = new Set(file.findings.filter((f) => f.code === 'required-blank').map((f) => f.sheet));
      return n + file.findings.filter((f) => f.code !== 'required-blank').length + blankSheets.size;
    }, 0);
  /** The message without the rule's description, which heads the finding. */
  const detailOf = (f: { message: string; title: string }) =>
    f.message.endsWith(` ${f.title}.`) ? f.message.slice(0, -f.title.length - 2) : f.message;

  it('HTML: one file, inline CSS, no script, nothing fetched', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|<img|src=|https?:/i);
  });

  it('HTML: every finding of every unit, headed by its title, with what is wrong and its cells; blanks a row per sheet', () => {
    expect(lineCount()).toBeGreaterThan(9);
    expect(html.match(/<tr><td class="sev-/g)).toHaveLength(lineCount());
    for (const file of checked()) {
      for (const f of file.findings.filter((x) => x.code !== 'required-blank')) {
        expect(html).toContain(
          `<b>${escape(f.title)}</b> <small class="rule">${escape(f.rule)}</small><br>${escape(detailOf(f))}`,
        );
        for (const c of f.cells)
          expect(html).toContain(escape(`'${c.sheetName}'!${c.address} [${c.row}; ${c.column}]`));
      }
    }
    expect(html).toContain(escape('không phải là sổ tính Excel (.xlsx) hoặc đã bị hỏng'));
  });

  it('HTML: worst first — the unreadable file, then most errors, then changed and unchecked before the rest', () => {
    const order = [...html.matchAll(/<h2 id="u\d+">\d+\. ([^<]+)<\/h2>/g)].map((m) => m[1]!);
    const errors = (n: string) => {
      const f = json.files.find((x) => basename(x.file) === n)!;
      return 'counts' in f ? f.counts.errors : 0;
    };
    expect(order[0]).toBe(escape(at('mixed', '05-broken.xlsx')));
    const [changed, konTum] = [errors('03-changed.xlsx'), errors('06-kon-tum.xlsx')];
    const byErrors =
      changed > konTum
        ? ['03 · Đảng bộ huyện Ngọc Lâm', 'KT · Đảng bộ tỉnh Kon Tum']
        : ['KT · Đảng bộ tỉnh Kon Tum', '03 · Đảng bộ huyện Ngọc Lâm'];
    expect(order.slice(1, 3)).toEqual(byErrors);
    expect(order[3]).toBe('DH · Đảng bộ huyện Đăk Hà (số liệu giả định)'); // clean but never checked
    expect(order.slice(4)).toEqual([
      '01 · Đảng bộ thành phố Minh Sơn',
      '02 · Đảng bộ huyện Đăk Rơ',
      '04 · Đảng bộ huyện Kon Trang',
    ]);
  });

  it('xlsx: a summary sheet with every file worst first, and every finding with its unit', () => {
    const summary = xlsx.getWorksheet('Tổng hợp')!;
    const findings = xlsx.getWorksheet('Chi tiết')!;
    const cellsOf = (row: number, n: number) =>
      Array.from({ length: n }, (_, i) => summary.getRow(row).getCell(i + 1).value);
    let header = 1;
    while (summary.getRow(header).getCell(1).value !== 'STT') header++;
    const rows = Array.from({ length: 7 }, (_, i) => cellsOf(header + 1 + i, 11));
    expect(rows[0]!.slice(9, 11)).toEqual([
      at('mixed', '05-broken.xlsx'),
      expect.stringContaining('không kiểm tra được'),
    ]);
    expect(rows.map((r) => r[1])).toEqual([
      null,
      ...(errorsFirst() ? ['03', 'KT'] : ['KT', '03']),
      'DH',
      '01',
      '02',
      '04',
    ]);
    // Discrepancies, other errors, blank cells, warnings.
    expect(rows.find((r) => r[1] === 'KT')!.slice(3, 9)).toEqual(['12-2017', 9, 0, 0, 2, 'chưa kiểm tra']);
    expect(findings.rowCount).toBe(lineCount() + 1);
    const messages = new Set<string>();
    findings.eachRow(
      (row, i) =>
        i > 1 &&
        messages.add(`${String(row.getCell(2).value).split(' · ')[0]}|${row.getCell(6).value}|${row.getCell(7).value}`),
    );
    for (const file of checked()) {
      for (const f of file.findings.filter((x) => x.code !== 'required-blank'))
        expect(messages).toContain(`${file.unit.code}|${f.title}|${detailOf(f)}`);
    }

    function errorsFirst(): boolean {
      const e = (n: string) =>
        (json.files.find((x) => basename(x.file) === n) as { counts: { errors: number } }).counts.errors;
      return e('03-changed.xlsx') > e('06-kon-tum.xlsx');
    }
  });

  it('never replaces a file unless told to, and says so before checking', async () => {
    await writeFile(at('old.html'), 'keep me');
    const r = await runCli(['check', at('mixed'), '--report', at('old.html')]);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `Tệp "${at('old.html')}" đã có: không ghi đè. Chọn tên khác, hoặc thêm --force để ghi đè.\n`,
    });
    expect(await readFile(at('old.html'), 'utf8')).toBe('keep me');
    expect((await runCli(['check', at('mixed'), '--report', at('old.html'), '--force'])).code).toBe(2);
    expect(await readFile(at('old.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('a report written into the folder checked is not read as a workbook next time — nor named, it is told by what it holds', async () => {
    await mkdir(at('self'));
    await cp(join(UNITS, '01-tp-minh-son.xlsx'), at('self', '01.xlsx'));
    expect(
      (
        await runCli([
          'check',
          at('self'),
          '--report',
          at('self', 'bao-cao.xlsx'),
          '--report',
          at('self', 'bao-cao.html'),
        ])
      ).code,
    ).toBe(0);
    const again = await runCli(['check', at('self')]);
    expect(again.code).toBe(0);
    expect(lines(again.stdout)[0]).toContain('01.xlsx');
    expect(again.stdout).toContain('1 tệp:');
    // A report of check is replaced with --force, in the folder or elsewhere.
    const before = await readFile(at('self', 'bao-cao.xlsx'));
    const forced = await runCli([
      'check',
      at('self'),
      '--report',
      at('self', 'bao-cao.xlsx'),
      '--force',
      '--lang',
      'en',
    ]);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('1 file:');
    expect(Buffer.compare(await readFile(at('self', 'bao-cao.xlsx')), before)).not.toBe(0);
    expect((await openExcel(await readFile(at('self', 'bao-cao.xlsx')))).worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Findings',
    ]);
  });
});

describe('a report is never written over a workbook', () => {
  let dir: string;
  let files: string[];
  beforeAll(async () => {
    dir = at('inputs');
    await mkdir(dir);
    files = ['01-tp-minh-son.xlsx', '02-dak-ro.xlsx'].map((n) => join(dir, n));
    for (const f of files) await cp(join(UNITS, basename(f)), f);
    await mkdir(at('elsewhere'));
    await cp(join(UNITS, '03-ngoc-lam.xlsx'), at('elsewhere', '03.xlsx'));
    await writeFile(at('elsewhere', 'page.html'), 'a page of mine');
  });

  it('a unit’s workbook in the folder checked: refused even with --force, before anything is read or written; exit 2', async () => {
    const before = await digests(files);
    const r = await runCli(['check', dir, '--report', files[1]!, '--force'], { terminal: true });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `Tệp "${files[1]}" là một trong các tệp được kiểm tra, nên không ghi báo cáo đè lên nó: hãy chọn tên khác cho --report.\n`,
    });
    expect(await digests(files)).toEqual(before);
  });

  it('a file named to be checked, whatever it is', async () => {
    const r = await runCli(
      [
        'check',
        files[0]!,
        at('elsewhere', 'page.html'),
        '--report',
        at('elsewhere', 'page.html'),
        '--force',
        '--lang',
        'en',
      ],
      { terminal: true },
    );
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `"${at('elsewhere', 'page.html')}" is one of the files being checked, so the report is not written over it: choose another name for --report.\n`,
    });
    expect(await readFile(at('elsewhere', 'page.html'), 'utf8')).toBe('a page of mine');
  });

  it('any other .xlsx that is not a report of check: refused, with --force or without', async () => {
    const before = await digests([at('elsewhere', '03.xlsx')]);
    for (const force of [['--force'], []]) {
      const r = await runCli(['check', dir, '--report', at('elsewhere', '03.xlsx'), ...force], { terminal: true });
      expect(r).toEqual({
        code: 2,
        stdout: '',
        stderr: `Tệp "${at('elsewhere', '03.xlsx')}" đã có và không phải báo cáo do lệnh kiểm tra ghi, nên không ghi đè lên nó kể cả khi có --force: hãy chọn tên khác cho --report.\n`,
      });
    }
    expect(await digests([at('elsewhere', '03.xlsx')])).toEqual(before);
  });

  it('a report whose folder is not there: said before the batch is read, not after', async () => {
    const report = at('no-such-dir', 'r.html');
    const r = await runCli(['check', dir, '--report', report], { terminal: true });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `Không ghi được tệp "${report}": thư mục không tồn tại hoặc không có quyền ghi.\n`,
    });
    const notFolder = join(files[0]!, 'r.xlsx');
    expect((await runCli(['check', dir, '--report', notFolder, '--lang', 'en'], { terminal: true })).stderr).toBe(
      `Cannot write "${notFolder}": its folder does not exist or may not be written to.\n`,
    );
  });
});

describe('progress', () => {
  const runWith = async (isTTY: boolean) => {
    let [stdout, stderr] = ['', ''];
    const io = {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { isTTY, columns: 100, write: (s: string) => (stderr += s) },
    };
    const code = await run(['check', UNITS], io);
    return { code, stdout, stderr };
  };

  it('a bar on stderr when it is a terminal, erased at the end; stdout the same as without', async () => {
    const [tty, plain] = [await runWith(true), await runWith(false)];
    expect(tty.stdout).toBe(plain.stdout);
    expect(plain.stderr).toBe('');
    expect(tty.stderr).toContain('15/15');
    expect(tty.stderr).toMatch(/\[█+\] 15\/15 /);
    expect(tty.stderr.endsWith('\r\u001b[2K')).toBe(true);
    for (const frame of tty.stderr.split('\r\u001b[2K').filter(Boolean)) expect(frame.length).toBeLessThan(100);
  });
});

describe('usage', () => {
  it('a folder that is not there: called a folder, nothing checked, no report written; exit 2', async () => {
    const missing = at('khong-co');
    const report = at('bao-cao-khong-co.html');
    const r = await runCli(['check', missing, '--report', report], { terminal: true });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `Không có thư mục hay tệp nào tên "${missing}": không kiểm tra gì và không ghi gì.\n`,
    });
    await expect(readFile(report)).rejects.toThrow(/ENOENT/);
    expect((await runCli(['check', UNITS, missing, '--lang', 'en'])).stderr).toBe(
      `There is no folder or file "${missing}": nothing was checked and nothing written.\n`,
    );
  });

  it('a folder without workbooks is one sentence, exit 2', async () => {
    await mkdir(at('nothing'));
    const r = await runCli(['check', at('nothing')]);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `Không có tệp .xlsx nào trong "${at('nothing')}".\n` });
  });
});

describe('check --previous: each unit screened only against its own earlier workbook, and told when not', () => {
  const example = (name: string) => join('examples', name);
  const filesOf = (stdout: string) => parseJson(stdout).files as Extract<JsonFile, { findings: unknown }>[];
  const previousFindings = (files: ReturnType<typeof filesOf>) =>
    files.flatMap((f) => f.findings.filter((x) => x.rule === 'screen.previous'));

  it('a folder of the same period: a note under every unit, in both languages and in JSON; none screened', async () => {
    const argv = ['check', example('units-planted'), '--previous', example('units')];
    const vi = await runCli(argv);
    expect(vi.code).toBe(0);
    const out = lines(vi.stdout);
    const at = out.findIndex((l) => l.startsWith('✔ 09 · '));
    expect(out[at]).toMatch(/ 0 cảnh báo /);
    expect(out[at + 1]).toBe(
      '    · Không so với kỳ trước: tệp examples/units/09-ya-le.xlsx là biểu kỳ 12-2017, ' +
        'không trước kỳ 12-2017 của biểu này.',
    );
    expect(out.filter((l) => l.startsWith('    · Không so với kỳ trước: '))).toHaveLength(15);
    const en = await runCli([...argv, '--lang', 'en']);
    expect(en.stdout).toContain(
      '    · Not compared with the previous period: examples/units/09-ya-le.xlsx is for 12-2017, ' +
        'not a period before 12-2017, this one.\n',
    );
    const files = filesOf((await runCli([...argv, '--format', 'json', '--lang', 'en'])).stdout);
    expect(previousFindings(files)).toEqual([]);
    expect(files.find((f) => f.unit.code === '09')!.previous).toEqual({
      file: 'examples/units/09-ya-le.xlsx',
      screened: false,
      reason: 'not-earlier',
      note:
        'Not compared with the previous period: examples/units/09-ya-le.xlsx is for 12-2017, ' +
        'not a period before 12-2017, this one.',
    });
  });

  it('a unit whose previous workbook is not there: "no previous workbook", the others screened as before', async () => {
    await mkdir(at('without-09'));
    for (const name of (await unitFiles()).map((f) => basename(f)).filter((n) => !n.startsWith('09')))
      await cp(join(ROOT, 'examples', 'units-2016', name), at('without-09', name));
    const argv = ['check', example('units-planted'), '--previous', at('without-09')];
    const out = lines((await runCli(argv)).stdout);
    const notes = out.filter((l) => l.startsWith('    · '));
    expect(notes).toEqual(['    · Không so với kỳ trước: không có biểu kỳ trước của đơn vị mã 09.']);
    expect(out[out.findIndex((l) => l.startsWith('✔ 09 · ')) + 1]).toBe(notes[0]);
    expect((await runCli([...argv, '--lang', 'en'])).stdout).toContain(
      '    · Not compared with the previous period: no previous workbook of unit 09.\n',
    );
    const files = filesOf((await runCli([...argv, '--format', 'json'])).stdout);
    expect(previousFindings(files)).toEqual([]);
    expect(files.find((f) => f.unit.code === '09')!.previous).toMatchObject({ file: null, reason: 'missing' });
    expect(files.find((f) => f.unit.code === '08')!.previous).toMatchObject({ screened: true, reason: null });
  });

  it('the 2016 folder: no note, the two changes found, and the README’s supervisor block is the real output', async () => {
    const r = await runCli(['check', example('units-planted'), '--previous', example('units-2016')]);
    expect(r.stdout).not.toContain('Không so với kỳ trước');
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    const block = /examples\/units-2016`, shortened\):\n\n {3}```text\n([\s\S]*?)\n {3}```/.exec(readme)![1]!;
    const shown = block.split('\n').map((l) => l.slice(3));
    const real = lines(r.stdout);
    let from = 0;
    for (const line of shown.filter((l) => l !== '…')) {
      const found = real.indexOf(line, from);
      expect(found, line).toBeGreaterThanOrEqual(from);
      from = found + 1;
    }
    const files = filesOf(
      (await runCli(['check', example('units-planted'), '--previous', example('units-2016'), '--format', 'json']))
        .stdout,
    );
    expect(previousFindings(files)).toHaveLength(2);
    expect(files.every((f) => f.previous?.screened)).toBe(true);
  });
});
