/** Where a fresh template puts things (1-based, as exceljs counts); inserted rows move what is below. */

export const TEMPLATE_ROWS = { marker: 1, title: 2, subtitle: 3, unit: 4, header: 5 } as const;

export const ROW_CODE_COL = 1;
export const LABEL_COL = 2;
export const FIRST_VALUE_COL = 3;

/** The code row letters the row-code and label columns, as printed forms do. */
export const CODE_ROW_MARKS = ['A', 'B'] as const;
