/** Moves Excel's selection to a finding's cells: those on the sheet of its first cell. */
import type { FindingCell } from '../engine/index.js';

export async function selectCells(cells: FindingCell[]): Promise<void> {
  const first = cells[0];
  if (!first) return;
  const addresses = cells.filter((c) => c.sheetName === first.sheetName).map((c) => c.address);
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(first.sheetName);
    sheet.activate();
    sheet.getRanges([...new Set(addresses)].join(', ')).select();
    await context.sync();
  });
}
