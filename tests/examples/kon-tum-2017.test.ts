/**
 * The Kon Tum example through the command line: exactly the report's own inconsistencies
 * (examples/README.md, "Expected findings"), nothing else, and the same findings after a user has
 * inserted rows and columns, renamed and reordered sheets.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompiledPack } from '../../src/engine/pack/compilePack.js';
import { loadPackDir } from '../../src/node/loadPackDir.js';
import { locateSheet } from '../helpers/locateSheet.js';
import konTum from '../../scripts/data/kon-tum-2017.js';
import {
  codes,
  excelBytes,
  findingsOf,
  KON_TUM,
  lines,
  openExcel,
  PACK_DIR,
  parseJson,
  runCli,
  tempDir,
  type JsonFinding,
} from '../cli/helpers.js';

const fig = (sheet: string, row: string, col: string): number => {
  const v = konTum[sheet]?.[row]?.[col];
  if (typeof v !== 'number') throw new Error(`no figure at ${sheet} ${row} ${col}`);
  return v;
};
const growth = (s: string, r: string) => ((fig(s, r, '(2)') - fig(s, r, '(1)')) / fig(s, r, '(1)')) * 100;

/**
 * examples/README.md, "Expected findings": rule, kind, cells (sheet row column, in the rule's order),
 * the figure found and the figure expected. The report's own numbers are written out; what follows
 * from the invented baselines is computed from scripts/data/kon-tum-2017.ts.
 */
const EXPECTED = [
  { rule: 'PL1.tong[(2)]', code: 'sum-mismatch', cells: ['PL1 1 (2)', 'PL1 1.1 (2)', 'PL1 1.2 (2)'], found: 698, expected: 186 + 511 },
  { rule: 'PL1.tang[1.1]', code: 'growth-mismatch', cells: ['PL1 1.1 (3)', 'PL1 1.1 (2)', 'PL1 1.1 (1)'], found: 33.84, expected: growth('PL1', '1.1') },
  { rule: 'PL1.tang[1.2]', code: 'growth-mismatch', cells: ['PL1 1.2 (3)', 'PL1 1.2 (2)', 'PL1 1.2 (1)'], found: 19.91, expected: growth('PL1', '1.2') },
  { rule: 'B1=PL1.dang-bo-co-so', code: 'same-mismatch', cells: ['B1 2.1 (1)', 'PL1 1.1 (2)'], found: 188, expected: 186 },
  { rule: 'B1=PL1.chi-bo-co-so', code: 'same-mismatch', cells: ['B1 2.2 (1)', 'PL1 1.2 (2)'], found: 510, expected: 511 },
  { rule: 'B1=PL1.chi-bo-truc-thuoc', code: 'same-mismatch', cells: ['B1 3.2 (1)', 'PL1 3 (2)'], found: 1907, expected: 1902 },
  { rule: 'B1=B3a.dang-vien', code: 'same-mismatch', cells: ['B1 4 (1)', 'B3a 1 (5)'], found: 27023, expected: 26773 },
  { rule: 'B7.ty-le-2017[2]', code: 'percent-mismatch', cells: ['B7 2 (4)', 'B7 2 (3)', 'B7 1 (3)'], found: 48.34, expected: (1788 / 2049) * 100 },
  { rule: 'B7.ty-le-2017[3]', code: 'percent-mismatch', cells: ['B7 3 (4)', 'B7 3 (3)', 'B7 1 (3)'], found: 33.87, expected: (1253 / 2049) * 100 },
];

/** Rule, kind, cells by codes, values, found, expected, difference: everything but where the cells are. */
function essence(f: JsonFinding) {
  return {
    rule: f.rule,
    severity: f.severity,
    code: f.code,
    cells: f.cells.map((c) => `${codes(c)} = ${c.value}`),
    found: f.found,
    expected: f.expected,
    difference: f.difference,
  };
}

let pack: CompiledPack;
let findings: JsonFinding[];
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  pack = await loadPackDir(PACK_DIR);
  workbook = await openExcel(await readFile(KON_TUM));
  const { code, stdout, stderr } = await runCli(['validate', KON_TUM, '--format', 'json']);
  expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
  findings = findingsOf(parseJson(stdout).files[0]);
});

