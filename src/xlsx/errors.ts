/** What the xlsx adapter refuses, each said in Vietnamese and English (`text`; `message` is the English). */
import { PlainError } from '../engine/errors.js';

export class UnreadableWorkbookError extends PlainError {
  constructor(readonly fileName: string, options?: ErrorOptions) {
    super(
      {
        vi: `Tệp "${fileName}" không phải là sổ tính Excel (.xlsx) hoặc đã bị hỏng: không mở được.`,
        en: `"${fileName}" is not an Excel workbook (.xlsx) or is damaged: it cannot be opened.`,
      },
      options,
    );
  }
}

export class MissingSheetError extends PlainError {
  constructor(readonly sheetCode: string) {
    super({
      vi: `Sổ tính không có biểu mã "${sheetCode}".`,
      en: `The workbook has no sheet with code "${sheetCode}".`,
    });
  }
}

export class MissingCodeRowError extends PlainError {
  constructor(readonly sheetName: string) {
    super({
      vi: `Trang "${sheetName}" không có dòng mã cột (dòng bắt đầu bằng "A", "B").`,
      en: `Sheet "${sheetName}" has no column-code row (the row that starts "A", "B").`,
    });
  }
}

export class MissingRowError extends PlainError {
  constructor(
    readonly sheetCode: string,
    readonly rowCode: string,
  ) {
    super({
      vi: `Biểu "${sheetCode}" không có dòng mã "${rowCode}".`,
      en: `Sheet "${sheetCode}" has no row with code "${rowCode}".`,
    });
  }
}

export class MissingColumnError extends PlainError {
  constructor(
    readonly sheetCode: string,
    readonly colCode: string,
  ) {
    super({
      vi: `Biểu "${sheetCode}" không có cột mã "${colCode}".`,
      en: `Sheet "${sheetCode}" has no column with code "${colCode}".`,
    });
  }
}

/** A code the caller used that the pack does not describe. */
export class NotInPackError extends PlainError {
  constructor(readonly path: string) {
    super({
      vi: `Bộ biểu mẫu không có "${path}".`,
      en: `The template pack has no "${path}".`,
    });
  }
}

/** A row of the pack lists as input a column its sheet does not have. */
export class UnknownInputError extends PlainError {
  constructor(
    readonly sheetCode: string,
    readonly rowCode: string,
    readonly colCode: string,
  ) {
    super({
      vi: `Dòng "${rowCode}" của biểu "${sheetCode}" nhập vào cột "${colCode}", nhưng biểu không có cột này.`,
      en: `Row "${rowCode}" of sheet "${sheetCode}" takes input in column "${colCode}", which the sheet lacks.`,
    });
  }
}
