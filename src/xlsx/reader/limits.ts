/**
 * How much of a workbook is read before it is refused, checked while reading so that no file can make
 * the reader hang or fill the memory. Excel's own grid bounds rows and columns; the rest are far above
 * any appendix workbook and far below what would exhaust a clerk's computer.
 */
export const LIMITS = {
  /** Bytes of the .xlsx file as stored. */
  fileBytes: 50 * 1024 * 1024,
  /** Entries in its zip. */
  entries: 10_000,
  /** Bytes one part (a sheet, the shared strings) inflates to. */
  partBytes: 32 * 1024 * 1024,
  /** Bytes all the parts read inflate to together. */
  totalBytes: 96 * 1024 * 1024,
  sheets: 1_000,
  /** Excel's grid: 1,048,576 rows by 16,384 columns (A to XFD). */
  rows: 1_048_576,
  columns: 16_384,
  /** Cells holding something, in one sheet and in the whole workbook. */
  cellsPerSheet: 2_000_000,
  cells: 3_000_000,
  /** Characters of one text, as in Excel's cells. */
  textLength: 32_767,
  definedNames: 10_000,
  /** Cells looked at to drop those a merge hides. */
  mergeWork: 20_000_000,
} as const;

/** A size in MB as the sentences say it. */
export function megabytes(bytes: number): string {
  return String(Math.round(bytes / (1024 * 1024)));
}
