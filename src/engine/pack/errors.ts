/** A pack that cannot be used, said when it is loaded. */
import { PlainError } from '../errors.js';
import type { Text } from './pack.js';
import { PACK_LIMITS, type PackLimit } from './limits.js';

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

const LIMIT_WORDS: Record<PackLimit, { vi: string; en: string }> = {
  files: { vi: 'tệp .json trong thư mục gói', en: '.json files in the pack folder' },
  inputCells: { vi: 'ô nhập liệu', en: 'input cells' },
  rules: { vi: 'quy tắc (sau khi khai triển "for")', en: 'rules (once "for" is expanded)' },
  cellsPerRule: { vi: 'ô mà một quy tắc đọc', en: 'cells read by one rule' },
  ruleCells: { vi: 'ô mà các quy tắc đọc, cộng lại', en: 'cells read by the rules together' },
};

/** A pack beyond one of PACK_LIMITS: refused when loaded, in one sentence naming the file and the limit. */
export class PackTooLargeError extends PlainError {
  constructor(
    readonly file: string,
    readonly limit: PackLimit,
  ) {
    const n = PACK_LIMITS[limit];
    const words = LIMIT_WORDS[limit];
    super({
      vi: `Gói biểu mẫu "${file}" bị từ chối: có hơn ${n.toLocaleString('en-US').replaceAll(',', '.')} ${words.vi}.`,
      en: `The template pack "${file}" is refused: it has more than ${n.toLocaleString('en-US')} ${words.en}.`,
    });
  }
}