describe('validate examples/kon-tum-2017.xlsx', () => {
  it('exits 1 and reports exactly the nine inconsistencies of the report, all errors', async () => {
    const out = parseJson((await runCli(['validate', KON_TUM, '--format', 'json'])).stdout);
    expect(out.counts).toEqual({ files: 1, unreadable: 0, errors: 9, warnings: 0, discrepancies: 9, problems: 0, blanks: 0 });
    expect(findings.map((f) => f.rule).sort()).toEqual(EXPECTED.map((e) => e.rule).sort());
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
  });

  it.each(EXPECTED)('$rule: found $found, expected as the figures give it', (e) => {
    const f = findings.find((x) => x.rule === e.rule);
    expect(f).toBeDefined();
    expect(f!.code).toBe(e.code);
    expect(f!.sheet).toBe(e.cells[0]!.split(' ')[0]);
    expect(f!.cells.map(codes)).toEqual(e.cells);
    expect(f!.found).toBe(e.found);
    expect(f!.expected).toBeCloseTo(e.expected, 9);
    expect(f!.difference).toBeCloseTo(e.found - e.expected, 9);
  });

  it('rounds the recomputed rates the way examples/README.md states them', () => {
    const twoDecimals = (rule: string) => findings.find((f) => f.rule === rule)!.expected!.toFixed(2);
    expect(['PL1.tang[1.1]', 'PL1.tang[1.2]', 'B7.ty-le-2017[2]', 'B7.ty-le-2017[3]'].map(twoDecimals)).toEqual([
      '33.81',
      '19.67',
      '87.26',
      '61.15',
    ]);
  });

  it('the figures the data file holds are the figures of the report', () => {
    expect([fig('B1', '4', '(1)'), fig('B3a', '1', '(5)'), fig('PL1', '1', '(2)'), fig('B7', '2', '(4)'), fig('B7', '3', '(4)')]).toEqual([
      27023, 26773, 698, 48.34, 33.87,
    ]);
  });

  it('every cell of every finding holds the figure of the data file, at the address its codes are at', () => {
    for (const f of findings) {
      for (const c of f.cells) {
        expect(c.value, codes(c)).toBe(fig(c.sheet, c.row, c.column));
        const located = locateSheet(workbook, c.sheet);
        expect(c.address, codes(c)).toBe(located.cell(c.row, c.column).address);
        expect(c.sheetName).toBe(located.worksheet.name);
      }
    }
  });

  it('raises nothing on figures the report gives consistently', () => {
    const named = (cell: string) => findings.filter((f) => f.cells.some((c) => codes(c) === cell)).map((f) => f.rule);
    // B5: 2,194 trained in political theory = 445 advanced + 1,749 intermediate.
    expect(fig('B5', '1', '(1)')).toBe(fig('B5', '1.1', '(1)') + fig('B5', '1.2', '(1)'));
    for (const cell of ['B5 1 (1)', 'B5 1.1 (1)', 'B5 1.2 (1)']) expect(named(cell), cell).toEqual([]);
    // B7: 2,049 commune cadres and civil servants = 1,074 + 975. The total is named only as the
    // denominator of the two wrong percentages, never by the sum.
    expect(fig('B7', '1', '(3)')).toBe(fig('B7', '1.1', '(3)') + fig('B7', '1.2', '(3)'));
    for (const cell of ['B7 1.1 (3)', 'B7 1.2 (3)']) expect(named(cell), cell).toEqual([]);
    expect(named('B7 1 (3)').sort()).toEqual(['B7.ty-le-2017[2]', 'B7.ty-le-2017[3]']);
    // B3a: 12,668 admitted 2008-2017.
    expect(fig('B3a', '1', '(2)')).toBe(12668);
    expect(named('B3a 1 (2)')).toEqual([]);
    // ...and rules do read those cells, so the silence means they passed.
    const readers = (s: string, r: string, c: string) => pack.rules.filter((rule) => rule.slots.includes(pack.slotOf(s, r, c)!)).length;
    for (const [s, r, c] of [['B5', '1', '(1)'], ['B5', '1.1', '(1)'], ['B7', '1.1', '(3)'], ['B3a', '1', '(2)']] as const) {
      expect(readers(s, r, c), `${s} ${r} ${c}`).toBeGreaterThan(0);
    }
  });
});

