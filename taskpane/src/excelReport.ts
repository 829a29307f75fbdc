/**
 * The pane's cross-check of a written report: the report (.docx, .txt, .md) chosen while the workbook is open
 * is read in the pane and checked against the workbook as Excel holds it now, and again after every check of
 * the workbook until the clerk removes it; clicking a finding selects its cell.
 */
import type { CompiledPack, FindingCell, ProseCell, RawWorkbook } from '../../src/engine/index.js';
import { WORKBOOK_FILE } from '../../src/office/checkInExcel.js';
import { crosscheckInExcel } from '../../src/office/crosscheckInExcel.js';
import { KeptReport } from './keptReport.js';
import { readReportFile } from './proseList.js';
import { $, type Pick, type View } from './view.js';

/** What the report chooser needs of the pane: its view, its pack, its one-at-a-time calls to Excel. */
export interface ReportPane {
  view: View;
  pack: CompiledPack;
  serial<T>(task: () => Promise<T>): Promise<T>;
  pick: Pick;
}

/** Returns what cross-checks the kept report, if any, against the workbook a check has just read. */
export function reportChooser(pane: ReportPane): (workbook: RawWorkbook) => void {
  const { view, pack } = pane;
  const input = $<HTMLInputElement>('report-file');
  const kept = new KeptReport(view, pack, (cells: ProseCell[]) => pane.pick(cells.flatMap(findingCell)));
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void pane.serial(() =>
      view.busy(
        (s) => s.readingFile(file.name),
        async () => {
          kept.keep(undefined);
          const doc = await readReportFile(file);
          kept.keep(doc, file.name, await crosscheckInExcel(pack, doc, file.name));
          view.status((s) => s.reportChecked(file.name));
        },
      ),
    );
  });
  return (workbook) => kept.check({ file: WORKBOOK_FILE, workbook });
}

function findingCell(c: ProseCell): FindingCell[] {
  return c.address ? [{ ...c, address: c.address, value: c.value ?? null }] : [];
}
