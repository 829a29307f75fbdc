/** The JSON report: the stable shape docs/json-output.md promises, and the docs' example is real output. */
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatJson, JSON_FORMAT_VERSION } from '../../../src/cli/formatters/json.js';
import type { CheckRun } from '../../../src/cli/CheckRun.js';
import type { CompiledPack } from '../../../src/engine/pack/compilePack.js';
import { locateTemplate } from '../../../src/engine/workbook/locateTemplate.js';
import { validate, type Report } from '../../../src/engine/check/validate.js';
import type { RawWorkbook } from '../../../src/engine/workbook/workbook.js';
import { loadPackDir } from '../../../src/node/loadPackDir.js';
import { readWorkbook } from '../../../src/xlsx/readWorkbook.js';
import { softChecked, softPack } from '../../engine/localise/softRule.js';
import {
  CLEAN,
  KON_TUM,
  PACK_DIR,
  ROOT,
  parseJson,
  runCli,
  tempDir,
  type JsonFinding,
  type JsonOutput,
} from '../helpers.js';

let pack: CompiledPack;
let clean: RawWorkbook;
let konTum: Report;

beforeAll(async () => {
  pack = await loadPackDir(PACK_DIR);
  clean = await readWorkbook(await readFile(CLEAN), 'clean.xlsx');
  konTum = validate(pack, await readWorkbook(await readFile(KON_TUM), 'kon-tum.xlsx'), 'kon-tum.xlsx');
});

const FINDING_KEYS = [
  'rule',
  'severity',
  'code',
  'kind',
  'sheet',
  'title',
  'message',
  'cells',
  'found',
  'expected',
  'difference',
];
const CELL_KEYS = ['sheet', 'sheetName', 'address', 'row', 'column', 'value'];

