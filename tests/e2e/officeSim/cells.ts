/** How a cell reads through the API (values, valueTypes, formulas) and how written input lands in it. */
import { simError } from './errors.js';
import type { Cell, CellValue } from './model.js';

export type ApiValue = number | string | boolean;
export type ValueType = 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';

const ERROR_LITERALS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
]);

/** Range.values of one cell: '' when empty, '#REF!' for an error. */
export function apiValue(cell: Cell | undefined): ApiValue {
  const value = cell?.value;
  if (value === undefined) return '';
  return typeof value === 'object' ? value.error : value;
}

export function valueType(cell: Cell | undefined): ValueType {
  const value = cell?.value;
  if (value === undefined) return 'Empty';
  if (typeof value === 'object') return 'Error';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return value === '' ? 'Empty' : 'String';
}

export function apiFormula(cell: Cell | undefined): ApiValue {
  return cell?.formula ?? apiValue(cell);
}

export function apiNumberFormat(cell: Cell | undefined): string {
  return cell?.numberFormat ?? 'General';
}

/** What the handle's `cell()` reports: null when empty. */
export function plainValue(cell: Cell | undefined): number | string | boolean | null {
  const value = apiValue(cell);
  return value === '' ? null : value;
}

/**
 * Writes one entry of `values` or `formulas` as Excel takes it from the API: null leaves the cell alone,
 * '' clears it, '=…' is a formula (its value is not calculated: the cell keeps its last value), a leading
 * apostrophe keeps text as text, and text that reads as an invariant number, percentage, TRUE/FALSE or
 * an error literal becomes that value unless the cell is formatted as text ('@').
 * Returns false when the entry was null (nothing written).
 */
export function writeInput(cell: Cell, input: unknown, where: string): boolean {
  if (input === null || input === undefined) return false;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw simError('InvalidArgument', `${input} cannot be written to a cell.`, where);
    setConstant(cell, input);
    return true;
  }
  if (typeof input === 'boolean') {
    setConstant(cell, input);
    return true;
  }
  if (typeof input !== 'string')
    throw simError('InvalidArgument', `${JSON.stringify(input)} is not a cell value.`, where);
  if (input === '') {
    cell.value = undefined;
    cell.formula = undefined;
    return true;
  }
  if (input.startsWith('=') && input.length > 1) {
    cell.formula = input;
    return true;
  }
  if (input.startsWith("'")) {
    setConstant(cell, input.slice(1));
    return true;
  }
  setConstant(cell, cell.numberFormat === '@' ? input : parseTyped(cell, input));
  return true;
}

/** Stores a value exactly as given (the handle's `type`, and the xlsx reader): no parsing. */
export function setConstant(cell: Cell, value: CellValue | undefined): void {
  cell.formula = undefined;
  cell.value = value === '' ? undefined : value;
}

function parseTyped(cell: Cell, text: string): CellValue {
  const trimmed = text.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) return Number(trimmed);
  const percent = /^([+-]?(?:\d+\.?(\d*)|\.(\d+)))\s*%$/.exec(trimmed);
  if (percent) {
    const decimals = (percent[2] ?? percent[3] ?? '').length;
    if (!cell.numberFormat || cell.numberFormat === 'General')
      cell.numberFormat = decimals ? `0.${'0'.repeat(decimals)}%` : '0%';
    return Number(percent[1]) / 100;
  }
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return upper === 'TRUE';
  if (ERROR_LITERALS.has(upper)) return { error: upper };
  return text;
}
