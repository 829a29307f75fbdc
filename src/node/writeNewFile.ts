/**
 * Writes a file the user asked for: into a temporary file in the same folder, then renamed into place,
 * so that a full disk or a crash never leaves half a file; never through a link, never over an input.
 */
import { randomBytes } from 'node:crypto';
import { access, constants, link, lstat, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
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

/** The disk filled up while writing: nothing was left behind. */
export class DiskFullError extends PlainError {
  constructor(readonly path: string) {
    super({
      vi: `Không ghi được tệp "${path}": ổ đĩa đã đầy. Không có tệp nào bị ghi dở.`,
      en: `Cannot write "${path}": the disk is full. No partial file was left.`,
    });
  }
}

/** An output path that is a symbolic link: what it points at could be anything, an input included. */
export class LinkOutputError extends PlainError {
  constructor(readonly path: string) {
    super({
      vi: `"${path}" là một liên kết (symlink), nên không ghi vào đó: hãy chọn một tên tệp thật.`,
      en: `"${path}" is a link, so nothing is written through it: choose the name of a real file.`,
    });
  }
}

/** An output that is, after links, one of the files read: writing it would destroy an input. */
export class OutputIsInputError extends PlainError {
  constructor(readonly path: string) {
    super({
      vi:
        `Tệp "${path}" chính là một trong các tệp đầu vào (qua liên kết), nên không ghi đè lên nó: ` +
        'hãy chọn tên khác.',
      en: `"${path}" is, through a link, one of the input files, so it is not written over: choose another name.`,
    });
  }
}

/** `inputs` are the files read: the output may not be any of them, whatever links join them. */
export async function writeNewFile(
  path: string,
  data: Uint8Array,
  force: boolean,
  inputs: string[] = [],
): Promise<void> {
  await refuseLinkOrInput(path, inputs);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    if (force) await rename(temp, path);
    else await link(temp, path).finally(() => unlink(temp));
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new FileExistsError(path);
    if (code === 'ENOSPC' || code === 'EDQUOT') throw new DiskFullError(path);
    throw new CannotWriteFileError(path, { cause: e });
  }
}

/** Refuses a path that is a link, or the same file (inode) as one of `inputs`. */
export async function refuseLinkOrInput(path: string, inputs: string[]): Promise<void> {
  const itself = await lstat(path).catch(() => undefined);
  if (!itself) return;
  if (itself.isSymbolicLink()) throw new LinkOutputError(path);
  for (const input of inputs) {
    const other = await stat(input).catch(() => undefined);
    if (other && other.dev === itself.dev && other.ino === itself.ino) throw new OutputIsInputError(path);
  }
}

/** Refuses at once a file writeNewFile would refuse at the end: a long batch is not run for nothing. */
export async function refuseExisting(path: string, force: boolean): Promise<void> {
  if (force) return;
  const exists = await lstat(path).then(
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
  const itself = await lstat(path).catch(() => undefined);
  if (!writable || (itself && !itself.isFile() && !itself.isSymbolicLink())) throw new CannotWriteFileError(path);
  if (itself?.isSymbolicLink()) throw new LinkOutputError(path);
}
