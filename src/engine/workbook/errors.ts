/** Workbooks the engine cannot check against a pack: another pack's, or none at all. */
import { PlainError } from '../errors.js';

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
