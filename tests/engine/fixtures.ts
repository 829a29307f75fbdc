/** A small pack and workbooks built in memory, shaped like the templates the xlsx writer draws. */
import { RuleRefused, type ResolveCells } from '../../src/engine/rules/compileExpression.js';
import { compilePack } from '../../src/engine/pack/compilePack.js';
import { IDENTITY_NAMES, sheetMarkerName } from '../../src/engine/workbook/markers.js';
import type { Pack, RuleSpec, SheetSpec } from '../../src/engine/pack/pack.js';
import type { RawCell, RawWorkbook } from '../../src/engine/workbook/workbook.js';

const t = (s: string) => ({ vi: s, en: s });

export function tinySheet(code = 'S1', rules: RuleSpec[] = []): SheetSpec {
  return {
    code,
    name: `Biểu ${code}`,
    title: t(`Biểu ${code}`),
    unit: t('người'),
    columns: [
      { code: '(1)', label: t('2008'), kind: 'count', decimals: 0 },
      { code: '(2)', label: t('2017'), kind: 'count', decimals: 0 },
      { code: '(3)', label: t('Tăng (%)'), kind: 'percent', decimals: 2 },
    ],
    rows: [
      { code: '1', label: t('Tổng'), level: 0 },
      { code: '1.1', label: t('A'), level: 1 },
      { code: '1.2', label: t('B'), level: 1 },
    ],
    rules,
  };
}

export function tinyPack(rules: RuleSpec[] = [], sheets: SheetSpec[] = [tinySheet()]): Pack {
  return { id: 'tiny', version: '1.0.0', title: t('Tiny'), sheets, rules };
}

export const compileTiny = (rules: RuleSpec[] = [], sheets?: SheetSpec[]) => compilePack(tinyPack(rules, sheets));

/** Sheet values by row code then column code; percent cells in points, as numbers without a % format. */
export type SheetValues = Record<string, Record<string, RawCell['value'] | RawCell>>;

/** A raw workbook laid out as a template: title, code row at row 3, row codes in column A. */
export function rawWorkbook(pack: Pack, values: Record<string, SheetValues>, meta = true): RawWorkbook {
  const names: RawWorkbook['names'] = {};
  const sheets = pack.sheets.map((spec) => {
    names[sheetMarkerName(spec.code)] = { sheet: spec.name, rowIndex: 0, colIndex: 0 };
    const cells: (RawCell | undefined)[][] = [
      [{ value: spec.code }],
      [{ value: spec.title.vi }],
      [{ value: 'A' }, { value: 'B' }, ...spec.columns.map((c) => ({ value: c.code }))],
      ...spec.rows.map((r) => [
        { value: r.code },
        { value: r.label.vi },
        ...spec.columns.map((c) => toCell(values[spec.code]?.[r.code]?.[c.code])),
      ]),
    ];
    return { name: spec.name, cells };
  });
  return { sheets, names, ...(meta ? { meta: { packId: pack.id, packVersion: pack.version } } : {}) };
}

function toCell(v: RawCell['value'] | RawCell | undefined): RawCell | undefined {
  if (v === undefined) return undefined;
  return v !== null && typeof v === 'object' ? v : { value: v };
}

/** A sheet with the columns and rows given, for tests that need other kinds or decimals than tinySheet. */
export function customSheet(
  code: string,
  columns: { code: string; kind: SheetSpec['columns'][number]['kind']; decimals: number }[],
  rows: { code: string; inputs?: string[]; optional?: boolean }[],
  rules: RuleSpec[] = [],
): SheetSpec {
  return {
    code,
    name: `Biểu ${code}`,
    title: t(`Biểu ${code}`),
    unit: t('người'),
    columns: columns.map((c) => ({ ...c, label: t(c.code) })),
    rows: rows.map((r, i) => ({ ...r, label: t(`dòng ${r.code}`), level: i ? 1 : 0 })),
    rules,
  };
}

/**
 * Rule texts that try to reach mathjs features, build huge values or evaluate anything but arithmetic
 * on cells: every one must be refused while the pack is compiled, against tinySheet().
 */
