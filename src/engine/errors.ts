/** Misuse the engine refuses outright, said in both languages; data problems in a workbook are findings. */
import type { Text } from './pack.js';

/** An error a clerk can read: one plain sentence in Vietnamese and English; `message` is the English. */
export abstract class PlainError extends Error {
  readonly text: Text;

  constructor(text: Text, options?: ErrorOptions) {
    super(text.en, options);
    this.name = new.target.name;
    this.text = text;
  }
}

/** A pack file that does not follow the format: names the file and the key. */
export class PackError extends PlainError {
  constructor(
    readonly file: string,
    readonly key: string,
    readonly reason: string,
  ) {
    super({
      vi: `Tệp gói biểu mẫu "${file}", khoá ${key || '(gốc)'}: ${reason}.`,
      en: `Pack file "${file}", ${key || 'top level'}: ${reason}.`,
    });
  }
}

/** A workbook made from another pack, or from another version of this one. */
export class WrongPackError extends PlainError {
  constructor(
    readonly file: string,
    readonly found: string,
    readonly expected: string,
  ) {
    super({
      vi: `Tệp "${file}" được tạo từ gói biểu mẫu ${found}, không phải ${expected}: hãy kiểm tra bằng gói đó.`,
      en: `"${file}" was made from template pack ${found}, not ${expected}: check it with that pack.`,
    });
  }
}

/** A workbook that holds none of the pack's sheets. */
export class ForeignWorkbookError extends PlainError {
  constructor(
    readonly file: string,
    readonly pack: string,
  ) {
    super({
      vi: `Tệp "${file}" không có biểu nào của gói biểu mẫu ${pack}: đây không phải tệp biểu mẫu của gói này.`,
      en: `"${file}" holds none of the sheets of template pack ${pack}: it is not one of its workbooks.`,
    });
  }
}