describe('formatJson', () => {
  it('format 1, one entry per file in order, counts summed, a final newline', () => {
    const run: CheckRun = {
      pack,
      outcomes: [
        { file: 'kon-tum.xlsx', report: konTum },
        { file: 'broken.xlsx', error: { vi: 'Tệp hỏng.', en: 'Broken file.' } },
        { file: 'clean.xlsx', report: validate(pack, clean, 'clean.xlsx') },
      ],
    };
    const text = formatJson(run, 'vi');
    expect(text.endsWith('}\n')).toBe(true);
    const out = JSON.parse(text) as JsonOutput;
    expect(out.format).toBe(JSON_FORMAT_VERSION);
    expect(JSON_FORMAT_VERSION).toBe(1);
    expect(out.files.map((f) => f.file)).toEqual(['kon-tum.xlsx', 'broken.xlsx', 'clean.xlsx']);
    // A file that could not be checked has exactly its name and its sentence.
    expect(out.files[1]).toEqual({ file: 'broken.xlsx', error: 'Tệp hỏng.' });
    expect(out.counts).toEqual({
      files: 3,
      unreadable: 1,
      errors: 9,
      warnings: 0,
      discrepancies: 9,
      problems: 0,
      blanks: 0,
    });
    expect((JSON.parse(formatJson(run, 'en')) as JsonOutput).files[1]).toEqual({
      file: 'broken.xlsx',
      error: 'Broken file.',
    });
  });

  it('a checked file: pack, findings and counts; each finding has exactly the documented fields', () => {
    const out = JSON.parse(formatJson({ pack, outcomes: [{ file: 'k.xlsx', report: konTum }] }, 'vi')) as JsonOutput;
    const entry = out.files[0]!;
    expect(Object.keys(entry)).toEqual(['file', 'unit', 'pack', 'stamp', 'findings', 'suspects', 'counts', 'ready']);
    if (!('findings' in entry)) throw new Error('not checked');
    expect(entry.pack).toEqual({ id: 'nq22-2018', version: '1.0.0' });
    expect(entry.unit).toEqual({ name: 'Đảng bộ tỉnh Kon Tum', code: 'KT', period: '12-2017' });
    expect(entry.stamp).toEqual({ state: 'unchecked', checkedAt: null });
    expect(entry.counts).toEqual({ errors: 9, warnings: 0, discrepancies: 9, problems: 0, blanks: 0 });
    for (const f of entry.findings) {
      expect(Object.keys(f)).toEqual(FINDING_KEYS);
      for (const c of f.cells) expect(Object.keys(c)).toEqual(CELL_KEYS);
      expect(f.difference).toBeCloseTo((f.found as number) - f.expected!, 9);
    }
  });

  it('suspects: each group with its rules, and each cell of a set with its suggestion, cause and agreement', () => {
    const out = JSON.parse(formatJson({ pack, outcomes: [{ file: 'k.xlsx', report: konTum }] }, 'en')) as JsonOutput;
    const { suspects } = out.files[0] as unknown as {
      suspects: { rules: string[]; sets: Record<string, unknown>[][] }[];
    };
    expect(suspects.flatMap((g) => g.rules)).toHaveLength(konTum.counts.errors);
    const tie = suspects.find((g) => g.rules.includes('B1=PL1.chi-bo-truc-thuoc'))!;
    expect(tie.sets).toHaveLength(2);
    expect(Object.keys(tie.sets[0]![0]!)).toEqual([...CELL_KEYS, 'suggested', 'min', 'max', 'cause', 'agrees']);
    expect(tie.sets[0]![1]!.agrees).toBeNull();
    expect(tie.sets[0]![1]).toMatchObject({ address: 'C16', value: 1907, suggested: 1902, min: 1902, max: 1902 });
    expect(tie.sets[0]![1]!.cause).toEqual({ kind: 'digit-changed', message: 'one digit mistyped' });
    const b7 = suspects.find((g) => g.rules.includes('B7.ty-le-2017[2]'))!;
    expect(b7.sets[0]!.map((c) => c.suggested)).toEqual([87.26, 61.15]);
    const agrees = b7.sets[0]![0]!.agrees as { cells: Record<string, unknown>[]; rules: string[]; message: string };
    expect(agrees.cells.map((c) => [c.address, c.value])).toEqual([
      ['E11', 1788],
      ['E8', 2049],
    ]);
    expect(Object.keys(agrees.cells[0]!)).toEqual(CELL_KEYS);
    expect(agrees.rules).toEqual(['B7.tang[2]', 'B7.tong[(3)]', 'B7.tang[1]']);
    expect(agrees.message).toBe(
      "agrees with 'Biểu 7'!E11 = 1,788 and E8 = 2,049, figures confirmed by the rules " +
        '“The change equals (December 2017 − 2008) / 2008 × 100” (B7.tang[2]), ' +
        '“Commune-level staff equal cadres plus civil servants” (B7.tong[(3)]) and 1 more rule',
    );
  });

  it('suspects: `waived` lists, set by set, the rules each leaves failing; absent when none does', () => {
    const suspectsOf = (reliability: number, cells: number[]) => {
      const soft = softPack(reliability);
      const report = softChecked(soft, cells).report;
      const out = JSON.parse(formatJson({ pack: soft, outcomes: [{ file: 't.xlsx', report }] }, 'vi')) as JsonOutput;
      return (out.files[0] as unknown as { suspects: { sets: { address: string }[][]; waived?: string[][] }[] })
        .suspects;
    };
    const [tie] = suspectsOf(1, [40, 25, 15, 41]);
    expect(tie!.sets.map((set) => set.map((c) => c.address))).toEqual([['D4'], []]);
    expect(tie!.waived).toEqual([[], ['dong']]);
    const [hard] = suspectsOf(3, [40, 25, 15, 41]);
    expect(Object.keys(hard!)).toEqual(['rules', 'weight', 'complete', 'more', 'sets']);
  });

  it('percentages in percentage points, as the sheet shows them', () => {
    const out = JSON.parse(formatJson({ pack, outcomes: [{ file: 'k.xlsx', report: konTum }] }, 'vi')) as JsonOutput;
    const f = (out.files[0] as { findings: JsonFinding[] }).findings.find((x) => x.rule === 'B7.ty-le-2017[2]')!;
    expect(f.found).toBe(48.34);
    expect(f.cells[0]!.value).toBe(48.34);
    expect(f.expected!.toFixed(2)).toBe('87.26');
  });

  it('cell findings: found is the cell content, expected and difference null (or the number read, for text)', () => {
    const wb: RawWorkbook = structuredClone(clean);
    const { positions } = locateTemplate(pack, wb, 'x');
    const put = (s: string, r: string, c: string, cell: RawWorkbook['sheets'][number]['cells'][number][number]) => {
      const at = positions[pack.slotOf(s, r, c)!]!;
      at.sheet.cells[at.rowIndex]![at.colIndex] = cell;
    };
    put('B1', '5', '(1)', { value: 'abc' });
    put('B1', '6', '(1)', { value: null, error: '#REF!' });
    put('B1', '4', '(1)', { value: '2.786' });
    put('B1', '2.1', '(1)', undefined);
    const out = JSON.parse(
      formatJson({ pack, outcomes: [{ file: 'x.xlsx', report: validate(pack, wb, 'x.xlsx') }] }, 'en'),
    ) as JsonOutput;
    const findings = (out.files[0] as { findings: JsonFinding[] }).findings;
    const byCode = (code: string) => findings.find((f) => f.code === code)!;
    expect(byCode('not-a-number')).toMatchObject({ rule: 'cell', found: 'abc', expected: null, difference: null });
    expect(byCode('cell-error')).toMatchObject({ rule: 'cell', found: '#REF!', expected: null, difference: null });
    expect(byCode('cell-error').cells[0]!.value).toBe('#REF!');
    expect(byCode('text-number')).toMatchObject({
      severity: 'warning',
      found: '2.786',
      expected: 2786,
      difference: null,
    });
    expect(byCode('required-blank')).toMatchObject({
      rule: 'required-blank',
      found: null,
      expected: null,
      difference: null,
    });
    expect(byCode('required-blank').cells[0]).toMatchObject({ sheet: 'B1', row: '2.1', column: '(1)', value: null });
    expect(byCode('text-number').message).toBe('Number typed as text "2.786", read as 2,786; retype it as a number.');
  });

  it('counts tell discrepancies, blank cells and other errors apart, and each finding says its kind and title', () => {
    const wb: RawWorkbook = structuredClone(clean);
    const { positions } = locateTemplate(pack, wb, 'x');
    const put = (s: string, r: string, c: string, cell: RawWorkbook['sheets'][number]['cells'][number][number]) => {
      const at = positions[pack.slotOf(s, r, c)!]!;
      at.sheet.cells[at.rowIndex]![at.colIndex] = cell;
    };
    for (const r of ['5.1', '5.2', '5.3']) put('B1', r, '(1)', undefined);
    put('B1', '8', '(1)', { value: 'abc' });
    put('B1', '4', '(1)', { value: 1 });
    const out = JSON.parse(
      formatJson({ pack, outcomes: [{ file: 'x.xlsx', report: validate(pack, wb, 'x.xlsx') }] }, 'en'),
    ) as JsonOutput;
    const file = out.files[0] as { findings: JsonFinding[]; counts: unknown };
    const kinds = file.findings.map((f) => f.kind);
    const counts = { discrepancies: kinds.filter((k) => k === 'discrepancy').length, blanks: 3, problems: 1 };
    expect(counts.discrepancies).toBeGreaterThan(0);
    // A member count of 1 is also beyond the pack's plausible limits: a warning, counted apart.
    const warnings = file.findings.filter((f) => f.severity === 'warning').length;
    expect(file.counts).toEqual({ errors: counts.discrepancies + 4, warnings, ...counts });
    expect(out.counts).toMatchObject(counts);
    expect(file.findings.find((f) => f.code === 'required-blank')).toMatchObject({
      kind: 'blank',
      title: 'Required cell left blank',
    });
    expect(file.findings.find((f) => f.code === 'not-a-number')).toMatchObject({
      kind: 'problem',
      title: 'Cell must hold a number',
    });
    const rule = pack.rules.find((r) => r.id === file.findings.find((f) => f.kind === 'discrepancy')!.rule)!;
    expect(file.findings.find((f) => f.kind === 'discrepancy')!.title).toBe(rule.description!.en.replace(/\.$/, ''));
  });

  it('a missing sheet: found is its code, no cells', () => {
    const wb = structuredClone(clean);
    wb.sheets = wb.sheets.filter((s) => s.name !== 'Biểu 6');
    delete wb.names.KB_SHEET_B6;
    const out = JSON.parse(
      formatJson({ pack, outcomes: [{ file: 'x.xlsx', report: validate(pack, wb, 'x.xlsx') }] }, 'vi'),
    ) as JsonOutput;
    const findings = (out.files[0] as { findings: JsonFinding[] }).findings;
    expect(findings.find((f) => f.code === 'missing-sheet')).toMatchObject({
      rule: 'template',
      sheet: 'B6',
      cells: [],
      found: 'B6',
      expected: null,
    });
  });

  it('a row copied with its code: found is the code, addresses its two places', () => {
    const wb = structuredClone(clean);
    const b6 = wb.sheets.find((s) => s.name === 'Biểu 6')!;
    const located = locateTemplate(pack, wb, 'x.xlsx');
    const first = located.positions[pack.slotOf('B6', '2', '(1)')!]!;
    b6.cells.push([{ value: '2' }]);
    const out = JSON.parse(
      formatJson({ pack, outcomes: [{ file: 'x.xlsx', report: validate(pack, wb, 'x.xlsx') }] }, 'vi'),
    ) as JsonOutput;
    const findings = (out.files[0] as { findings: JsonFinding[] }).findings;
    expect(findings.find((f) => f.code === 'duplicate-row')).toMatchObject({
      severity: 'warning',
      sheet: 'B6',
      found: '2',
      addresses: [`A${first.rowIndex + 1}`, `A${b6.cells.length}`],
      repeats: 1,
    });
  });
});

