/** A workbook file read for checking: the example whole, and a plain sentence naming the path otherwise. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlainError } from '../../src/engine/errors.js';
import { CannotReadFileError } from '../../src/node/CannotReadFileError.js';
import { readWorkbookFile } from '../../src/node/readWorkbookFile.js';
import { UnreadableWorkbookError } from '../../src/xlsx/errors.js';
import konTum from '../../scripts/data/kon-tum-2017.js';
import { KON_TUM, tempDir } from '../cli/helpers.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(() => tmp.remove());

async function failure(path: string): Promise<unknown> {
  return readWorkbookFile(path).then(
    () => undefined,
    (e: unknown) => e,
  );
}

describe('readWorkbookFile', () => {
  it('reads the Kon Tum example: its 13 sheets, their markers, the pack identity, its figures', async () => {
    const wb = await readWorkbookFile(KON_TUM);
    expect(wb.sheets).toHaveLength(13);
    expect(Object.keys(wb.names).filter((n) => n.startsWith('KB_SHEET_'))).toHaveLength(13);
    expect(wb.meta).toMatchObject({ packId: 'nq22-2018', packVersion: '1.0.0' });
    const b1 = wb.sheets.find((s) => s.name === wb.names.KB_SHEET_B1!.sheet)!;
    const values = b1.cells.flat().map((c) => c?.value);
    expect(values).toContain(konTum.B1!['4']!['(1)']);
  });

  it('a missing file: CannotReadFileError naming the path, with the system error as cause', async () => {
    const path = join(tmp.path, 'missing.xlsx');
    const e = await failure(path);
    expect(e).toBeInstanceOf(CannotReadFileError);
    expect((e as CannotReadFileError).path).toBe(path);
    expect((e as PlainError).text.vi).toBe(`Không đọc được tệp "${path}": tệp không tồn tại hoặc không có quyền đọc.`);
    expect(((e as Error).cause as NodeJS.ErrnoException).code).toBe('ENOENT');
  });

  it('a folder: CannotReadFileError', async () => {
    const path = join(tmp.path, 'folder.xlsx');
    await mkdir(path);
    expect(await failure(path)).toBeInstanceOf(CannotReadFileError);
  });

  it('bytes that are no workbook: UnreadableWorkbookError naming the path', async () => {
    const path = join(tmp.path, 'text.xlsx');
    await writeFile(path, 'hello');
    const e = await failure(path);
    expect(e).toBeInstanceOf(UnreadableWorkbookError);
    expect((e as PlainError).text.en).toBe(`"${path}" is not an Excel workbook (.xlsx) or is damaged: it cannot be opened.`);
  });

  it('reading leaves the file as it was', async () => {
    const before = await readFile(KON_TUM);
    await readWorkbookFile(KON_TUM);
    expect(Buffer.compare(await readFile(KON_TUM), before)).toBe(0);
  });
});
