/** The text report: grouped by sheet in pack order, errors before warnings, numbers and cells the reader's way. */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatText } from '../../../src/cli/formatters/text.js';
import type { CheckRun } from '../../../src/cli/CheckRun.js';
import type { CompiledPack } from '../../../src/engine/pack/compilePack.js';
import { locateTemplate } from '../../../src/engine/workbook/locateTemplate.js';
import { validate, type Report } from '../../../src/engine/check/validate.js';
import type { FindingCell, UnusualFigure } from '../../../src/engine/check/finding.js';
import { withUnusual } from '../../../src/engine/screen/screenBatch.js';
import type { RawCell, RawWorkbook } from '../../../src/engine/workbook/workbook.js';
import { loadPackDir } from '../../../src/node/loadPackDir.js';
import { readWorkbook } from '../../../src/xlsx/readWorkbook.js';
import { CLEAN, KON_TUM, lines, PACK_DIR } from '../helpers.js';
import { softChecked, softPack } from '../../engine/localise/softRule.js';

let pack: CompiledPack;
let clean: RawWorkbook;
let konTum: Report;

/** A copy of a workbook with cells replaced, found by codes. */
function edited(wb: RawWorkbook, edits: [string, string, string, RawCell | undefined][]): RawWorkbook {
  const copy: RawWorkbook = structuredClone(wb);
  const { positions } = locateTemplate(pack, copy, 'x');
  for (const [sheet, row, col, cell] of edits) {
    const at = positions[pack.slotOf(sheet, row, col)!]!;
    (at.sheet.cells[at.rowIndex] ??= [])[at.colIndex] = cell;
  }
  return copy;
}

const run = (...reports: Report[]): CheckRun => ({
  pack,
  outcomes: reports.map((report) => ({ file: report.file, report })),
});

beforeAll(async () => {
  pack = await loadPackDir(PACK_DIR);
  clean = await readWorkbook(await readFile(CLEAN), 'clean.xlsx');
  konTum = validate(pack, await readWorkbook(await readFile(KON_TUM), 'kon-tum.xlsx'), 'kon-tum.xlsx');
});

/** Lines of the section headed `heading`, up to the next section or the total. */
function section(text: string, heading: string): string[] {
  const all = lines(text);
  const from = all.indexOf(`  ${heading}`);
  expect(from, heading).toBeGreaterThan(0);
  const rest = all.slice(from + 1);
  const end = rest.findIndex((l) => /^ {2}\S/.test(l) || /^\S/.test(l));
  const lines_ = end < 0 ? rest : rest.slice(0, end);
  while (lines_.at(-1) === '') lines_.pop();
  return lines_;
}

/** A figure the batch screen found unusual, as check adds it to a unit's report. */
function unusualFigure(cells: FindingCell[]): UnusualFigure {
  const label = { vi: 'số đảng viên bình quân mỗi chi bộ', en: 'members per cell' };
  const reference = { median: 20, lo: 15, hi: 25 };
  return {
    code: 'unusual-across',
    rule: 'screen.x',
    severity: 'warning',
    cells,
    label,
    found: 90,
    reference,
    distance: 9,
    threshold: 3.5,
    decimals: 1,
    percent: false,
  };
}

const FIGURES = 'Số liệu không khớp nhau';
const PROBLEMS = 'Ô và biểu cần sửa';
const BLANKS = 'Ô bắt buộc còn trống (để trống không phải là số 0; nếu không có thì ghi 0)';

