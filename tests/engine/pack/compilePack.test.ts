import { describe, expect, it } from 'vitest';
import { allRules, compilePack, type PackSources } from '../../../src/engine/pack/compilePack.js';
import { PackError } from '../../../src/engine/pack/errors.js';
import type { RuleSpec, SheetSpec } from '../../../src/engine/pack/pack.js';
import { ATTACKS, compileTiny, customSheet, tinyPack, tinySheet } from '../fixtures.js';

const rule = (id: string, assert: string, extra: Partial<RuleSpec> = {}): RuleSpec => ({
  id,
  family: 'sum',
  assert,
  ...extra,
});

/** Sources naming each sheet and rule as assemblePack does, so messages can be checked. */
function sourcesOf(sheets: SheetSpec[], packRules: RuleSpec[]): PackSources {
  const files = new Map<object, { file: string; key: string }>();
  for (const s of sheets)
    s.rules?.forEach((r, j) => files.set(r, { file: `sheets/${s.code}.json`, key: `rules[${j}]` }));
  packRules.forEach((r, j) => files.set(r, { file: 'rules.json', key: `[${j}]` }));
  return { sheetFile: (s) => `sheets/${s.code}.json`, ruleKey: (r) => files.get(r)! };
}

function packError(f: () => unknown): PackError {
  try {
    f();
  } catch (e) {
    if (e instanceof PackError) return e;
    throw new Error(`expected a PackError, got ${String(e)}`);
  }
  throw new Error('expected a PackError, nothing was thrown');
}

/** S2: a heading row with no inputs, a text column, an optional row and a row with chosen inputs. */
const S2 = () =>
  customSheet(
    'S2',
    [
      { code: '(1)', kind: 'count', decimals: 0 },
      { code: '(2)', kind: 'percent', decimals: 1 },
      { code: '(3)', kind: 'text', decimals: 0 },
    ],
    [{ code: 'I', inputs: [] }, { code: '1' }, { code: '2', optional: true }, { code: '3', inputs: ['(1)', '(3)'] }],
  );

