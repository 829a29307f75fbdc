/** What the document reader refuses, each said in Vietnamese and English. */
import { PlainError } from '../engine/index.js';

export class UnreadableDocumentError extends PlainError {
  constructor(
    readonly fileName: string,
    options?: ErrorOptions,
  ) {
    super(
      {
        vi: `Tệp "${fileName}" không phải là văn bản Word (.docx) hoặc đã bị hỏng: không mở được.`,
        en: `"${fileName}" is not a Word document (.docx) or is damaged: it cannot be opened.`,
      },
      options,
    );
  }
}

/** A .docx saved with a password is an encrypted container: Word must open it and save it without one. */
export class EncryptedDocumentError extends PlainError {
  constructor(readonly fileName: string) {
    super({
      vi: `Tệp "${fileName}" được đặt mật khẩu: hãy mở bằng Word, bỏ mật khẩu rồi lưu lại dưới dạng .docx.`,
      en: `"${fileName}" is protected by a password: open it in Word, remove the password and save it as .docx.`,
    });
  }
}

/** A Word 97–2003 .doc, or another format: Word must save it again as .docx. */
export class SaveAsDocxError extends PlainError {
  constructor(readonly fileName: string) {
    super({
      vi:
        `Tệp "${fileName}" không được lưu dưới dạng .docx: hãy mở bằng Word và lưu lại dưới dạng Tài liệu Word ` +
        `(.docx).`,
      en: `"${fileName}" is not saved as .docx: open it in Word and save it as a Word Document (.docx).`,
    });
  }
}

export class EmptyDocumentError extends PlainError {
  constructor(readonly fileName: string) {
    super({
      vi: `Tệp "${fileName}" không có chữ nào để đối chiếu.`,
      en: `"${fileName}" holds no text to check.`,
    });
  }
}

export class DocumentTooLargeError extends PlainError {
  constructor(
    readonly fileName: string,
    readonly limitMb: number,
  ) {
    super({
      vi: `Tệp "${fileName}" quá lớn để đối chiếu (giới hạn ${limitMb} MB chữ của văn bản).`,
      en: `"${fileName}" is too large to check (the limit is ${limitMb} MB of document text).`,
    });
  }
}