describe('docs/json-output.md', () => {
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    tmp = await tempDir();
  });
  afterAll(() => tmp.remove());

  it('its example is the real output for the Kon Tum example and a broken file, shortened to the findings it shows', async () => {
    const doc = await readFile(join(ROOT, 'docs', 'json-output.md'), 'utf8');
    const example = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(doc)![1]!) as JsonOutput;

    const broken = join(tmp.path, 'broken.xlsx');
    await writeFile(broken, 'not a workbook');
    const konTumPath = relative(process.cwd(), KON_TUM);
    const r = await runCli(['validate', konTumPath, broken, '--format', 'json']);
    expect(r.code).toBe(2);
    const real = parseJson(r.stdout.replaceAll(JSON.stringify(broken).slice(1, -1), 'broken.xlsx'));
    expect(real.files[0]!.file.replaceAll('\\', '/')).toBe(example.files[0]!.file);
    real.files[0]!.file = example.files[0]!.file;

    const shown = new Set((example.files[0] as { findings: JsonFinding[] }).findings.map((f) => f.rule));
    expect(shown.size).toBeGreaterThan(0);
    const first = real.files[0] as { findings: JsonFinding[] };
    first.findings = first.findings.filter((f) => shown.has(f.rule));
    const withSuspects = first as unknown as { suspects: { rules: string[] }[] };
    withSuspects.suspects = withSuspects.suspects.filter((g) => g.rules.some((r) => shown.has(r)));
    expect(withSuspects.suspects).toHaveLength(1);
    expect(real).toEqual(example);
  });
});
