import { describe, expect, it } from 'vitest';
import { crosscheck, type ProseReport } from '../../../src/engine/prose/crosscheck.js';
import { figures, readNumber } from '../../../src/engine/prose/figures.js';
import type { ProseFinding } from '../../../src/engine/prose/proseFinding.js';
import { plainTextDocument } from '../../../src/engine/prose/plainText.js';
import type { ReportSource } from '../../../scripts/referenceReport.js';
import konTum from '../../../scripts/data/kon-tum-2017.js';
import { rawWorkbook } from '../fixtures.js';
import { corrected, correctedWorkbook, documentOf, pack, reference, replaced } from './reference.js';

const wb = correctedWorkbook();
const check = (source: ReportSource, workbook = wb) =>
  crosscheck(pack, documentOf(source), 'bao-cao.docx', { file: 'bieu.xlsx', workbook });
const brief = (r: ProseReport) =>
  r.findings.map((f) => `${f.code} ${f.rule} ${f.quotes.map((q) => q.text).join(' / ')}`);
const cellsOf = (f: ProseFinding) => f.cells.map((c) => `${c.sheet} ${c.row} ${c.column}`);

describe('the reference report against itself', () => {
  const report = crosscheck(pack, documentOf(reference()), 'bao-cao.docx');

  it("finds the report's own contradictions, totals, rates, mixed marks and dates, and nothing else", () => {
    expect(brief(report).sort()).toEqual(
      [
        'prose-same-mismatch B1=B3a.dang-vien 27.023 / 26.773',
        'prose-same-mismatch B1=PL1.dang-bo-co-so 188 / 186',
        'prose-same-mismatch B1=PL1.chi-bo-co-so 510 / 511',
        'prose-same-mismatch B1=PL1.chi-bo-truc-thuoc 1.907 / 1.902',
        'prose-sum-mismatch PL1.tong[(2)] 698 / 186 / 511',
        'prose-percent-mismatch B7.ty-le-2017[2] 48,34% / 1.788 / 2.049',
        'prose-percent-mismatch B7.ty-le-2017[3] 33.87% / 1.253 / 2.049',
        'prose-mixed-decimals prose 68,3% / 43.65%',
        'prose-mixed-decimals prose 8,59% / 33.87%',
        'prose-past-period prose đến quý I-2018',
        'prose-impossible-date prose ngày 03-1/2011',
        'prose-impossible-term prose nhiệm kỳ 20101 -2015',
      ].sort(),
    );
  });

  it('quotes each sentence with its section or footnote', () => {
    const members = report.findings.find((f) => f.rule === 'B1=B3a.dang-vien')!;
    expect(members.quotes.map((q) => [q.section, q.footnote])).toEqual([
      ['I.1', undefined],
      ['II.2.2', undefined],
    ]);
    expect(members.quotes[1]!.sentence).toContain(
      'nâng tổng số đảng viên của Đảng bộ tỉnh lên 26.773 đồng chí (Biểu số 3a)',
    );
    const grassroots = report.findings.find((f) => f.rule === 'B1=PL1.dang-bo-co-so')!;
    expect(grassroots.quotes[0]).toMatchObject({
      section: 'I.1',
      footnote: 2,
      sentence: 'Gồm: 188 Đảng bộ cơ sở và 510 chi bộ cơ sở.',
    });
  });

  it('stays silent where the figures agree: 2.194 = 445 + 1.749 and 2.049 = 1.074 + 975', () => {
    const linked = (text: string) => report.figures.find((f) => f.quote.text === text && f.state === 'linked');
    for (const text of ['2.194', '445', '1.749', '2.049', '1.074', '975']) expect(linked(text)).toBeDefined();
    expect(report.findings.filter((f) => /^B5\.|^B7\.tong/.test(f.rule))).toEqual([]);
  });

  it('links the figures the pack names and lists the rest for review', () => {
    expect(report.counts).toMatchObject({ linked: 54, ambiguous: 0 });
    const cell = (text: string, section: string) =>
      report.figures.find((f) => f.quote.text === text && f.quote.section === section)?.cell;
    expect(cell('26.773', 'II.2.2')).toMatchObject({ sheet: 'B3a', row: '1', column: '(5)' });
    expect(cell('12.668', 'II.2.2')).toMatchObject({ sheet: 'B3a', row: '1', column: '(2)' });
    expect(cell('872', 'II.2.5')).toMatchObject({ sheet: 'B1', row: '8', column: '(1)' });
    expect(cell('3.670', 'II.3.4')).toMatchObject({ sheet: 'B5', row: '3', column: '(2)' });
    expect(cell('43.65%', 'II.3.1')).toMatchObject({ sheet: 'B8', row: '1.1', column: '(6)' });
    const unlinked = report.figures.filter((f) => f.state === 'unlinked').map((f) => f.quote.text);
    expect(unlinked).toEqual(expect.arrayContaining(['9.690,46', '515.000', '45', '98,09%']));
    expect(report.figures.find((f) => f.quote.text === '515.000')?.reason).toBe('approximate');
  });
});

