/**
 * The screens on the synthetic province: its 15 clean units raise no unusual figure, alone or against
 * their 2016 workbooks; of the planted set, exactly the three plants are found, each by its screen.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseJson, ROOT, runCli, tempDir, type JsonFile } from '../cli/helpers.js';
import { alter } from '../cli/units.js';

const folder = (name: string) => join(ROOT, 'examples', name);
const UNUSUAL = ['unusual-across', 'unusual-previous', 'beyond-limit'];

async function unusual(argv: string[]) {
  const r = await runCli(['check', ...argv, '--format', 'json']);
  expect(r.code).toBe(0);
  const files = parseJson(r.stdout).files as Extract<JsonFile, { findings: unknown }>[];
  expect(files).toHaveLength(15);
  return files.flatMap((f) =>
    f.findings.filter((x) => UNUSUAL.includes(x.code)).map((x) => ({ unit: f.unit.code, code: x.code, rule: x.rule, cells: x.cells.map((c) => `${c.sheet} ${c.row} ${c.column}`) })),
  );
}

describe('screens on the synthetic province', () => {
  it('the 15 clean units: no unusual figure across units', async () => {
    expect(await unusual([folder('units')])).toEqual([]);
  });

  it('the 15 clean units against their 2016 workbooks: none either', async () => {
    expect(await unusual([folder('units'), '--previous', folder('units-2016')])).toEqual([]);
  });

  it('the 2016 workbooks are consistent and a year earlier: every unit, period 12-2016', async () => {
    const r = await runCli(['check', folder('units-2016'), '--format', 'json']);
    expect(r.code).toBe(0);
    const files = parseJson(r.stdout).files as Extract<JsonFile, { unit: unknown }>[];
    expect(files.map((f) => [f.unit.code, f.unit.period])).toEqual(files.map((_, i) => [String(i + 1).padStart(2, '0'), '12-2016']));
    expect(files.every((f) => f.counts.errors === 0)).toBe(true);
  });

  it('the planted units: the three plants, each found by its screen, and nothing else', async () => {
    const found = await unusual([folder('units-planted'), '--previous', folder('units-2016')]);
    expect(found).toEqual([
      { unit: '04', code: 'unusual-across', rule: 'screen.dang-vien-quan-su-moi-chi-bo', cells: ['B1 8 (1)', 'B1 6 (1)'] },
      { unit: '09', code: 'unusual-previous', rule: 'screen.previous', cells: ['B5 3 (1)'] },
      { unit: '09', code: 'unusual-previous', rule: 'screen.previous', cells: ['B5 3 (3)'] },
      { unit: '12', code: 'beyond-limit', rule: 'limit.ket-nap-nam[2015]', cells: ['B3a 2015 (2)', 'B3a 2015 (1)'] },
    ]);
  });

  it('JSON gives each its screen: what, against what, how far', async () => {
    const r = await runCli(['check', folder('units-planted'), '--format', 'json', '--lang', 'en']);
    const unit = parseJson(r.stdout).files.find((f) => 'unit' in f && f.unit.code === '04') as Extract<JsonFile, { findings: unknown }>;
    const f = unit.findings.find((x) => x.code === 'unusual-across') as unknown as { found: number; screen: Record<string, any> };
    expect(f.found).toBeCloseTo(504 / 11);
    expect(f.screen.label).toBe('members per commune military party cell');
    expect(f.screen.reference.median).toBeCloseTo(7.8, 1);
    expect(f.screen.reference.hi).toBeLessThan(f.found);
    expect(f.screen.distance).toBeGreaterThan(f.screen.threshold);
    expect(f.screen.threshold).toBe(3.5);
  });

  it('the text output shows each under its unit', async () => {
    const r = await runCli(['check', folder('units-planted'), '--previous', folder('units-2016'), '--lang', 'en']);
    const out = r.stdout.split('\n');
    const at = out.findIndex((l) => l.startsWith('⚠ 04 · '));
    expect(out[at]).toMatch(/0 discrepancies, 0 blank cells, 1 warning /);
    expect(out[at + 1]).toMatch(/^ {4}⚠ Unusual against the other units: members per commune military party cell is 45\.8; the units' median is 7\.8/);
    expect(out[at + 2]).toBe("      'Biểu 1'!C24 [8; (1)] = 504 · 'Biểu 1'!C22 [6; (1)] = 11");
    expect(r.stdout).toMatch(/ {4}⚠ Unusual change from the previous period: Refresher courses .*went from 172 to 840/);
    expect(r.stdout).toMatch(/ {4}⚠ Beyond the plausible limits of the pack: members admitted in a year against the members at its start is 22\.8%, limits at most 15%\./);
  });
});

describe('explanations and ready to send', () => {
  const dir = tempDir();
  afterAll(async () => (await dir).remove());
  const explained = join(folder('units-planted'), '12-khoi-doanh-nghiep.xlsx');

  it('check: a column per unit and a count; the explained unit is ready, the others with warnings are not', async () => {
    const r = await runCli(['check', folder('units-planted'), '--previous', folder('units-2016')]);
    const line = (code: string) => r.stdout.split('\n').find((l) => l.includes(` ${code} · `))!;
    expect(line('12')).toMatch(/ {2}sẵn sàng gửi {2,}/);
    expect(line('09')).toMatch(/ {2}chưa sẵn sàng: 2 cảnh báo chưa giải trình {2}/);
    expect(line('01')).toMatch(/ {2}sẵn sàng gửi {2,}/);
    expect(r.stdout).toContain('Sẵn sàng gửi: 13 tệp; chưa sẵn sàng: 0 còn lỗi, 2 còn cảnh báo chưa giải trình.');
    expect(r.stdout).toMatch(/\n {6}Giải trình: “Năm 2015 sáp nhập/);
  });

  it('validate shows the explanation under its warning; JSON gives it and ready', async () => {
    const r = await runCli(['validate', explained, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/⚠ Beyond the plausible limits · limit\.ket-nap-nam\[2015\]\n.*\n.*\n {8}Explanation: “Năm 2015/);
    const json = parseJson((await runCli(['validate', explained, '--format', 'json'])).stdout);
    const file = json.files[0] as unknown as { ready: { ready: boolean }; findings: { explanation: { stale: boolean } }[] };
    expect(file.ready.ready).toBe(true);
    expect(file.findings[0]!.explanation.stale).toBe(false);
  });

  it('an explanation whose cells changed since is stale, and the unit not ready', async () => {
    const changed = join((await dir).path, '12-changed.xlsx');
    await alter(explained, changed, { cells: [['B3a', '2015', '(2)', 400]] });
    const r = await runCli(['check', changed, '--lang', 'en']);
    expect(r.stdout).toMatch(/changed after checking \(05\/06\/2018\) {2}not ready: errors/);
    const v = await runCli(['validate', changed, '--lang', 'en']);
    expect(v.stdout).toContain('(stale: the figures changed after it was written)');
  });
});
