/** A workbook file read for checking: the example whole, and a plain sentence naming the path otherwise. */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlainError } from '../../src/engine/errors.js';
import { CannotReadFileError } from '../../src/node/CannotReadFileError.js';
import { NotAFileError } from '../../src/node/readRegularFile.js';
import { readWorkbookFile } from '../../src/node/readWorkbookFile.js';
import { SaveAsXlsxError, UnreadableWorkbookError } from '../../src/xlsx/errors.js';
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

  it('a folder: NotAFileError, saying it is no regular file', async () => {
    const path = join(tmp.path, 'folder.xlsx');
    await mkdir(path);
    expect(await failure(path)).toBeInstanceOf(NotAFileError);
  });

  it('bytes that are no workbook: UnreadableWorkbookError naming the path', async () => {
    const path = join(tmp.path, 'text.xlsx');
    await writeFile(path, 'hello');
    const e = await failure(path);
    expect(e).toBeInstanceOf(UnreadableWorkbookError);
    expect((e as PlainError).text.en).toBe(
      `"${path}" is not an Excel workbook (.xlsx) or is damaged: it cannot be opened.`,
    );
  });

  it('a spreadsheet of another format (.xls, .ods …): SaveAsXlsxError saying to save it as .xlsx', async () => {
    const xls = join(tmp.path, 'old.xls');
    // An old Excel file starts with the compound document signature.
    await writeFile(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const e = await failure(xls);
    expect(e).toBeInstanceOf(SaveAsXlsxError);
    expect((e as PlainError).text.vi).toBe(
      `Tệp "${xls}" được lưu dạng .xls, không phải .xlsx: hãy mở tệp và lưu lại dưới dạng Sổ làm việc Excel (.xlsx).`,
    );
    expect((e as PlainError).text.en).toBe(
      `"${xls}" is saved as .xls, not .xlsx: open it and save it as an Excel Workbook (.xlsx).`,
    );
    const ods = join(tmp.path, 'calc.ODS');
    await writeFile(ods, 'PK\u0003\u0004 an OpenDocument spreadsheet');
    expect(((await failure(ods)) as PlainError).text.en).toBe(
      `"${ods}" is saved as .ods, not .xlsx: open it and save it as an Excel Workbook (.xlsx).`,
    );
  });

  it('an .xlsx merely named .xls is read; a missing .xls is a file that cannot be read', async () => {
    const renamed = join(tmp.path, 'renamed.xls');
    await copyFile(KON_TUM, renamed);
    expect((await readWorkbookFile(renamed)).sheets).toHaveLength(13);
    expect(await failure(join(tmp.path, 'missing.xls'))).toBeInstanceOf(CannotReadFileError);
  });

  it('reading leaves the file as it was', async () => {
    const before = await readFile(KON_TUM);
    await readWorkbookFile(KON_TUM);
    expect(Buffer.compare(await readFile(KON_TUM), before)).toBe(0);
  });
});
