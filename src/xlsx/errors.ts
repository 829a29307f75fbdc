/** What the xlsx adapter refuses, each said in Vietnamese and English (`text`; `message` is the English). */
import { PlainError } from '../engine/index.js';
import { OTHER_SPREADSHEET } from './otherSpreadsheet.js';

export class UnreadableWorkbookError extends PlainError {
  constructor(
    readonly fileName: string,
    options?: ErrorOptions,
  ) {
    super(
      {
        vi: `Tệp "${fileName}" không phải là sổ tính Excel (.xlsx) hoặc đã bị hỏng: không mở được.`,
        en: `"${fileName}" is not an Excel workbook (.xlsx) or is damaged: it cannot be opened.`,
      },
      options,
    );
  }
}

/** A spreadsheet saved in another format (.xls, .ods, …): the unit has to save it again as .xlsx. */
export class SaveAsXlsxError extends PlainError {
  constructor(
    readonly fileName: string,
    options?: ErrorOptions,
  ) {
    const ext = /\.[^./\\]*$/.exec(fileName)?.[0].toLowerCase() ?? '';
    super(
      {
        vi:
          `Tệp "${fileName}" được lưu dạng ${ext}, không phải .xlsx: ` +
          'hãy mở tệp và lưu lại dưới dạng Sổ làm việc Excel (.xlsx).',
        en: `"${fileName}" is saved as ${ext}, not .xlsx: open it and save it as an Excel Workbook (.xlsx).`,
      },
      options,
    );
  }
}

/** The bytes could not be read as xlsx: a file named as another format is said to be one, and to save as .xlsx. */
export function unreadableAs(fileName: string, cause?: unknown): UnreadableWorkbookError | SaveAsXlsxError {
  const options = cause === undefined ? undefined : { cause };
  return OTHER_SPREADSHEET.test(fileName)
    ? new SaveAsXlsxError(fileName, options)
    : new UnreadableWorkbookError(fileName, options);
}

/** A cell the pack has that the workbook lacks: its sheet, row or column code was not found. */
export class NoCellError extends PlainError {
  constructor(
    readonly sheetCode: string,
    readonly rowCode: string,
    readonly colCode: string,
  ) {
    super({
      vi: `Sổ tính không có ô ${sheetCode}['${rowCode}', '${colCode}']: không tìm thấy mã biểu, mã dòng hoặc mã cột.`,
      en:
        `The workbook has no cell ${sheetCode}['${rowCode}', '${colCode}']: its sheet, ` +
        'row or column code is not there.',
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

/** A workbook whose template has no cell for the reporting unit's name, code or period. */
export class NoIdentityCellError extends PlainError {
  constructor(readonly definedName: string) {
    super({
      vi:
        `Sổ tính không có ô ghi thông tin đơn vị báo cáo (tên xác định ${definedName}): ` +
        'gói biểu mẫu không khai báo "identity".',
      en:
        `The workbook has no cell for the reporting unit's identity (defined name ${definedName}): ` +
        'its pack declares no "identity".',
    });
  }
}
