/** Writes a file the user asked for, refusing to replace an existing one unless told to. */
import { access, constants, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { PlainError } from '../engine/index.js';

export class FileExistsError extends PlainError {
  constructor(readonly path: string) {
    super({
      vi: `Tệp "${path}" đã có: không ghi đè. Chọn tên khác, hoặc thêm --force để ghi đè.`,
      en: `"${path}" already exists and was not overwritten. Choose another name, or add --force.`,
    });
  }
}

export class CannotWriteFileError extends PlainError {
  constructor(
    readonly path: string,
    options?: ErrorOptions,
  ) {
    super(
      {
        vi: `Không ghi được tệp "${path}": thư mục không tồn tại hoặc không có quyền ghi.`,
        en: `Cannot write "${path}": its folder does not exist or may not be written to.`,
      },
      options,
    );
  }
}

export async function writeNewFile(path: string, data: Uint8Array, force: boolean): Promise<void> {
  try {
    await writeFile(path, data, { flag: force ? 'w' : 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(path);
    throw new CannotWriteFileError(path, { cause: e });
  }
}

/** Refuses at once a file writeNewFile would refuse at the end: a long batch is not run for nothing. */
export async function refuseExisting(path: string, force: boolean): Promise<void> {
  if (force) return;
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (exists) throw new FileExistsError(path);
}

/**
 * Refuses at once a file writeNewFile could not write at the end, whatever it holds: its folder is not
 * there, is not a folder or may not be written to, or the path is itself a folder.
 */
export async function refuseUnwritable(path: string): Promise<void> {
  const folder = await stat(dirname(path)).catch(() => undefined);
  const writable =
    folder?.isDirectory() &&
    (await access(dirname(path), constants.W_OK).then(
      () => true,
      () => false,
    ));
  const itself = await stat(path).catch(() => undefined);
  if (!writable || (itself && !itself.isFile())) throw new CannotWriteFileError(path);
}