describe('formatText', () => {
  it('a clean file: its head line with the counts by kind, "no discrepancies", the total', () => {
    const report = validate(pack, clean, 'clean.xlsx');
    expect(formatText(run(report), 'vi')).toBe(
      'clean.xlsx · gói nq22-2018 1.0.0 · 0 sai lệch, 0 ô còn trống, 0 cảnh báo\n  Không có sai sót.\n\nTổng cộng: 1 tệp, 0 sai lệch, 0 ô còn trống, 0 cảnh báo.\n',
    );
    expect(formatText(run(report), 'en')).toBe(
      'clean.xlsx · pack nq22-2018 1.0.0 · 0 discrepancies, 0 blank cells, 0 warnings\n  No discrepancies.\n\nTotal: 1 file, 0 discrepancies, 0 blank cells, 0 warnings.\n',
    );
  });

  it('one block per sheet, in the order of the pack, each finding under its own sheet', () => {
    const text = formatText(run(konTum), 'vi');
    const figures = section(text, FIGURES);
    const sheets = figures.filter((l) => /^ {4}\S/.test(l));
    expect(sheets).toEqual(['    Phụ lục 1 (PL1)', '    Biểu 1 (B1)', '    Biểu 7 (B7)']);
    const rules = figures.flatMap((l) => /^ {6}✖ .* · (\S+)$/.exec(l)?.[1] ?? []);
    const order = pack.pack.sheets.map((x) => x.code);
    const bySheet = [...konTum.findings].sort(
      (a, b) => order.indexOf(a.cells[0]!.sheet) - order.indexOf(b.cells[0]!.sheet),
    );
    expect(rules).toEqual(bySheet.map((f) => f.rule));
  });

  it('each finding: headed by what it is (the rule description), the rule id after; what is wrong; its cells', () => {
    const all = lines(formatText(run(konTum), 'vi'));
    const at = all.findIndex((l) => l.endsWith('· B1=B3a.dang-vien'));
    expect(all.slice(at, at + 3)).toEqual([
      '      ✖ Số đảng viên ở Biểu 1 bằng số đảng viên cuối giai đoạn (tháng 12-2017) ở Biểu 3a · B1=B3a.dang-vien',
      '        Cùng một số liệu nhưng ghi khác nhau: 27.023 và 26.773 (chênh lệch 250).',
      // A cell on the finding's own sheet by its address, one on another sheet with the tab name.
      "        C17 [4; (1)] = 27.023 · 'Biểu 3a'!G8 [1; (5)] = 26.773",
    ]);
  });

  it('percent cells with their decimals and a % sign, Vietnamese and English', () => {
    const vi = formatText(run(konTum), 'vi');
    const en = formatText(run(konTum), 'en');
    expect(vi).toContain('F11 [2; (4)] = 48,34% · E11 [2; (3)] = 1.788 · E8 [1; (3)] = 2.049');
    expect(en).toContain('F11 [2; (4)] = 48.34% · E11 [2; (3)] = 1,788 · E8 [1; (3)] = 2,049');
  });

  it('discrepancies first, then other problems (errors before warnings), then blank cells; values shown as typed', () => {
    const wb = edited(clean, [
      ['PL1', '1.1', '(1)', undefined], // blank, on the first sheet: must not come first
      ['B1', '4', '(1)', { value: '2.786' }], // text, read as 2786: a warning
      ['B1', '6', '(1)', { value: 'abc' }], // not a number: an error
      ['B1', '2.1', '(1)', undefined], // blank
      ['B1', '5', '(1)', { value: 12 }], // 12 ≠ 10 + 0 + 1: a sum error
    ]);
    const text = formatText(run(validate(pack, wb, 'edited.xlsx')), 'vi');
    const headings = lines(text).filter((l) => /^ {2}\S/.test(l) && !l.startsWith('  Có thể sai'));
    expect(headings).toEqual([`  ${FIGURES}`, `  ${PROBLEMS}`, `  ${BLANKS}`]);
    expect(lines(text)[0]).toBe(
      'edited.xlsx · gói nq22-2018 1.0.0 · 2 sai lệch, 1 lỗi khác, 2 ô còn trống, 1 cảnh báo',
    );
    const problems = section(text, PROBLEMS).filter((l) => /^ {6}[✖⚠]/.test(l));
    expect(problems).toEqual(['      ✖ Ô phải ghi số', '      ⚠ Số gõ dưới dạng chữ']);
    expect(text).toContain('[4; (1)] = "2.786"');
    expect(text).toContain('[6; (1)] = "abc"');
  });

  it('unusual figures under their own heading after the errors, counted as warnings, not as cells to fix', () => {
    const wb = edited(clean, [['B1', '6', '(1)', { value: 'abc' }]]);
    const checked = validate(pack, wb, 'unusual.xlsx');
    const cells = checked.findings[0]!.cells;
    const text = formatText(run(withUnusual(checked, [unusualFigure(cells)], ['across'])), 'vi');
    const headings = lines(text).filter((l) => /^ {2}\S/.test(l));
    expect(headings).toEqual([`  ${PROBLEMS}`, '  Số liệu bất thường']);
    expect(section(text, PROBLEMS).filter((l) => /^ {6}[✖⚠]/.test(l))).toEqual(['      ✖ Ô phải ghi số']);
    expect(section(text, 'Số liệu bất thường').filter((l) => /^ {6}⚠/.test(l))).toEqual([
      '      ⚠ Số liệu bất thường so với các đơn vị khác · screen.x',
    ]);
    expect(lines(text)[0]).toBe(
      'unusual.xlsx · gói nq22-2018 1.0.0 · 0 sai lệch, 1 lỗi khác, 0 ô còn trống, 1 cảnh báo',
    );
    expect(formatText(run(withUnusual(checked, [unusualFigure(cells)], ['across'])), 'en')).toContain(
      '  Unusual figures\n',
    );
  });

  it('the blank required cells of a sheet are one line, counting them and naming their blocks', () => {
    const wb = edited(clean, [
      ['B6', '1.1', '(1)', undefined],
      ['B6', '2.2', '(1)', undefined],
      ['B6', '2.3', '(1)', undefined],
      ['B9', '1.1', '(1)', undefined],
    ]);
    const report = validate(pack, wb, 'blanks.xlsx');
    const at = (row: string) =>
      report.findings.find((f) => f.code === 'required-blank' && f.cells[0]!.sheet === 'B6' && f.cells[0]!.row === row)!
        .cells[0]!.address;
    const text = formatText(run(report), 'vi');
    expect(section(text, BLANKS)).toEqual([
      `    ✖ Biểu 6: 3 ô bắt buộc còn trống: ${at('1.1')}, ${at('2.2')}–${at('2.3')}.`,
      expect.stringMatching(/^ {4}✖ Biểu 9: 1 ô bắt buộc còn trống: [A-Z]+\d+\.$/),
    ]);
    expect(formatText(run(report), 'en')).toContain('    ✖ Biểu 9: 1 required cell left blank: ');
  });

  it('a missing sheet is listed under that sheet, with no cell line', () => {
    const wb = structuredClone(clean);
    wb.sheets = wb.sheets.filter((s) => s.name !== 'Biểu 6');
    delete wb.names.KB_SHEET_B6;
    const text = formatText(run(validate(pack, wb, 'no-b6.xlsx')), 'en');
    expect(section(text, 'Cells and sheets to fix')).toEqual([
      '',
      '    Biểu 6 (B6)',
      '      ✖ Sheet missing',
      '        Sheet B6 ("Biểu 6") is not in the workbook; rules that use it were not checked.',
    ]);
  });

  it('"Có thể sai" after the sheets: each group\'s rules, the cells to change and to what, every tied way', () => {
    const likely = (text: string) => text.split('\n\n').find((b) => /^ {2}(Có thể sai|Likely wrong)\n/.test(b))!;
    const block = likely(formatText(run(konTum), 'vi'));
    const out = lines(block);
    expect(out[0]).toBe('  Có thể sai');
    expect(out).toContain('    B1=B3a.dang-vien: nếu sửa như sau thì mọi quy tắc đều đúng');
    expect(out).toContain(
      "      'Biểu 1'!C17 [4; (1)] = 27.023 → 26.773, khớp với 'Biểu 3a'!G8 = 26.773, số này đúng với các quy tắc " +
        '“Đảng viên cuối năm bằng đầu năm cộng kết nạp, cộng chuyển đến, trừ số giảm” (B3a.can-doi[1]) ' +
        'và “Đảng viên cuối giai đoạn bằng đảng viên cuối năm 2017” (B3a.cuoi-ky)',
    );
    const tie = out.indexOf(
      '    B1=PL1.chi-bo-truc-thuoc: 2 cách sửa ít ô như nhau, số liệu không cho biết cách nào đúng',
    );
    expect(out.slice(tie + 1, tie + 5)).toEqual([
      "      cách 1: 'Biểu 1'!C14 [3; (1)] = 1.908 → 1.903 (gõ nhầm một chữ số)",
      "              'Biểu 1'!C16 [3.2; (1)] = 1.907 → 1.902 (gõ nhầm một chữ số)",
      "      cách 2: 'Phụ lục 1'!D14 [3; (2)] = 1.902 → 1.907 (gõ nhầm một chữ số)",
      "              'Phụ lục 1'!E14 [3; (3)] = 19,85% → 20,16%",
    ]);
    const en = lines(likely(formatText(run(konTum), 'en')));
    expect(en[0]).toBe('  Likely wrong');
    expect(en).toContain(
      "      'Biểu 7'!F12 [3; (4)] = 33.87% → 61.15%, agrees with 'Biểu 7'!E12 = 1,253 and E8 = 2,049, " +
        'figures confirmed by the rules “The change equals (December 2017 − 2008) / 2008 × 100” (B7.tang[3]), ' +
        '“Commune-level staff equal cadres plus civil servants” (B7.tong[(3)]) and 1 more rule',
    );
  });

  it('"Có thể sai": a rule a fix leaves failing is named on its own line, in either language', () => {
    const text = (reliability: number, cells: number[], lang: 'vi' | 'en') => {
      const soft = softPack(reliability);
      const out = formatText(
        { pack: soft, outcomes: [{ file: 't.xlsx', report: softChecked(soft, cells).report }] },
        lang,
      );
      return lines(out.split('\n\n').find((b) => /^ {2}(Có thể sai|Likely wrong)\n/.test(b))!);
    };
    expect(text(1, [40, 25, 15, 41], 'vi')).toEqual([
      '  Có thể sai',
      '    dong: 2 cách sửa ít ô như nhau, số liệu không cho biết cách nào đúng',
      "      cách 1: 'Biểu T'!D4 [1; (2)] = 41 → 40 (gõ nhầm một chữ số)",
      '      cách 2: bỏ qua quy tắc dong (để quy tắc này sai)',
    ]);
    expect(text(0.5, [40, 25, 16, 39], 'en')).toEqual([
      '  Likely wrong',
      '    tong, dong: every other rule holds if these change',
      "      'Biểu T'!C4 [1; (1)] = 40 → 41 (one digit mistyped)",
      '      leave rule dong failing',
    ]);
    expect(text(3, [40, 25, 15, 41], 'vi').join('\n')).not.toContain('bỏ qua');
  });

  it('a clean file has no "Có thể sai" block', () => {
    expect(formatText(run(validate(pack, clean, 'clean.xlsx')), 'vi')).not.toContain('Có thể sai');
  });

  it('several files: a block each, the total adds them up; files that could not be read are only counted', () => {
    const cleanReport = validate(pack, clean, 'clean.xlsx');
    const checked = run(konTum, cleanReport);
    checked.outcomes.splice(1, 0, { file: 'broken.xlsx', error: { vi: 'Tệp hỏng.', en: 'Broken file.' } });
    const text = formatText(checked, 'vi');
    expect(text).not.toContain('broken.xlsx');
    expect(text).not.toContain('Tệp hỏng.');
    expect(text).toContain('kon-tum.xlsx · gói nq22-2018 1.0.0 · 9 sai lệch, 0 ô còn trống, 0 cảnh báo');
    expect(text).toContain('clean.xlsx · gói nq22-2018 1.0.0 · 0 sai lệch, 0 ô còn trống, 0 cảnh báo');
    expect(lines(text).at(-1)).toBe('Tổng cộng: 3 tệp, 9 sai lệch, 0 ô còn trống, 0 cảnh báo, 1 không đọc được.');
    expect(lines(formatText(checked, 'en')).at(-1)).toBe(
      'Total: 3 files, 9 discrepancies, 0 blank cells, 0 warnings, 1 unreadable.',
    );
  });
});