describe('the reference report against the Kon Tum workbook', () => {
  it('agrees with every cell the workbook took from it', () => {
    const report = check(reference(), rawWorkbook(pack.pack, konTum));
    expect(report.findings.filter((f) => f.code === 'prose-cell-mismatch')).toEqual([]);
    expect(report.findings.find((f) => f.rule === 'B1=B3a.dang-vien')?.cells).toEqual([
      expect.objectContaining({ sheet: 'B1', sheetName: 'Biểu 1', value: 27023 }),
      expect.objectContaining({ sheet: 'B3a', sheetName: 'Biểu 3a', value: 26773 }),
    ]);
  });
});

describe('a report corrected to agree with its workbook', () => {
  it('raises nothing', () => {
    const report = check(corrected());
    expect(report.findings).toEqual([]);
    expect(report.counts.linked).toBe(54);
  });

  const changes: [string, string, string][] = [
    ['và 26.773 đảng viên', 'và 26.775 đảng viên', 'B1 4 (1)'],
    ['có 2.049 cán bộ', 'có 2.094 cán bộ', 'B7 1 (3)'],
    ['(tăng 23,32% so với 2008)', '(tăng 23,52% so với 2008)', 'PL1 1 (3)'],
    ['đạt 87,26%', 'đạt 87,62%', 'B7 2 (4)'],
    ['Gồm: 445 đồng chí', 'Gồm: 454 đồng chí', 'B5 1.1 (1)'],
    ['tăng cường 311 lượt', 'tăng cường 313 lượt', 'B11 1 (1)'],
    ['1.612 người', '1.621 người', 'B5 1 (2)'],
  ];
  it.each(changes)('raises "%s" changed to "%s", naming the sentence and the cell', (from, to, cell) => {
    const report = check(replaced(corrected(), from, to));
    const figure = figures(to)[0]!.text;
    const finding = report.findings.find((f) => f.code === 'prose-cell-mismatch')!;
    expect(finding.quotes[0]).toMatchObject({ text: figure });
    expect(finding.quotes[0]!.sentence).toContain(to);
    expect(cellsOf(finding)).toEqual([cell]);
    expect(finding.cells[0]!.address).toMatch(/^[A-Z]+\d+$/);
  });
});

