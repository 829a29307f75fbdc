/** `kiembieu check FOLDER|FILE... [--report FILE.xlsx|FILE.html]... [--format text|json] [--lang vi|en]` */
import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  PlainError,
  checkBatch,
  checkScreenedBatch,
  htmlReport,
  type BatchEntry,
  type CompiledPack,
  type Lang,
  type PreviousFile,
  type UnitFigures,
} from '../../engine/index.js';
import { isBatchReport } from '../../node/batchReportFile.js';
import { fileSource } from '../../node/fileSource.js';
import { listWorkbooks } from '../../node/listWorkbooks.js';
import { loadPackDir } from '../../node/loadPackDir.js';
import { refuseExisting, refuseLinkOrInput, refuseUnwritable, writeNewFile } from '../../node/writeNewFile.js';
import { writeBatchReport } from '../../xlsx/writeBatchReport.js';
import { formatBatch } from '../formatters/batch.js';
import { formatJson } from '../formatters/json.js';
import { EXIT, type Io } from '../io.js';
import { progressBar } from '../progress.js';
import { previousLines } from '../formatters/previousLines.js';
import { unusualLines } from '../formatters/unusual.js';

export interface CheckOptions {
  inputs: string[];
  packDir: string;
  format: 'text' | 'json';
  lang: Lang;
  /** Report files to write, each .xlsx or .html. */
  reports: string[];
  force: boolean;
  /** The units' previous-period workbooks (folders or files), screened against by unit code. */
  previous?: string[];
  /** The time the reports say the batch was checked at (tests fix it). */
  now?: () => Date;
}

/** A report named as one of the files checked, or in a folder checked and not a report: it would be overwritten. */
export class ReportIsInputError extends PlainError {
  constructor(readonly path: string) {
    super({
      vi:
        `Tệp "${path}" là một trong các tệp được kiểm tra, nên không ghi báo cáo đè lên nó: ` +
        'hãy chọn tên khác cho --report.',
      en:
        `"${path}" is one of the files being checked, so the report is not written over it: ` +
        'choose another name for --report.',
    });
  }
}

/** An existing .xlsx that is not a report of check: a workbook, never overwritten, not even with --force. */
export class NotAReportError extends PlainError {
  constructor(readonly path: string) {
    super({
      vi:
        `Tệp "${path}" đã có và không phải báo cáo do lệnh kiểm tra ghi, nên không ghi đè lên nó kể cả khi có ` +
        '--force: hãy chọn tên khác cho --report.',
      en:
        `"${path}" exists and is not a report written by check, so it is not overwritten even with --force: ` +
        'choose another name for --report.',
    });
  }
}

export async function checkAction(opts: CheckOptions, io: Io): Promise<number> {
  const pack = await loadPackDir(opts.packDir);
  for (const path of opts.reports) await refuseUnwritable(path);
  const files = await listWorkbooks(opts.inputs);
  for (const path of opts.reports) await refuseReport(path, files, opts.force);
  const before = opts.previous ? await previousFigures(pack, opts.previous) : undefined;
  const progress = progressBar(io.stderr, files.length);
  const tick = (_done: number, _total: number, file: string) => progress.tick(file);
  const outcomes = await checkScreenedBatch(pack, files, fileSource, tick, before?.files).finally(() =>
    progress.done(),
  );
  const at = (opts.now?.() ?? new Date()).toISOString();
  for (const path of opts.reports) {
    const bytes = /\.html?$/i.test(path)
      ? new TextEncoder().encode(htmlReport(pack, outcomes, opts.lang, at))
      : await writeBatchReport(pack, outcomes, opts.lang, at);
    await writeNewFile(path, bytes, opts.force, files);
  }
  const run = { pack, outcomes };
  const unusualOf = (e: BatchEntry) => [...previousLines(e, opts.lang), ...unusualLines(pack, e, opts.lang)];
  io.stdout.write(
    opts.format === 'json'
      ? formatJson(run, opts.lang)
      : formatBatch(outcomes, opts.lang, hint(outcomes, opts), unusualOf),
  );
  for (const o of before?.unreadable ?? []) io.stderr.write(`${o.error[opts.lang]}\n`);
  if (outcomes.some((o) => 'error' in o)) return EXIT.unusable;
  return outcomes.some((o) => 'report' in o && o.report.counts.errors > 0) ? EXIT.errors : EXIT.ok;
}

/** The previous period's workbooks: their files and figures, and those that could not be checked. */
async function previousFigures(pack: CompiledPack, inputs: string[]) {
  const out = { files: [] as PreviousFile[], unreadable: [] as Extract<BatchEntry, { error: unknown }>[] };
  const figures: (UnitFigures | undefined)[] = [];
  const entries = await checkBatch(pack, await listWorkbooks(inputs), fileSource, undefined, figures);
  entries.forEach((e, i) =>
    'error' in e ? out.unreadable.push(e) : out.files.push({ file: e.file, figures: figures[i]! }),
  );
  return out;
}

/**
 * Before anything is checked: a report is never written over a file being checked, nor over an .xlsx
 * that is not a report of check (a unit's workbook sitting elsewhere); another existing file only with --force.
 */
async function refuseReport(path: string, files: string[], force: boolean): Promise<void> {
  if (files.some((f) => resolve(f) === resolve(path))) throw new ReportIsInputError(path);
  await refuseLinkOrInput(path, files);
  if (/\.xlsx$/i.test(path) && (await exists(path)) && !(await isBatchReport(path))) throw new NotAReportError(path);
  await refuseExisting(path, force);
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Where to read the findings themselves, when there are some and no report was asked for. */
function hint(outcomes: BatchEntry[], opts: CheckOptions): string | undefined {
  const written = opts.reports.length;
  if (written) {
    return opts.lang === 'vi'
      ? `Đã ghi báo cáo: ${opts.reports.join(', ')}.`
      : `Report written: ${opts.reports.join(', ')}.`;
  }
  if (!outcomes.some((o) => 'report' in o && o.report.findings.length)) return undefined;
  return opts.lang === 'vi'
    ? 'Xem từng lỗi: kiembieu validate TỆP, hoặc thêm --report bao-cao.html (hay .xlsx).'
    : 'Each finding: kiembieu validate FILE, or add --report report.html (or .xlsx).';
}
