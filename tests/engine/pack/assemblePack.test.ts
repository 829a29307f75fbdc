import { describe, expect, it } from 'vitest';
import { assemblePack, type PackFile } from '../../../src/engine/pack/assemblePack.js';
import { PackError } from '../../../src/engine/pack/errors.js';
import { tinySheet } from '../fixtures.js';

const t = (s: string) => ({ vi: s, en: s });
/** JSON round trip: the loader hands assemblePack what JSON.parse made. */
const json = (v: unknown): any => JSON.parse(JSON.stringify(v));

function goodFiles(): PackFile[] {
  const s1 = tinySheet('S1', [
    { id: 'S1.tong', family: 'sum', for: { c: ['(1)', '(2)'] }, assert: "S1['1', c] == S1['1.1', c] + S1['1.2', c]" },
  ]);
  const s2 = tinySheet('S2');
  return [
    { path: 'pack.json', data: json({ id: 'tiny-pack', version: '1.2.3', title: t('Tiny'), sheets: ['S1', 'S2'] }) },
    { path: 'sheets/S1.json', data: json(s1) },
    { path: 'sheets/S2.json', data: json(s2) },
    { path: 'rules.json', data: json([{ id: 'S1=S2', family: 'same', assert: "S1['1', '(1)'] == S2['1', '(1)']" }]) },
  ];
}

/** The files with one file's data changed by `edit`. */
function withFile(path: string, edit: (data: any) => void): PackFile[] {
  return goodFiles().map((f) => {
    if (f.path !== path) return f;
    const data = json(f.data);
    edit(data);
    return { path, data };
  });
}

function packError(files: PackFile[]): PackError {
  try {
    assemblePack(files);
  } catch (e) {
    if (e instanceof PackError) return e;
    throw new Error(`expected a PackError, got ${String(e)}`);
  }
  throw new Error('expected a PackError, nothing was thrown');
}

describe('assemblePack: a correct set of files', () => {
  it('assembles and compiles the pack, sheets in the order pack.json lists them', () => {
    const pack = assemblePack(goodFiles());
    expect(pack.pack.id).toBe('tiny-pack');
    expect(pack.pack.version).toBe('1.2.3');
    expect(pack.pack.sheets.map((s) => s.code)).toEqual(['S1', 'S2']);
    expect(pack.rules.map((r) => r.id)).toEqual(['S1.tong[(1)]', 'S1.tong[(2)]', 'S1=S2']);
    expect(pack.slots).toHaveLength(18);
    expect(pack.slotOf('S2', '1', '(1)')).toBe(9);
  });

  it('lists sheets in pack.json order, whatever the order of the files', () => {
    const files = withFile('pack.json', (d) => (d.sheets = ['S2', 'S1']));
    expect(assemblePack(files.reverse()).pack.sheets.map((s) => s.code)).toEqual(['S2', 'S1']);
  });

  it('needs no rules.json', () => {
    const pack = assemblePack(goodFiles().filter((f) => f.path !== 'rules.json'));
    expect(pack.rules.map((r) => r.id)).toEqual(['S1.tong[(1)]', 'S1.tong[(2)]']);
  });
});

