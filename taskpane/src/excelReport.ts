/**
 * The pane's cross-check of a written report: the report (.docx, .txt, .md) chosen while the workbook is open
 * is read in the pane and checked against the workbook as Excel holds it now; clicking a finding selects its cell.
 */
import type { CompiledPack, FindingCell, ProseCell, ProseReport } from '../../src/engine/index.js';
import { crosscheckInExcel } from '../../src/office/crosscheckInExcel.js';
import { readReportFile, renderProse } from './proseList.js';
import { $, type Pick, type View } from './view.js';

/** What the report chooser needs of the pane: its view, its pack, its one-at-a-time calls to Excel. */
export interface ReportPane {
  view: View;
  pack: CompiledPack;
  serial<T>(task: () => Promise<T>): Promise<T>;
  pick: Pick;
}

export function reportChooser(pane: ReportPane): void {
  const { view, pack } = pane;
  const input = $<HTMLInputElement>('report-file');
  let shown: ProseReport | undefined;
  const pick = (cells: ProseCell[]) => pane.pick(cells.flatMap(findingCell));
  const draw = () => renderProse($('prose'), pack, shown, view.lang, pick);
  const before = view.onRender;
  view.onRender = () => (before?.(), draw());
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void pane.serial(() =>
      view.busy(
        (s) => s.readingFile(file.name),
        async () => {
          shown = undefined;
          draw();
          shown = await crosscheckInExcel(pack, await readReportFile(file), file.name);
          draw();
          view.status((s) => s.reportChecked(file.name));
        },
      ),
    );
  });
}

function findingCell(c: ProseCell): FindingCell[] {
  return c.address ? [{ ...c, address: c.address, value: c.value ?? null }] : [];
}
