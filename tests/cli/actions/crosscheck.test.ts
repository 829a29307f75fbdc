/** `kiembieu crosscheck` on the example report: exit codes as `validate`, text and JSON, vi and en, refusals. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KON_TUM, ROOT, runCli, STACK_LINE, tempDir } from '../helpers.js';

const REPORT = join(ROOT, 'examples', 'bao-cao-kon-tum-2017.docx');
let tmp: Awaited<ReturnType<typeof tempDir>>;
const at = (name: string) => join(tmp.path, name);

beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(() => tmp.remove());

describe('kiembieu crosscheck', () => {
  it('checks the report against its workbook: findings quote the sentence and name the cell, exit 1', async () => {
    const before = await readFile(REPORT);
    const r = await runCli(['crosscheck', REPORT, KON_TUM]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('7 lỗi, 5 cảnh báo');
    expect(r.stdout).toContain('79 số liệu: 54 gắn với ô của biểu, 0 chưa rõ ô nào, 25 không gắn');
    expect(r.stdout).toContain(
      'Báo cáo ghi hai số khác nhau cho cùng một số liệu: 27.023 (mục I.1) và 26.773 (mục II.2.2)',
    );
    expect(r.stdout).toContain("'Biểu 1'!C17 [4; (1)] = 27.023 · 'Biểu 3a'!G8 [1; (5)] = 26.773");
    expect(r.stdout).toContain('Số liệu không gắn với ô nào (để xem lại, không phải lỗi):');
    expect(await readFile(REPORT)).toEqual(before);
  });

  it('checks the report alone against itself, in English', async () => {
    const r = await runCli(['crosscheck', REPORT, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('against itself (no workbook)');
    expect(r.stdout).toContain(
      'The report gives two different figures for the same thing: 27.023 (section I.1) and 26.773 (section II.2.2)',
    );
  });

  it('writes the documented JSON', async () => {
    const r = await runCli(['crosscheck', REPORT, KON_TUM, '--format', 'json']);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ format: 1, document: REPORT, workbook: { file: KON_TUM }, period: '12-2017' });
    expect(json.counts).toEqual({ figures: 79, linked: 54, ambiguous: 0, unlinked: 25, errors: 7, warnings: 5 });
    const members = json.findings.find((f: { rule: string }) => f.rule === 'B1=B3a.dang-vien');
    expect(members).toMatchObject({ code: 'prose-same-mismatch', severity: 'error', found: 27023, expected: 26773 });
    expect(members.quotes[0]).toMatchObject({ section: 'I.1', text: '27.023', value: 27023 });
    expect(members.cells[0]).toMatchObject({
      sheet: 'B1',
      sheetName: 'Biểu 1',
      address: 'C17',
      row: '4',
      column: '(1)',
      value: 27023,
    });
    expect(json.figures.filter((f: { state: string }) => f.state === 'linked')).toHaveLength(54);
  });
});

describe('kiembieu crosscheck on Markdown', () => {
  it('exits 0 on a report that agrees with itself', async () => {
    await writeFile(
      at('dung.md'),
      '# I. Tình hình\n\nCó 15 đảng bộ trực thuộc, 698 tổ chức cơ sở đảng[^1] và 26.773 đảng viên.\n\n' +
        '[^1]: Gồm: 188 đảng bộ cơ sở và 510 chi bộ cơ sở.\n',
    );
    const r = await runCli(['crosscheck', at('dung.md')]);
    expect(r.stdout).toContain('Không có sai lệch.');
    expect(r.code).toBe(0);
  });

  it("raises a total that is not its footnote's parts in a Markdown report", async () => {
    await writeFile(
      at('sai.md'),
      'Có 698 tổ chức cơ sở đảng[^1].\n\n[^1]: Gồm: 188 đảng bộ cơ sở và 511 chi bộ cơ sở.\n',
    );
    const r = await runCli(['crosscheck', at('sai.md'), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(['B1.tccsd']);
  });
});

describe('kiembieu crosscheck refuses', () => {
  it.each([
    ['a file that is no .docx', 'hong.docx', 'không phải là văn bản Word (.docx) hoặc đã bị hỏng'],
    ['an empty text file', 'trong.txt', 'không có chữ nào để đối chiếu'],
    ['a Word 97–2003 file', 'cu.doc', 'hãy mở bằng Word và lưu lại dưới dạng Tài liệu Word (.docx)'],
    ['a file that is not there', 'khong-co.docx', 'không tồn tại'],
  ])('refuses %s in one sentence, exit 2', async (_, name, words) => {
    if (name !== 'khong-co.docx') await writeFile(at(name), name.endsWith('.txt') ? '  \n' : 'abc');
    const r = await runCli(['crosscheck', at(name), KON_TUM]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining(words)]);
    expect(r.stderr).toContain(name);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('refuses a workbook that is not one, and a missing or extra argument', async () => {
    expect((await runCli(['crosscheck', REPORT, REPORT])).code).toBe(2);
    const none = await runCli(['crosscheck']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Hãy nêu tệp báo cáo');
    expect((await runCli(['crosscheck', REPORT, KON_TUM, KON_TUM])).code).toBe(2);
  });
});
