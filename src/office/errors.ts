/** What the pane refuses to do to a workbook, in one sentence each; nothing is changed when they are thrown. */
import { PlainError } from '../engine/index.js';

const list = (names: string[]) => names.map((n) => `"${n}"`).join(', ');

/** Inserting the templates would overwrite sheets of the same name. */
export class SheetsExistError extends PlainError {
  constructor(readonly names: string[]) {
    super({
      vi:
        `Sổ tính đã có trang ${list(names)}: không chèn biểu mẫu để khỏi ghi đè số liệu đã nhập. ` +
        'Hãy đổi tên hoặc xoá các trang đó nếu muốn chèn lại.',
      en:
        `The workbook already has the sheets ${list(names)}: the templates were not inserted, ` +
        'so nothing typed is overwritten. Rename or delete those sheets to insert them again.',
    });
  }
}

/** The workbook structure is protected: sheets cannot be added. */
export class WorkbookLockedError extends PlainError {
  constructor() {
    super({
      vi:
        'Cấu trúc sổ tính đang được bảo vệ nên không thêm được trang: ' +
        'hãy bỏ bảo vệ sổ tính (Xem lại > Bảo vệ sổ làm việc) rồi thử lại.',
      en:
        'The workbook structure is protected, so no sheet can be added: ' +
        'unprotect the workbook (Review > Protect Workbook) and try again.',
    });
  }
}

/** Sheets protected against formatting: their cells cannot be highlighted. */
export class FillsLockedError extends PlainError {
  constructor(readonly names: string[]) {
    super({
      vi:
        `Trang ${list(names)} đang khoá không cho định dạng ô nên không tô màu được các ô có sai sót; ` +
        'danh sách vẫn đầy đủ. Hãy bỏ khoá trang (Xem lại > Bỏ bảo vệ trang tính) để tô màu.',
      en:
        `The sheets ${list(names)} are protected against formatting, so their cells were not highlighted; ` +
        'the list is complete. Unprotect them (Review > Unprotect Sheet) to see highlights.',
    });
  }
}

/** The host could not hand over the file's bytes. */
export class FileUnavailableError extends PlainError {
  constructor(reason: string) {
    super({
      vi:
        `Excel không cho lấy nội dung tệp để tải về (${reason}). Kết quả đã được ghi vào sổ tính: ` +
        'hãy lưu tệp như thường lệ.',
      en:
        `Excel did not hand over the file to download (${reason}). The results are written in the workbook: ` +
        'save it as usual.',
    });
  }
}

const at = (sheetName: string, address: string) => `'${sheetName}'!${address}`;

/** The cell no longer holds what the pane read or wrote: the clerk changed it meanwhile. */
export class CellChangedError extends PlainError {
  constructor(sheetName: string, address: string) {
    super({
      vi:
        `Ô ${at(sheetName, address)} đã được sửa sau lần kiểm tra nên không ghi gì vào ô: ` +
        'hãy bấm Kiểm tra để xem gợi ý cho số liệu đang có.',
      en:
        `The cell ${at(sheetName, address)} was changed after the check, so nothing was written into it: ` +
        'press Check to see suggestions for the figures it holds now.',
    });
  }
}

/** The cell holds a formula: a value written over it would lose the formula. */
export class FormulaCellError extends PlainError {
  constructor(sheetName: string, address: string) {
    super({
      vi:
        `Ô ${at(sheetName, address)} chứa công thức nên không ghi số vào để khỏi mất công thức: ` +
        'hãy sửa các ô mà công thức lấy số liệu.',
      en:
        `The cell ${at(sheetName, address)} holds a formula, so no number was written over it: ` +
        'correct the cells the formula reads.',
    });
  }
}

/** The cell is locked on a protected sheet. */
export class CellLockedError extends PlainError {
  constructor(sheetName: string, address: string) {
    super({
      vi:
        `Trang "${sheetName}" đang được bảo vệ nên không ghi được vào ô ${address}: ` +
        'hãy bỏ bảo vệ trang (Xem lại > Bỏ bảo vệ trang tính) rồi thử lại.',
      en:
        `The sheet "${sheetName}" is protected, so nothing can be written into ${address}: ` +
        'unprotect it (Review > Unprotect Sheet) and try again.',
    });
  }
}