export const ATTACKS: string[] = [
  'config({epsilon: 1})',
  "config({epsilon: 1}) == S1['1', '(1)']",
  'import({}, {override: true})',
  "import({}, {override: true}) == S1['1', '(1)']",
  "typed('f', {})",
  "typed('f', {}) == 1",
  "compile('1')",
  "compile('1') == 1",
  "evaluate('1')",
  "evaluate('1') == 1",
  "parse('1')",
  "parse('1') == 1",
  'ones(1e5, 1e5)',
  'sum(ones(1e5, 1e5)) == 1',
  'zeros(1e4,1e4)',
  'sum(zeros(1e4, 1e4)) == 0',
  'range(1, 1e9)',
  'max(range(1, 1e9)) == 1',
  'f(x) = x',
  'a = 1',
  'S1 = 2',
  "(S1 = 2) == S1['1', '(1)']",
  '[1,2]',
  '[1,2] == [1,2]',
  '{a: 1}',
  '{a: 1} == 1',
  'S1.constructor',
  'S1.constructor == 1',
  "S1['1','(1)'].constructor",
  "S1['1','(1)'].constructor == 1",
  "S1['1','(1)']['x'] == 1",
  "constructor(S1['1', '(1)']) == 1",
  '__proto__(1) == 1',
  'x ? 1 : 2',
  "(S1['1', '(1)'] > 0 ? 1 : 2) == 1",
  '1; 2',
  "S1['1', '(1)'] == 1; 2 == 2",
  '2 ^ 3 == 8',
  '1e500 == 1',
  "S1['1', '(1)'] == 1e500",
  "'a' == 'a'",
  "S1['1', '(1)'] == 'a'",
  "S1['1', '(1)'] == true",
  "S1['1', '(1)'] == null",
  '1 < 2 < 3',
  "S1['1.1', '(1)'] <= S1['1.2', '(1)'] <= S1['1', '(1)']",
  "2 S1['1','(1)'] == 2",
  "2S1['1','(1)'] == 2",
  'cos(0) == 1',
  'x == 1',
  "S1['1', '(1)'] == x",
  "S1['1.1':'1.2','(1)'] == 1",
  "abs(S1['1.1':'1.2','(1)']) == 1",
  "sum(S1['1.2':'1.1','(1)']) == 1",
  "sum(S1['1', '(2)':'(1)']) == 1",
  "sum(S1['1':'1.1':'1.2', '(1)']) == 1",
  "S9['1', '(1)'] == 1",
  "S1['9', '(1)'] == 1",
  "S1['1', '(9)'] == 1",
  "S1[1, '(1)'] == 1",
  "S1['1'] == 1",
  "S1['1', '(1)', '(2)'] == 1",
  "S1['1', '(1)'] != 1",
  "S1['1', '(1)'] mod 2 == 0",
  "S1['1', '(1)'] % 2 == 0",
  "S1['1', '(1)']! == 1",
  "not S1['1', '(1)'] == 1",
  "(S1['1', '(1)'] and 1) == 1",
  "S1['1', '(1)'] & 1 == 1",
  'sum() == 0',
  'abs(1, 2) == 1',
  "S1['1', '(1)'] == ",
  "S1['1', '(1)'] +",
  "S1['1', '(1)'] == (1",
  // Nesting deep enough to overflow a recursive parser or compiler, within the 2000 characters.
  `${'('.repeat(990)}1${')'.repeat(990)} == 1`,
  `${'-'.repeat(1990)}1 == 1`,
  `${'sum('.repeat(390)}1${')'.repeat(390)} == 1`,
  `1${'+1'.repeat(990)} == 1`,
];

/** Inserts an uncoded row (a user's note line) before 0-based row `at` of a sheet. */
export function insertRow(wb: RawWorkbook, sheetName: string, at: number, cells: (RawCell | undefined)[] = []): void {
  wb.sheets.find((s) => s.name === sheetName)!.cells.splice(at, 0, cells);
}

/** Inserts an empty column before 0-based column `at` of a sheet, or one holding `fill` on every row. */
export function insertColumn(wb: RawWorkbook, sheetName: string, at: number, fill?: RawCell): void {
  for (const row of wb.sheets.find((s) => s.name === sheetName)!.cells) {
    while (row.length < at) row.push(undefined);
    row.splice(at, 0, fill);
  }
}

/** A resolver of sheet S1 with rows 1, 1.1, 1.2 and columns (1), (2), (3): slot = 3 * row index + column index. */
const ROWS = ['1', '1.1', '1.2'];
const COLS = ['(1)', '(2)', '(3)'];
export const resolve: ResolveCells = (sheet, [r0, r1], [c0, c1]) => {
  if (sheet !== 'S1') throw new RuleRefused({ vi: `không có biểu "${sheet}"`, en: `there is no sheet "${sheet}"` });
  const [a, b, c, d] = [ROWS.indexOf(r0), ROWS.indexOf(r1), COLS.indexOf(c0), COLS.indexOf(c1)];
  if (a < 0 || b < 0 || c < 0 || d < 0) throw new RuleRefused({ vi: 'không có mã này', en: 'no such code' });
  if (b < a || d < c) throw new RuleRefused({ vi: 'đi ngược', en: 'backwards' });
  const out: number[] = [];
  for (let r = a; r <= b; r++) for (let k = c; k <= d; k++) out.push(3 * r + k);
  return out;
};

/** Gives a raw workbook the identity cells a template has (on the first row of its first sheet, from column E). */
export function setIdentity(wb: RawWorkbook, identity: { name?: string; code?: string; period?: string }): RawWorkbook {
  const sheet = wb.sheets[0]!;
  (['name', 'code', 'period'] as const).forEach((key, i) => {
    const value = identity[key];
    sheet.cells[0]![4 + i] = value === undefined ? undefined : { value };
    wb.names[IDENTITY_NAMES[key]] = { sheet: sheet.name, rowIndex: 0, colIndex: 4 + i };
  });
  return wb;
}