describe('validate examples/kon-tum-2017.xlsx, text', () => {
  it('groups the findings by sheet in pack order, and writes numbers the Vietnamese way', async () => {
    const { code, stdout, stderr } = await runCli(['validate', KON_TUM]);
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    const out = lines(stdout);
    const heads = out.filter((l) => /^ {4}\S.*\(\w+\)$/.test(l));
    expect(heads).toEqual(['    Phụ lục 1 (PL1)', '    Biểu 1 (B1)', '    Biểu 7 (B7)']);
    // Each rule line sits under the head of its sheet.
    const sheetAbove = (rule: string) => {
      const at = out.findIndex((l) => l.trim().endsWith(` · ${rule}`));
      expect(at, rule).toBeGreaterThan(0);
      return out.slice(0, at).reverse().find((l) => heads.includes(l));
    };
    for (const e of EXPECTED) expect(sheetAbove(e.rule), e.rule).toBe(heads.find((h) => h.endsWith(`(${e.cells[0]!.split(' ')[0]})`)));
    expect(stdout).toContain('27.023 và 26.773 (chênh lệch 250)');
    expect(stdout).toContain('ghi 48,34%, tính lại được 87,26%');
    expect(stdout).toContain("C17 [4; (1)] = 27.023 · 'Biểu 3a'!G8 [1; (5)] = 26.773");
    expect(out.at(-1)).toBe('Tổng cộng: 1 tệp, 9 sai lệch, 0 ô còn trống, 0 cảnh báo.');
    expect(stdout.match(/✖ /g)).toHaveLength(9);
  });

  it('--lang en writes English and English numbers', async () => {
    const { code, stdout } = await runCli(['validate', KON_TUM, '--lang', 'en']);
    expect(code).toBe(1);
    expect(stdout).toContain('The same figure is given differently: 27,023 and 26,773 (difference 250)');
    expect(stdout).toContain('Percentage does not recompute: 48.34% given, the counts give 87.26%');
    expect(stdout).toContain("C17 [4; (1)] = 27,023 · 'Biểu 3a'!G8 [1; (5)] = 26,773");
    expect(stdout.match(/✖ /g)).toHaveLength(9);
    expect(lines(stdout).at(-1)).toBe('Total: 1 file, 9 discrepancies, 0 blank cells, 0 warnings.');
    expect(stdout).not.toMatch(/Lỗi|lỗi|27\.023/);
  });
});