describe('compilePack: slots', () => {
  it('numbers every input cell, sheet by sheet, row by row, column by column', () => {
    const pack = compileTiny();
    expect(pack.slots.map((s) => `${s.sheet}|${s.row}|${s.col}`)).toEqual([
      'S1|1|(1)',
      'S1|1|(2)',
      'S1|1|(3)',
      'S1|1.1|(1)',
      'S1|1.1|(2)',
      'S1|1.1|(3)',
      'S1|1.2|(1)',
      'S1|1.2|(2)',
      'S1|1.2|(3)',
    ]);
    expect(pack.slots[2]).toEqual({ sheet: 'S1', row: '1', col: '(3)', kind: 'percent', decimals: 2, required: true });
    expect(pack.slotOf('S1', '1.1', '(2)')).toBe(4);
    expect(pack.slotOf('S1', '1.1', '(9)')).toBeUndefined();
    expect(pack.slotOf('S9', '1', '(1)')).toBeUndefined();
  });

  it('skips heading rows and text columns, marks optional rows, and honours a row`s inputs', () => {
    const pack = compilePack(tinyPack([], [S2()]));
    expect(pack.slots.map((s) => `${s.row}|${s.col}|${s.kind}|${s.required}`)).toEqual([
      '1|(1)|count|true',
      '1|(2)|percent|true',
      '2|(1)|count|false',
      '2|(2)|percent|false',
      '3|(1)|count|true',
    ]);
    expect(pack.slots[1]!.decimals).toBe(1);
  });

  it('takes a text cell a row lists as input for free text: no slot, and no rule may read it', () => {
    const pack = compilePack(tinyPack([], [S2()]));
    expect(pack.slotOf('S2', '3', '(3)')).toBeUndefined();
    const reading = rule('t', "S2['3', '(3)'] == 1");
    expect(packError(() => compilePack(tinyPack([reading], [S2()]))).message).toContain(
      "S2['3', '(3)'] is not an input cell",
    );
  });

  it('keeps sheet rules before pack rules (allRules)', () => {
    const sheet = tinySheet('S1', [rule('a', "S1['1', '(1)'] >= 0")]);
    const pack = tinyPack([rule('b', "S1['1', '(2)'] >= 0")], [sheet]);
    expect(allRules(pack).map((r) => r.id)).toEqual(['a', 'b']);
    expect(compilePack(pack).rules.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('resolves ranges in the order rows and columns are listed in the sheet', () => {
    const pack = compileTiny([rule('s', "sum(S1['1.1':'1.2', '(1)':'(2)']) >= 0")]);
    expect(pack.rules[0]!.slots).toEqual([3, 4, 6, 7]);
  });
});

describe('compilePack: a broken pack is a PackError naming the file and key', () => {
  it('a sheet code used twice', () => {
    const e = packError(() => compilePack(tinyPack([], [tinySheet('S1'), { ...tinySheet('S1'), name: 'other' }])));
    expect(e.file).toBe('sheet S1');
    expect(e.key).toBe('code');
    expect(e.message).toContain('"S1" is used twice');
  });

  it('a sheet name used twice is named in the second sheet`s file', () => {
    const sheets = [tinySheet('S1'), { ...tinySheet('S2'), name: 'Biểu S1' }];
    const e = packError(() => compilePack(tinyPack([], sheets), sourcesOf(sheets, [])));
    expect(e.file).toBe('sheets/S2.json');
    expect(e.key).toBe('name');
    expect(e.message).toContain('"Biểu S1" is used twice');
  });

  it('a row code used twice names the repeated row', () => {
    const sheet = tinySheet();
    sheet.rows.push({ code: '1.1', label: { vi: 'x', en: 'x' }, level: 1 });
    const e = packError(() => compilePack(tinyPack([], [sheet]), sourcesOf([sheet], [])));
    expect([e.file, e.key]).toEqual(['sheets/S1.json', 'rows[3].code']);
    expect(e.message).toContain('row code "1.1" is used twice');
  });

  it('a column code used twice names the repeated column', () => {
    const sheet = tinySheet();
    sheet.columns.splice(1, 0, { ...sheet.columns[0]! });
    const e = packError(() => compilePack(tinyPack([], [sheet]), sourcesOf([sheet], [])));
    expect([e.file, e.key]).toEqual(['sheets/S1.json', 'columns[1].code']);
    expect(e.message).toContain('column code "(1)" is used twice');
  });

  it('a row whose inputs name an unknown column', () => {
    const sheet = tinySheet();
    sheet.rows[2]!.inputs = ['(1)', '(7)'];
    const e = packError(() => compilePack(tinyPack([], [sheet]), sourcesOf([sheet], [])));
    expect([e.file, e.key]).toEqual(['sheets/S1.json', 'rows[2].inputs[1]']);
    expect(e.message).toContain('"(7)"');
  });

  it('a row listing an input column twice (each cell is read, and reported, once)', () => {
    const sheet = tinySheet();
    sheet.rows[1]!.inputs = ['(1)', '(2)', '(1)'];
    const e = packError(() => compilePack(tinyPack([], [sheet]), sourcesOf([sheet], [])));
    expect([e.file, e.key]).toEqual(['sheets/S1.json', 'rows[1].inputs[2]']);
    expect(e.message).toContain('column "(1)" is listed twice');
  });

  it('a rule id used twice is named where it is repeated', () => {
    const sheet = tinySheet('S1', [rule('r1', "S1['1', '(1)'] >= 0"), rule('r2', "S1['1', '(2)'] >= 0")]);
    const packRules = [rule('r2', "S1['1', '(3)'] >= 0")];
    const e = packError(() => compilePack(tinyPack(packRules, [sheet]), sourcesOf([sheet], packRules)));
    expect([e.file, e.key]).toEqual(['rules.json', '[0].id']);
    expect(e.message).toContain('rule id "r2" is used twice');
  });

  it('a rule id used twice in one file names the second', () => {
    const sheet = tinySheet('S1', [rule('r1', "S1['1', '(1)'] >= 0"), rule('r1', "S1['1', '(2)'] >= 0")]);
    const e = packError(() => compilePack(tinyPack([], [sheet]), sourcesOf([sheet], [])));
    expect([e.file, e.key]).toEqual(['sheets/S1.json', 'rules[1].id']);
  });

  it('a `for` expansion whose ids collide with another rule', () => {
    const sheet = tinySheet('S1', [rule('t', "S1['1', c] >= 0", { for: { c: ['(1)', '(1)'] } })]);
    const e = packError(() => compilePack(tinyPack([], [sheet]), sourcesOf([sheet], [])));
    expect(e.message).toContain('rule id "t[(1)]" is used twice');
  });

  describe('every refused rule, with the file, the key and the rule id', () => {
    const noInput = customSheet(
      'S2',
      [
        { code: '(1)', kind: 'count', decimals: 0 },
        { code: 'ghi chú', kind: 'text', decimals: 0 },
      ],
      [{ code: 'I', inputs: [] }, { code: '1' }],
    );
    const extra = [
      "S2['I', '(1)'] == 0", // a heading row has no input cells
      "S2['1', 'ghi chú'] == 0", // nor has a text column
      "sum(S2['I':'1', '(1)']) == 0", // a range running over a heading row
      `S1['1', '(1)'] == ${'1 + '.repeat(600)}1`, // longer than 2000 characters
    ];
    for (const text of [...ATTACKS, ...extra]) {
      it(text.length > 80 ? `${text.slice(0, 60)}… (${text.length} chars)` : text, () => {
        const bad = rule('tấn-công.1', text);
        const sheets = [tinySheet('S1', [rule('ok', "S1['1', '(1)'] >= 0"), bad]), noInput];
        const e = packError(() => compilePack(tinyPack([], sheets), sourcesOf(sheets, [])));
        expect(e.file).toBe('sheets/S1.json');
        expect(e.key).toBe('rules[1].assert');
        expect(e.message).toContain('sheets/S1.json');
        expect(e.message).toContain('rules[1].assert');
        expect(e.message).toContain('rule "tấn-công.1"');
      });
    }
  });

  it('names a pack-level rule by its place in rules.json', () => {
    const packRules = [rule('ok', "S1['1', '(1)'] >= 0"), rule('bad', "S1['1', '(4)'] == 1")];
    const e = packError(() => compilePack(tinyPack(packRules), sourcesOf([tinySheet()], packRules)));
    expect([e.file, e.key]).toEqual(['rules.json', '[1].assert']);
    expect(e.message).toContain('rule "bad"');
    expect(e.message).toContain('there is no column of sheet S1 "(4)"');
  });

  it('without sources, names the rule by its id', () => {
    const e = packError(() => compileTiny([rule('x1', "S1['9', '(1)'] == 1")]));
    expect(e.file).toBe('rules');
    expect(e.key).toBe('x1.assert');
    expect(e.message).toContain('there is no row of sheet S1 "9"');
  });

  it('says why: unknown sheet, row, column, a backwards range, a non-input cell, a long `for`', () => {
    const reasons: [RuleSpec, RegExp][] = [
      [rule('a', "S9['1', '(1)'] == 1"), /there is no sheet "S9"/],
      [rule('b', "S1['1.9', '(1)'] == 1"), /there is no row of sheet S1 "1.9"/],
      [rule('c', "sum(S1['1', '(1)':'(9)']) == 1"), /there is no column of sheet S1 "\(9\)"/],
      [rule('d', "sum(S1['1.2':'1.1', '(1)']) == 1"), /the range '1.2':'1.1' runs backwards/],
      [rule('e', "S1['1', '(1)'] == 1", { for: { a: Array(40).fill('1'), b: Array(30).fill('1') } }), /more than 1000/],
    ];
    for (const [spec, reason] of reasons) expect(() => compileTiny([spec]), spec.id).toThrow(reason);
    const heading = customSheet('S1', [{ code: '(1)', kind: 'count', decimals: 0 }], [{ code: 'I', inputs: [] }]);
    expect(() => compileTiny([rule('f', "S1['I', '(1)'] == 1")], [heading])).toThrow(
      /S1\['I', '\(1\)'\] is not an input cell/,
    );
  });
});
