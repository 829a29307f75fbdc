/** Misuse the engine refuses outright, in both languages; data problems in a workbook are findings. */

/** An error whose plain sentence a clerk can read, in Vietnamese (`vi`) and English (`message`). */
export abstract class PlainError extends Error {
  abstract readonly vi: string;
}

/** A pack file that does not follow the format: names the file and the key. */
export class PackError extends PlainError {
  readonly vi: string;
  constructor(
    readonly file: string,
    readonly key: string,
    readonly reason: string,
  ) {
    super(`Pack file "${file}", ${key || 'top level'}: ${reason}.`);
    this.vi = `Tệp gói biểu mẫu "${file}", khoá ${key || '(gốc)'}: ${reason}.`;
    this.name = 'PackError';
  }
}

/** A workbook made from another pack, or from another version of this one. */
export class WrongPackError extends PlainError {
  readonly vi: string;
  constructor(
    readonly file: string,
    readonly found: string,
    readonly expected: string,
  ) {
    super(`"${file}" was made from template pack ${found}, not ${expected}: check it with that pack.`);
    this.vi = `Tệp "${file}" được tạo từ gói biểu mẫu ${found}, không phải ${expected}: hãy kiểm tra bằng gói đó.`;
    this.name = 'WrongPackError';
  }
}

/** A workbook that holds none of the pack's sheets. */
export class ForeignWorkbookError extends PlainError {
  readonly vi: string;
  constructor(
    readonly file: string,
    readonly pack: string,
  ) {
    super(`"${file}" holds none of the sheets of template pack ${pack}: it is not one of its workbooks.`);
    this.vi = `Tệp "${file}" không có biểu nào của gói biểu mẫu ${pack}: đây không phải tệp biểu mẫu của gói này.`;
    this.name = 'ForeignWorkbookError';
  }
}
