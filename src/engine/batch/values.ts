/** Figures to put in a workbook, addressed by codes: values[sheetCode][rowCode][colCode]. */
export type CellInput = number | string | null;

export type Values = Record<string, Record<string, Record<string, CellInput>>>;
