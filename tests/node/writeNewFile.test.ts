/** Writing a file the user asked for: never replacing one by accident. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CannotWriteFileError, FileExistsError, refuseUnwritable, writeNewFile } from '../../src/node/writeNewFile.js';
import { tempDir } from '../cli/helpers.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(() => tmp.remove());

const bytes = (s: string) => new TextEncoder().encode(s);
const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

describe('writeNewFile', () => {
  it('writes a new file', async () => {
    const path = join(tmp.path, 'new.xlsx');
    await writeNewFile(path, bytes('mới'), false);
    expect(await readFile(path, 'utf8')).toBe('mới');
  });

  it('refuses an existing file and leaves it as it was', async () => {
    const path = join(tmp.path, 'existing.xlsx');
    await writeFile(path, 'của người dùng');
    const e = await failure(writeNewFile(path, bytes('template'), false));
    expect(e).toBeInstanceOf(FileExistsError);
    expect((e as FileExistsError).path).toBe(path);
    expect((e as FileExistsError).text.en).toBe(
      `"${path}" already exists and was not overwritten. Choose another name, or add --force.`,
    );
    expect(await readFile(path, 'utf8')).toBe('của người dùng');
  });

  it('replaces an existing file when forced, whole (no leftover of a longer old file)', async () => {
    const path = join(tmp.path, 'forced.xlsx');
    await writeFile(path, 'a much longer old content');
    await writeNewFile(path, bytes('short'), true);
    expect(await readFile(path, 'utf8')).toBe('short');
  });

  it('a folder that does not exist: CannotWriteFileError naming the path', async () => {
    const path = join(tmp.path, 'no', 'such', 'dir.xlsx');
    const e = await failure(writeNewFile(path, bytes('x'), false));
    expect(e).toBeInstanceOf(CannotWriteFileError);
    expect((e as CannotWriteFileError).text.vi).toBe(
      `Không ghi được tệp "${path}": thư mục không tồn tại hoặc không có quyền ghi.`,
    );
    expect(((e as Error).cause as NodeJS.ErrnoException).code).toBe('ENOENT');
  });
});

describe('refuseUnwritable', () => {
  it('a file that can be written, new or existing: nothing to say', async () => {
    await expect(refuseUnwritable(join(tmp.path, 'new.html'))).resolves.toBeUndefined();
    await writeFile(join(tmp.path, 'there.html'), 'x');
    await expect(refuseUnwritable(join(tmp.path, 'there.html'))).resolves.toBeUndefined();
  });

  it('a folder that is not there, a file where the folder should be, a folder where the file should be: CannotWriteFileError naming the path', async () => {
    await writeFile(join(tmp.path, 'plain'), 'x');
    await mkdir(join(tmp.path, 'taken.html'));
    for (const path of [
      join(tmp.path, 'no', 'r.html'),
      join(tmp.path, 'plain', 'r.html'),
      join(tmp.path, 'taken.html'),
    ]) {
      const e = await failure(refuseUnwritable(path));
      expect(e).toBeInstanceOf(CannotWriteFileError);
      expect((e as CannotWriteFileError).text.en).toBe(
        `Cannot write "${path}": its folder does not exist or may not be written to.`,
      );
    }
  });
});
