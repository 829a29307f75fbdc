import { PlainError } from '../engine/index.js';

/** A path that names no readable file. */
export class CannotReadFileError extends PlainError {
  constructor(
    readonly path: string,
    options?: ErrorOptions,
  ) {
    super(
      {
        vi: `Không đọc được tệp "${path}": tệp không tồn tại hoặc không có quyền đọc.`,
        en: `Cannot read "${path}": the file does not exist or may not be read.`,
      },
      options,
    );
  }
}