describe('words that change how a figure reads', () => {
  const konTumWith = (sheet: string, row: string, col: string, value: number) => {
    const values = structuredClone(konTum) as Record<string, Record<string, Record<string, number>>>;
    values[sheet]![row]![col] = value;
    return rawWorkbook(pack.pack, values);
  };
  const findings = (text: string, workbook = rawWorkbook(pack.pack, konTum)) =>
    crosscheck(pack, plainTextDocument(text, false), 'r.txt', { file: 'b.xlsx', workbook }).findings;

  it('compares "giảm 2,5%" with a growth cell of -2,5, and "tăng 2,5%" with one of 2,5', () => {
    const fell = 'Toàn Đảng bộ tỉnh có 698 TCCSĐ (giảm 2,5% so với 2008) (Phụ lục số 1).';
    expect(findings(fell, konTumWith('PL1', '1', '(3)', -2.5))).toEqual([]);
    expect(findings(fell, konTumWith('PL1', '1', '(3)', 2.5))).toEqual([
      expect.objectContaining({
        code: 'prose-cell-mismatch',
        found: -2.5,
        expected: 2.5,
        quotes: [expect.objectContaining({ text: 'giảm 2,5%' })],
        cells: [expect.objectContaining({ sheet: 'PL1', row: '1', column: '(3)' })],
      }),
    ]);
    const rose = fell.replace('giảm', 'tăng');
    expect(findings(rose, konTumWith('PL1', '1', '(3)', 2.5))).toEqual([]);
    expect(findings(rose, konTumWith('PL1', '1', '(3)', -2.5))).toMatchObject([{ found: 2.5, expected: -2.5 }]);
  });

  it("recomputes a fall from the report's own counts", () => {
    const text = 'Năm 2008 có 720 TCCSĐ; đến tháng 12-2017 có 698 TCCSĐ (giảm 3,06%) (Phụ lục số 1).';
    const own = (t: string) => crosscheck(pack, plainTextDocument(t, false), 'r.txt').findings;
    expect(own(text)).toEqual([]);
    expect(own(text.replace('giảm', 'tăng'))).toMatchObject([{ code: 'prose-percent-mismatch', found: 3.06 }]);
  });

  it('compares a four-digit count without a thousands dot with its cell, and a year with nothing', () => {
    expect(findings('Toàn tỉnh có 1908 đảng viên.')).toMatchObject([
      { code: 'prose-cell-mismatch', found: 1908, expected: 27023, cells: [{ sheet: 'B1', row: '4' }] },
    ]);
    expect(findings('Toàn tỉnh có 27023 đảng viên.')).toEqual([]);
    expect(findings('So với 2008, đến năm 2017 toàn tỉnh có 27.023 đảng viên.')).toEqual([]);
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The figure one unit up in its last digit, written the same way ("01" → "02", "48,34%" → "48,35%"). */
function bumped(text: string): string {
  const digits = /[\d.,]*\d/.exec(text)![0];
  const read = readNumber(digits)!;
  const next = read.value + 10 ** -read.decimals;
  let out = new Intl.NumberFormat('vi-VN', {
    minimumFractionDigits: read.decimals,
    maximumFractionDigits: read.decimals,
  }).format(next);
  if (read.mark === '.') out = out.replace(',', '.');
  if (/^0\d/.test(digits)) out = out.padStart(digits.length, '0');
  return text.replace(digits, out);
}

describe('property: any linked figure of the corrected report, changed by one', () => {
  const base = check(corrected());
  const linked = base.figures.filter((f) => f.state === 'linked');

  it('is named by a finding, with its sentence and its cell', () => {
    expect(linked.length).toBe(54);
    const texts = [...corrected().paragraphs.map((p) => p.text), ...corrected().footnotes.map((n) => n.text)];
    for (const f of linked) {
      const loose = new RegExp(escape(f.quote.sentence).replace(/ /g, '\\s+'));
      const actual = texts.map((t) => loose.exec(t)?.[0]).find(Boolean)!;
      const alone = new RegExp(`(?<![\\p{N}.,])${escape(f.quote.text)}(?!\\p{N})`, 'u');
      const to = actual.replace(alone, bumped(f.quote.text));
      const report = check(replaced(corrected(), actual, to));
      const named = report.findings.some(
        (x) =>
          x.quotes.some((q) => q.text === bumped(f.quote.text) && q.sentence === to.replace(/\s+/g, ' ').trim()) &&
          x.cells.some((c) => c.sheet === f.cell!.sheet && c.row === f.cell!.row && c.column === f.cell!.column),
      );
      expect(named, `${f.quote.text} in ${f.quote.section}`).toBe(true);
    }
  });
});
