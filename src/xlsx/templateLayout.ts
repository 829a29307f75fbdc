/** Where a fresh template puts things (1-based, as exceljs counts); inserted rows move what is below. */

export const TEMPLATE_ROWS = { marker: 1, title: 2, subtitle: 3, unit: 4, header: 5 } as const;

/**
 * The first sheet of a pack with an identity has the unit's name, code and period on rows 2-4 (label in
 * the label column, input from the first value column to the last); the rest of its rows move down by 3.
 */
export const IDENTITY_ROWS = { name: 2, code: 3, period: 4 } as const;
export const IDENTITY_SHIFT = 3;

export const ROW_CODE_COL = 1;
export const LABEL_COL = 2;
export const FIRST_VALUE_COL = 3;

/** The code row letters the row-code and label columns, as printed forms do. */
export const CODE_ROW_MARKS = ['A', 'B'] as const;
