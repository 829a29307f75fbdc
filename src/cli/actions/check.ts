/** `kiembieu check FOLDER|FILE... [--report FILE.xlsx|FILE.html]... [--format text|json] [--lang vi|en]` */
import { htmlReport } from '../../engine/htmlReport.js';
import type { Lang } from '../../engine/pack.js';
import { listWorkbooks } from '../../node/listWorkbooks.js';
import { loadPackDir } from '../../node/loadPackDir.js';
import { refuseExisting, writeNewFile } from '../../node/writeNewFile.js';
import { writeBatchReport } from '../../xlsx/writeBatchReport.js';
import { formatBatch } from '../formatters/batch.js';
import { formatJson } from '../formatters/json.js';
import { EXIT, type Io } from '../io.js';
import type { Outcome } from '../Outcome.js';
import { progressBar } from '../progress.js';
import { checkFile } from './validate.js';

export interface CheckOptions {
  inputs: string[];
  packDir: string;
  format: 'text' | 'json';
  lang: Lang;
  /** Report files to write, each .xlsx or .html. */
  reports: string[];
  force: boolean;
  /** The time the reports say the batch was checked at (tests fix it). */
  now?: () => Date;
}

export async function checkAction(opts: CheckOptions, io: Io): Promise<number> {
  const pack = await loadPackDir(opts.packDir);
  for (const path of opts.reports) await refuseExisting(path, opts.force);
  const files = await listWorkbooks(opts.inputs, opts.reports);
  const progress = progressBar(io.stderr, files.length);
  const outcomes: Outcome[] = [];
  try {
    // One at a time: a workbook is dropped once checked, only its report is kept — as a copy, since
    // the texts in it may be slices of the workbook's XML and would keep all of it (see detached.ts).
    for (const file of files) {
      outcomes.push(structuredClone(await checkFile(pack, file)));
      progress.tick(file);
    }
  } finally {
    progress.done();
  }
  const at = (opts.now?.() ?? new Date()).toISOString();
  for (const path of opts.reports) {
    const bytes = /\.html?$/i.test(path)
      ? new TextEncoder().encode(htmlReport(pack, outcomes, opts.lang, at))
      : await writeBatchReport(pack, outcomes, opts.lang, at);
    await writeNewFile(path, bytes, opts.force);
  }
  const run = { pack, outcomes };
  io.stdout.write(opts.format === 'json' ? formatJson(run, opts.lang) : formatBatch(outcomes, opts.lang, hint(outcomes, opts)));
  if (outcomes.some((o) => 'error' in o)) return EXIT.unusable;
  return outcomes.some((o) => 'report' in o && o.report.counts.errors > 0) ? EXIT.errors : EXIT.ok;
}

/** Where to read the findings themselves, when there are some and no report was asked for. */
function hint(outcomes: Outcome[], opts: CheckOptions): string | undefined {
  const written = opts.reports.length;
  if (written) {
    return opts.lang === 'vi' ? `Đã ghi báo cáo: ${opts.reports.join(', ')}.` : `Report written: ${opts.reports.join(', ')}.`;
  }
  if (!outcomes.some((o) => 'report' in o && o.report.findings.length)) return undefined;
  return opts.lang === 'vi'
    ? 'Xem từng lỗi: kiembieu validate TỆP, hoặc thêm --report bao-cao.html (hay .xlsx).'
    : 'Each finding: kiembieu validate FILE, or add --report report.html (or .xlsx).';
}
