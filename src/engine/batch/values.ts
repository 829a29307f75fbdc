/** Figures to put in a workbook, addressed by codes: values[sheetCode][rowCode][colCode]. */
export type FigureInput = number | string | null;

export type FiguresByCode = Record<string, Record<string, Record<string, FigureInput>>>;
