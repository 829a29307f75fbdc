/** `kiembieu template`: a blank workbook that reads back with every sheet and code, never overwriting by accident. */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompiledPack } from '../../../src/engine/pack/compilePack.js';
import { META_KEYS } from '../../../src/engine/workbook/markers.js';
import { validate } from '../../../src/engine/check/validate.js';
import { loadPackDir } from '../../../src/node/loadPackDir.js';
import { readWorkbook } from '../../../src/xlsx/readWorkbook.js';
import { lines, openExcel, PACK_DIR, runCli, STACK_LINE, tempDir } from '../helpers.js';

let pack: CompiledPack;
let tmp: Awaited<ReturnType<typeof tempDir>>;
const at = (name: string) => join(tmp.path, name);

beforeAll(async () => {
  pack = await loadPackDir(PACK_DIR);
  tmp = await tempDir();
});
afterAll(() => tmp.remove());

describe('template --out FILE', () => {
  let file: string;
  beforeAll(async () => {
    file = at('bieu-mau.xlsx');
    const r = await runCli(['template', '--out', file]);
    expect(r).toEqual({ code: 0, stdout: `Đã ghi ${file}: 13 biểu của gói nq22-2018 1.0.0.\n`, stderr: '' });
  });

  it('writes a workbook that reads back with the 13 sheets of the pack, in order, and the pack identity', async () => {
    const raw = await readWorkbook(await readFile(file), file);
    expect(pack.pack.sheets).toHaveLength(13);
    expect(raw.sheets.map((s) => s.name)).toEqual(pack.pack.sheets.map((s) => s.name));
    for (const sheet of pack.pack.sheets)
      expect(raw.names[`KB_SHEET_${sheet.code}`]?.sheet, sheet.code).toBe(sheet.name);
    expect(raw.meta?.[META_KEYS.packId]).toBe(pack.pack.id);
    expect(raw.meta?.[META_KEYS.packVersion]).toBe(pack.pack.version);
  });

  it('every row and column code of the pack is found: checking the blank workbook only reports blanks', async () => {
    const report = validate(pack, await readWorkbook(await readFile(file), file), file);
    // One required-blank per input cell, and nothing missing (no missing sheet, row or column).
    expect(report.findings.every((f) => f.code === 'required-blank')).toBe(true);
    const blanks = report.findings.map((f) => f.cells.map((c) => `${c.sheet} ${c.row} ${c.column}`)[0]);
    expect(blanks).toEqual(pack.slots.map((s) => `${s.sheet} ${s.row} ${s.col}`));
  });

  it('the command line says the same: exit 1, one error per required cell', async () => {
    const r = await runCli(['validate', file, '--format', 'json']);
    expect(r.code).toBe(1);
    const required = pack.slots.filter((s) => s.required).length;
    expect(JSON.parse(r.stdout).counts).toEqual({
      files: 1,
      unreadable: 0,
      errors: required,
      warnings: 0,
      discrepancies: 0,
      problems: 0,
      blanks: required,
    });
  });

  it('labels in Vietnamese by default', async () => {
    const wb = await openExcel(await readFile(file));
    const texts = wb.worksheets.flatMap((ws) =>
      ws
        .getSheetValues()
        .flat()
        .filter((v): v is string => typeof v === 'string'),
    );
    for (const sheet of pack.pack.sheets) expect(texts, sheet.code).toContain(sheet.title.vi);
    expect(texts).toContain(pack.pack.sheets[0]!.rows[0]!.label.vi);
  });
});

describe('template --lang en', () => {
  it('gives English titles and labels, and the same codes', async () => {
    const file = at('template-en.xlsx');
    const r = await runCli(['template', '--out', file, '--lang', 'en']);
    expect(r).toEqual({ code: 0, stdout: `Wrote ${file}: 13 sheets of pack nq22-2018 1.0.0.\n`, stderr: '' });
    const wb = await openExcel(await readFile(file));
    const texts = wb.worksheets.flatMap((ws) =>
      ws
        .getSheetValues()
        .flat()
        .filter((v): v is string => typeof v === 'string'),
    );
    for (const sheet of pack.pack.sheets) {
      expect(texts, sheet.code).toContain(sheet.title.en);
      expect(texts, sheet.code).not.toContain(sheet.title.vi);
      for (const row of sheet.rows) expect(texts, `${sheet.code} ${row.code}`).toContain(row.label.en);
    }
    // Still a workbook of the pack: every cell found, only blanks reported.
    const report = validate(pack, await readWorkbook(await readFile(file), file), file);
    expect(report.findings.map((f) => f.code)).toEqual(pack.slots.map(() => 'required-blank'));
  });
});

describe('an existing file', () => {
  it('is not overwritten: exit 2, one sentence naming it, file unchanged', async () => {
    const file = at('keep.xlsx');
    await writeFile(file, 'số liệu của tôi');
    const before = await stat(file);
    const r = await runCli(['template', '--out', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toEqual([`Tệp "${file}" đã có: không ghi đè. Chọn tên khác, hoặc thêm --force để ghi đè.`]);
    expect(await readFile(file, 'utf8')).toBe('số liệu của tôi');
    expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
  });

  it('is overwritten with --force', async () => {
    const file = at('replace.xlsx');
    await writeFile(file, 'old');
    const r = await runCli(['template', '--out', file, '--force']);
    expect(r.code).toBe(0);
    const raw = await readWorkbook(await readFile(file), file);
    expect(raw.sheets).toHaveLength(13);
  });

  it('a folder that does not exist: exit 2, one sentence naming the file', async () => {
    const file = at('no/such/folder/t.xlsx');
    const r = await runCli(['template', '--out', file, '--lang', 'en']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `Cannot write "${file}": its folder does not exist or may not be written to.\n`,
    });
  });

  it('a folder in the way: exit 2, no stack trace', async () => {
    const dir = at('a-folder.xlsx');
    await mkdir(dir);
    const r = await runCli(['template', '--out', dir, '--force']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain(`"${dir}"`);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});
