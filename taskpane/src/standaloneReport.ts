/**
 * The page's written report: dropped with its workbook, or alone, it is kept and cross-checked against the one
 * workbook opened then and against every one opened after it, until the clerk removes it.
 */
import { isReportFile, readReportFile } from './proseList.js';
import { KeptReport } from './keptReport.js';
import { bytesOf, type StandalonePage } from './standalonePage.js';

export class StandaloneReport {
  private readonly kept: KeptReport;

  constructor(private readonly page: StandalonePage) {
    this.kept = new KeptReport(page.view, page.pack);
  }

  /** Keeps the report among the files dropped; returns the other files, or nothing when it could not be read. */
  async take(all: File[]): Promise<File[] | undefined> {
    const report = all.find(isReportFile);
    const files = all.filter((f) => !isReportFile(f));
    if (!report) return files;
    const read = await this.page.view.busy(
      (s) => s.readingFile(report.name),
      async () => {
        this.kept.keep(await readReportFile(report), report.name);
        return true;
      },
    );
    return read ? files : undefined;
  }

  /** Cross-checks the kept report against the workbook opened, or against itself when none (or a batch) is. */
  check(): Promise<void> {
    const { kept, page } = this;
    const file = page.opened?.file;
    const name = kept.name;
    if (name === undefined) return Promise.resolve();
    return page.view.busy(
      (s) => s.readingFile(name),
      async () => {
        if (!file) return kept.check();
        const { readWorkbook } = await import('../../src/xlsx/readWorkbook.js');
        kept.check({ file: file.name, workbook: await readWorkbook(await bytesOf(file), file.name) });
      },
    );
  }
}
