/** Excel data validation of an input cell, by the kind of its column. */
import type { DataValidation } from 'exceljs';
import type { ColumnSpec, Lang } from '../engine/index.js';
import { TEMPLATE_TEXT } from './templateText.js';

/** Bounds wide enough to accept any figure a form holds: the rule only keeps text out. */
const ANY_NUMBER = [-1e12, 1e12];

export function inputValidation(column: ColumnSpec, lang: Lang): DataValidation | undefined {
  const alert = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: TEMPLATE_TEXT.invalidTitle[lang],
  };
  switch (column.kind) {
    case 'count':
      return {
        ...alert,
        type: 'whole',
        operator: 'greaterThanOrEqual',
        formulae: [0],
        error: TEMPLATE_TEXT.wholeOnly[lang],
      };
    case 'number':
    case 'percent':
      return {
        ...alert,
        type: 'decimal',
        operator: 'between',
        formulae: ANY_NUMBER,
        error: TEMPLATE_TEXT.numberOnly[lang],
      };
    case 'text':
      return undefined;
  }
}
