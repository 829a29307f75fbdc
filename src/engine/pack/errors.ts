/** A pack that cannot be used, said when it is loaded. */
import { PlainError } from '../errors.js';
import type { Text } from './pack.js';

/** A pack file that does not follow the format: names the file and the key. */
export class PackError extends PlainError {
  constructor(
    readonly file: string,
    readonly key: string,
    readonly reason: Text,
  ) {
    super({
      vi: `Tệp gói biểu mẫu "${file}", khoá ${key || '(gốc)'}: ${reason.vi}.`,
      en: `Pack file "${file}", ${key || 'top level'}: ${reason.en}.`,
    });
  }
}
