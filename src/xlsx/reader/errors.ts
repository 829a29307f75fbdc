/** Workbooks the values reader refuses: each limit of limits.ts, and packages no program should write. */
import { PlainError } from '../../engine/index.js';
import { LIMITS, megabytes } from './limits.js';

const count = (n: number) => n.toLocaleString('en-US');
const dem = (n: number) => n.toLocaleString('en-US').replaceAll(',', '.');

/** The file itself is larger than a workbook is read at. */
export class FileTooLargeError extends PlainError {
  constructor(readonly file: string) {
    super({
      vi: `Tệp "${file}" lớn hơn ${megabytes(LIMITS.fileBytes)} MB: quá lớn để là một sổ tính biểu mẫu, không đọc.`,
      en: `"${file}" is larger than ${megabytes(LIMITS.fileBytes)} MB: too large for an appendix workbook, not read.`,
    });
  }
}

/** One part, or all the parts together, inflate to more than the limit: a zip bomb or no appendix workbook. */
export class InflatesTooMuchError extends PlainError {
  constructor(
    readonly file: string,
    readonly part: string | undefined,
  ) {
    const [limit, vi, en] =
      part === undefined
        ? [LIMITS.totalBytes, 'các phần của tệp', 'its parts together']
        : [LIMITS.partBytes, `phần "${part}"`, `its part "${part}"`];
    super({
      vi: `Tệp "${file}" bị từ chối: ${vi} giải nén ra hơn ${megabytes(limit)} MB.`,
      en: `"${file}" is refused: ${en} inflate to more than ${megabytes(limit)} MB.`,
    });
  }
}

/** Two zip entries with one part name (letter case and a leading "/" aside): which one counts is unclear. */
export class DuplicatePartError extends PlainError {
  constructor(
    readonly file: string,
    readonly part: string,
  ) {
    super({
      vi: `Tệp "${file}" bị từ chối: phần "${part}" có hai lần trong tệp, không biết bản nào là thật.`,
      en: `"${file}" is refused: it holds the part "${part}" twice, and which one is real cannot be told.`,
    });
  }
}

/** More zip entries, sheets or defined names than the limit. */
export class TooManyError extends PlainError {
  constructor(
    readonly file: string,
    readonly what: 'entries' | 'sheets' | 'definedNames',
  ) {
    const limit = LIMITS[what];
    const words = {
      entries: ['phần', 'parts'],
      sheets: ['trang tính', 'sheets'],
      definedNames: ['tên xác định', 'defined names'],
    }[what];
    super({
      vi: `Tệp "${file}" bị từ chối: có hơn ${dem(limit)} ${words[0]}.`,
      en: `"${file}" is refused: it has more than ${count(limit)} ${words[1]}.`,
    });
  }
}

/** A sheet, or the workbook, holds more cells than the limit. */
export class TooManyCellsError extends PlainError {
  constructor(
    readonly file: string,
    readonly sheet: string | undefined,
  ) {
    super(
      sheet === undefined
        ? {
            vi: `Tệp "${file}" bị từ chối: có hơn ${dem(LIMITS.cells)} ô có nội dung.`,
            en: `"${file}" is refused: it has more than ${count(LIMITS.cells)} cells with content.`,
          }
        : {
            vi: `Tệp "${file}" bị từ chối: trang "${sheet}" có hơn ${dem(LIMITS.cellsPerSheet)} ô có nội dung.`,
            en:
              `"${file}" is refused: sheet "${sheet}" has more than ${count(LIMITS.cellsPerSheet)} cells with ` +
              'content.',
          },
    );
  }
}

/** A cell, or a defined name, beyond row 1,048,576 or column XFD, where Excel has none. */
export class BeyondGridError extends PlainError {
  constructor(
    readonly file: string,
    readonly kind: 'cell' | 'name',
    readonly owner: string,
    readonly ref: string,
  ) {
    const [vi, en] =
      kind === 'cell'
        ? [`trang "${owner}" có ô ${ref}`, `sheet "${owner}" has a cell ${ref}`]
        : [`tên xác định "${owner}" trỏ tới ô ${ref}`, `the defined name "${owner}" points at cell ${ref}`];
    super({
      vi: `Tệp "${file}" bị từ chối: ${vi}, ngoài bảng tính của Excel (1.048.576 dòng, 16.384 cột).`,
      en: `"${file}" is refused: ${en}, beyond Excel's grid (1,048,576 rows, 16,384 columns).`,
    });
  }
}

/** A text longer than a cell of Excel takes. */
export class TextTooLongError extends PlainError {
  constructor(
    readonly file: string,
    readonly part: string,
  ) {
    super({
      vi:
        `Tệp "${file}" bị từ chối: phần "${part}" có một chuỗi dài hơn ${dem(LIMITS.textLength)} ký tự, ` +
        'giới hạn của một ô Excel.',
      en:
        `"${file}" is refused: its part "${part}" holds a text longer than ${count(LIMITS.textLength)} characters, ` +
        'the most an Excel cell takes.',
    });
  }
}

/** Merged ranges that would take too long to resolve. */
export class TooManyMergesError extends PlainError {
  constructor(
    readonly file: string,
    readonly sheet: string,
  ) {
    super({
      vi: `Tệp "${file}" bị từ chối: trang "${sheet}" có quá nhiều ô gộp.`,
      en: `"${file}" is refused: sheet "${sheet}" has too many merged cells.`,
    });
  }
}
