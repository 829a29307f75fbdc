/**
 * The bytes of a regular file, opened without blocking and checked to be one before a byte is read: a
 * FIFO, a device (a link to /dev/zero) or a folder named like a workbook is refused, never waited on.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { PlainError } from '../engine/index.js';
import { CannotReadFileError } from './CannotReadFileError.js';

/** A path that names a device, a pipe, a socket or a folder where a file was expected. */
export class NotAFileError extends PlainError {
  constructor(readonly path: string) {
    super({
      vi: `"${path}" không phải là một tệp thông thường (mà là thư mục, thiết bị hoặc đường ống), nên không đọc.`,
      en: `"${path}" is not a regular file (it is a folder, a device or a pipe), so it is not read.`,
    });
  }
}

/** A file larger than what is read of its kind. */
export class FileTooLargeToReadError extends PlainError {
  constructor(
    readonly path: string,
    readonly limit: number,
  ) {
    const mb = Math.round(limit / (1024 * 1024));
    super({
      vi: `Tệp "${path}" lớn hơn ${mb} MB, nên không đọc.`,
      en: `"${path}" is larger than ${mb} MB, so it is not read.`,
    });
  }
}

export async function readRegularFile(path: string, limit: number): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK).catch((e: unknown) => {
    throw (e as NodeJS.ErrnoException).code === 'EISDIR'
      ? new NotAFileError(path)
      : new CannotReadFileError(path, { cause: e });
  });
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new NotAFileError(path);
    if (info.size > limit) throw new FileTooLargeToReadError(path, limit);
    const bytes = new Uint8Array(info.size);
    let at = 0;
    while (at < bytes.length) {
      const { bytesRead } = await handle.read(bytes, at, bytes.length - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return at === bytes.length ? bytes : bytes.subarray(0, at);
  } catch (e) {
    if (e instanceof PlainError) throw e;
    throw new CannotReadFileError(path, { cause: e });
  } finally {
    await handle.close();
  }
}