describe('a user inserted rows and columns, renamed and reordered the sheets', () => {
  /** Rows and columns inserted per sheet: before which 1-based row / column, and how many. */
  interface Shift {
    rowAt: number;
    rows: number;
    colAt: number;
    cols: number;
  }
  const shifts = new Map<string, Shift>();
  const renamed = new Map([
    ['B1', 'Tổng hợp chung'],
    ['B3a', 'x'],
  ]);
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  let file: string;
  let moved: JsonFinding[];
  let sheetOrder: string[];

  beforeAll(async () => {
    tmp = await tempDir();
    const wb = await openExcel(await readFile(KON_TUM));
    const at = (sheet: string, row: string, col: string) => {
      const cell = locateSheet(wb, sheet).cell(row, col);
      return { row: Number(cell.row), col: Number(cell.col) };
    };
    // PL1: a row inside the table, above 1.1, and a column between (1) and (2).
    const pl1 = { rowAt: at('PL1', '1.1', '(1)').row, rows: 1, colAt: at('PL1', '1', '(2)').col, cols: 1 };
    // B1: two rows in the title block, above the whole table, and a column before the row codes.
    const b1 = { rowAt: 3, rows: 2, colAt: 1, cols: 1 };
    // B7: three rows between 1 and 2, two columns before (4).
    const b7 = { rowAt: at('B7', '2', '(1)').row, rows: 3, colAt: at('B7', '1', '(4)').col, cols: 2 };
    for (const [code, s] of [['PL1', pl1], ['B1', b1], ['B7', b7]] as const) {
      const ws = locateSheet(wb, code).worksheet;
      ws.spliceRows(s.rowAt, 0, ...Array.from({ length: s.rows }, (_, i) => [`dòng chèn ${i + 1}`]));
      ws.spliceColumns(s.colAt, 0, ...Array.from({ length: s.cols }, () => []));
      shifts.set(code, s);
    }
    // Renaming a tab in Excel renames the sheet in every defined name too; exceljs leaves that to us.
    for (const [code, name] of renamed) {
      const ws = locateSheet(wb, code).worksheet;
      const old = `'${ws.name}'!`;
      ws.name = name;
      wb.definedNames.model = wb.definedNames.model.map((d) => ({ ...d, ranges: d.ranges.map((r) => r.replace(old, `'${name}'!`)) }));
    }
    // Reverse the tab order: exceljs writes the sheets in the order of `orderNo`, which its types omit.
    const sheets = wb.worksheets as (ExcelJS.Worksheet & { orderNo: number })[];
    sheets.forEach((ws, i) => (ws.orderNo = sheets.length - i));
    file = join(tmp.path, 'kon-tum-edited.xlsx');
    await writeFile(file, await excelBytes(wb));
    sheetOrder = (await openExcel(await readFile(file))).worksheets.map((ws) => ws.name);
    const { code, stdout } = await runCli(['validate', file, '--format', 'json']);
    expect(code).toBe(1);
    moved = findingsOf(parseJson(stdout).files[0]);
  });
  afterAll(() => tmp.remove());

  it('really is edited: tabs renamed and reversed', () => {
    const visible = sheetOrder.filter((n) => n !== '_kiembieu');
    expect(visible[0]).toBe('Biểu 11');
    expect(visible.at(-1)).toBe('Phụ lục 1');
    expect(visible).toContain('Tổng hợp chung');
    expect(visible).not.toContain('Biểu 1');
  });

  it('gives the same findings: rules, cells by codes, values, found, expected', () => {
    expect(moved.map(essence)).toEqual(findings.map(essence));
  });

  it('names the cells at their new addresses and tab names', () => {
    const shifted = (sheet: string, address: string) => {
      const [, letters = '', digits = ''] = /^([A-Z]+)(\d+)$/.exec(address) ?? [];
      const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const row = Number(digits);
      const s = shifts.get(sheet) ?? { rowAt: Infinity, rows: 0, colAt: Infinity, cols: 0 };
      const newCol = col >= s.colAt ? col + s.cols : col;
      const newRow = row >= s.rowAt ? row + s.rows : row;
      let out = '';
      for (let n = newCol; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
      return `${out}${newRow}`;
    };
    const where = (fs: JsonFinding[]) => fs.map((f) => f.cells.map((c) => `${c.sheetName}!${c.address}`));
    const expected = findings.map((f) => f.cells.map((c) => `${renamed.get(c.sheet) ?? c.sheetName}!${shifted(c.sheet, c.address)}`));
    expect(where(moved)).toEqual(expected);
    // Spot checks of the rule above: 27,023 members moved from C17 to D19 on the renamed tab.
    const members = moved.find((f) => f.rule === 'B1=B3a.dang-vien')!;
    expect(members.cells.map((c) => `${c.sheetName}!${c.address}`)).toEqual(['Tổng hợp chung!D19', 'x!G8']);
  });

  it('the text output names the renamed tabs', async () => {
    const { stdout } = await runCli(['validate', relative(process.cwd(), file)]);
    expect(stdout).toContain('  Tổng hợp chung (B1)');
    expect(stdout).toContain("D19 [4; (1)] = 27.023 · 'x'!G8 [1; (5)] = 26.773");
  });
});
