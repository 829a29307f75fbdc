/**
 * exceljs merges per-cell data validations into ranges that overlap once a column crosses row 9 to 10
 * (it sorts addresses as strings, exceljs#2820); LibreOffice then keeps only the first range.
 * Handing it column runs as ranges, which it writes untouched, avoids that.
 */
import type { DataValidation, Worksheet } from 'exceljs';

type ValidationModel = Record<string, DataValidation | undefined>;

interface Placed {
  row: number;
  col: number;
  letter: string;
  validation: DataValidation;
}

export function compactValidations(worksheet: Worksheet): void {
  const validations = (worksheet as unknown as { dataValidations: { model: ValidationModel } }).dataValidations;
  const cells = Object.entries(validations.model)
    .flatMap(([address, validation]) =>
      validation ? addresses(worksheet, address).map((cell) => ({ ...cell, validation })) : [],
    )
    .sort((a, b) => a.col - b.col || a.row - b.row);
  const compacted: ValidationModel = {};
  for (const run of columnRuns(cells)) {
    const [first, last] = [run[0], run.at(-1)];
    if (first && last) compacted[`${first.letter}${first.row}:${last.letter}${last.row}`] = first.validation;
  }
  validations.model = compacted;
}

/** The cells of an address or a range, e.g. "C8" or "C8:D10". */
function addresses(worksheet: Worksheet, address: string): Omit<Placed, 'validation'>[] {
  const [from, to = from] = address.split(':').map((corner) => worksheet.getCell(corner ?? ''));
  if (!from || !to) return [];
  const cells: Omit<Placed, 'validation'>[] = [];
  for (let row = Number(from.row); row <= Number(to.row); row++) {
    for (let col = Number(from.col); col <= Number(to.col); col++) {
      cells.push({ row, col, letter: worksheet.getColumn(col).letter });
    }
  }
  return cells;
}

/** Cells sorted by column then row, cut where the column changes, a row is skipped or the validation differs. */
function columnRuns(cells: Placed[]): Placed[][] {
  const runs: Placed[][] = [];
  for (const cell of cells) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    const continues =
      previous &&
      previous.col === cell.col &&
      previous.row === cell.row - 1 &&
      JSON.stringify(previous.validation) === JSON.stringify(cell.validation);
    if (run && continues) run.push(cell);
    else runs.push([cell]);
  }
  return runs;
}