describe('assemblePack: a broken pack is a PackError naming the file and the bad key', () => {
  it('a missing pack.json', () => {
    const e = packError(goodFiles().filter((f) => f.path !== 'pack.json'));
    expect([e.file, e.key]).toEqual(['pack.json', '']);
    expect(e.message).toContain('pack.json');
    expect(e.message).toContain('missing');
  });

  it('an unknown key at the top of a sheet file', () => {
    const e = packError(withFile('sheets/S2.json', (d) => (d.colour = 'red')));
    expect([e.file, e.key]).toEqual(['sheets/S2.json', 'colour']);
    expect(e.message).toContain('sheets/S2.json');
  });

  it('an unknown key deep in a sheet file', () => {
    const e = packError(withFile('sheets/S1.json', (d) => (d.columns[2].colour = 'red')));
    expect([e.file, e.key]).toEqual(['sheets/S1.json', 'columns[2].colour']);
  });

  it('an unknown key in pack.json and in rules.json', () => {
    expect(packError(withFile('pack.json', (d) => (d.author = 'x'))).key).toBe('author');
    const e = packError(withFile('rules.json', (d) => (d[0].message = 'x')));
    expect([e.file, e.key]).toEqual(['rules.json', '[0].message']);
  });

  it('wrong types and values', () => {
    const cases: [string, (d: any) => void, string][] = [
      ['sheets/S1.json', (d) => (d.columns[1].decimals = '2'), 'columns[1].decimals'],
      ['sheets/S1.json', (d) => (d.columns[0].decimals = 1.5), 'columns[0].decimals'],
      ['sheets/S1.json', (d) => (d.columns[0].kind = 'money'), 'columns[0].kind'],
      ['sheets/S1.json', (d) => (d.rows[1].level = -1), 'rows[1].level'],
      ['sheets/S1.json', (d) => (d.rows[1].label = 'A'), 'rows[1].label'],
      ['sheets/S1.json', (d) => delete d.rows[0].label.en, 'rows[0].label.en'],
      ['sheets/S1.json', (d) => (d.rows = []), 'rows'],
      ['sheets/S1.json', (d) => (d.name = 'a/b'), 'name'],
      ['sheets/S1.json', (d) => (d.name = 'x'.repeat(32)), 'name'],
      ['sheets/S1.json', (d) => (d.rules[0].family = 'ratio'), 'rules[0].family'],
      ['sheets/S1.json', (d) => (d.rules[0].id = 'has space'), 'rules[0].id'],
      ['sheets/S1.json', (d) => (d.rules[0].for = { C: ['(1)'] }), 'rules[0].for.C'],
      ['sheets/S1.json', (d) => (d.rules[0].assert = 'x'.repeat(2001)), 'rules[0].assert'],
      ['pack.json', (d) => (d.version = '1.0'), 'version'],
      ['pack.json', (d) => (d.id = 'Tiny Pack'), 'id'],
      ['pack.json', (d) => (d.sheets = 'S1'), 'sheets'],
      ['rules.json', (d) => (d[0].severity = 'fatal'), '[0].severity'],
      ['rules.json', (d) => (d[0].reliability = 0), '[0].reliability'],
      ['rules.json', (d) => (d[0].reliability = 101), '[0].reliability'],
      ['sheets/S1.json', (d) => (d.rules[0].reliability = '1'), 'rules[0].reliability'],
    ];
    for (const [path, edit, key] of cases) {
      const e = packError(withFile(path, edit));
      expect([e.file, e.key], key).toEqual([path, key]);
    }
  });

  it('a reliability on a warning rule: warnings take no part in localising errors', () => {
    const e = packError(withFile('rules.json', (d) => Object.assign(d[0], { severity: 'warning', reliability: 2 })));
    expect([e.file, e.key]).toEqual(['rules.json', '[0].reliability']);
    expect(e.text.vi).toContain('quy tắc cảnh báo');
    expect(e.text.en).toContain('warning rules');
    const error = withFile('rules.json', (d) => Object.assign(d[0], { severity: 'error', reliability: 0.01 }));
    expect(assemblePack(error).rules.find((r) => r.id === 'S1=S2')!.reliability).toBe(0.01);
  });

  it('a file that is not an object at all', () => {
    const files = goodFiles().map((f) => (f.path === 'sheets/S2.json' ? { ...f, data: null } : f));
    expect(packError(files).file).toBe('sheets/S2.json');
    const rules = goodFiles().map((f) => (f.path === 'rules.json' ? { ...f, data: {} } : f));
    expect(packError(rules).file).toBe('rules.json');
  });

  it('a sheet listed in pack.json with no file', () => {
    const e = packError(goodFiles().filter((f) => f.path !== 'sheets/S2.json'));
    expect([e.file, e.key]).toEqual(['pack.json', 'sheets[1]']);
    expect(e.message).toContain('sheets/S2.json');
  });

  it('a sheet listed twice in pack.json', () => {
    const e = packError(withFile('pack.json', (d) => d.sheets.push('S1')));
    expect([e.file, e.key]).toEqual(['pack.json', 'sheets[2]']);
    expect(e.message).toContain('"S1" is listed twice');
  });

  it('a stray sheet file that pack.json does not list', () => {
    const files = [...goodFiles(), { path: 'sheets/S3.json', data: json(tinySheet('S3')) }];
    const e = packError(files);
    expect(e.file).toBe('sheets/S3.json');
    expect(e.message).toContain('not part of the pack');
  });

  it('a sheet code that differs from its file name', () => {
    const e = packError(withFile('sheets/S2.json', (d) => (d.code = 'S3')));
    expect([e.file, e.key]).toEqual(['sheets/S2.json', 'code']);
    expect(e.message).toContain('"S3" should be "S2"');
  });

  it('duplicate row and column codes', () => {
    const row = packError(withFile('sheets/S2.json', (d) => d.rows.push({ ...d.rows[1] })));
    expect([row.file, row.key]).toEqual(['sheets/S2.json', 'rows[3].code']);
    const col = packError(withFile('sheets/S1.json', (d) => (d.columns[2].code = '(1)')));
    expect([col.file, col.key]).toEqual(['sheets/S1.json', 'columns[2].code']);
  });

  it('duplicate rule ids, named where repeated', () => {
    const e = packError(withFile('rules.json', (d) => d.push({ ...d[0] })));
    expect([e.file, e.key]).toEqual(['rules.json', '[1].id']);
    expect(e.message).toContain('"S1=S2" is used twice');
    const sheetRule = { id: 'S1=S2', family: 'part', assert: "S1['1.1', '(1)'] <= S1['1', '(1)']" };
    const across = packError(withFile('sheets/S1.json', (d) => d.rules.push(sheetRule)));
    expect([across.file, across.key]).toEqual(['rules.json', '[0].id']);
  });

  it('a rule naming an unknown cell, in a sheet file and in rules.json', () => {
    const inSheet = packError(withFile('sheets/S1.json', (d) => (d.rules[0].assert = "S1['1', c] == S1['1.3', c]")));
    expect([inSheet.file, inSheet.key]).toEqual(['sheets/S1.json', 'rules[0].assert']);
    expect(inSheet.message).toContain('sheets/S1.json');
    expect(inSheet.message).toContain('rules[0].assert');
    expect(inSheet.message).toContain('"S1.tong"');
    expect(inSheet.message).toContain('"1.3"');
    const inRules = packError(withFile('rules.json', (d) => (d[0].assert = "S1['1', '(1)'] == S3['1', '(1)']")));
    expect([inRules.file, inRules.key]).toEqual(['rules.json', '[0].assert']);
    expect(inRules.message).toContain('"S1=S2"');
    expect(inRules.message).toContain('no sheet "S3"');
  });
});

describe('assemblePack: one language at a time', () => {
  const english = /\b(the|is|are|expected|received|invalid|must|letters|too|number|string|key)\b/i;
  const cases: [string, (d: any) => void][] = [
    ['sheets/S1.json', (d) => (d.columns[1].decimals = '2')],
    ['sheets/S1.json', (d) => (d.columns[0].kind = 'money')],
    ['sheets/S1.json', (d) => (d.name = 'a/b')],
    ['sheets/S2.json', (d) => (d.colour = 'red')],
    ['pack.json', (d) => (d.version = 'one')],
    ['rules.json', (d) => (d[0].assert = "S1['1', '(9)'] == 1")],
    ['rules.json', (d) => (d[0].reliability = 200)],
    ['rules.json', (d) => Object.assign(d[0], { severity: 'warning', reliability: 2 })],
  ];
  it.each(cases)(
    'a Vietnamese sentence about %s has no English words, and the English one no Vietnamese',
    (path, edit) => {
      const e = packError(withFile(path, edit));
      expect(e.text.vi.replace(/"[^"]*"/g, '')).not.toMatch(english);
      expect(e.text.en).not.toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    },
  );
});
