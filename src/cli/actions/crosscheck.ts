/** `kiembieu crosscheck REPORT.docx [WORKBOOK.xlsx] [--pack DIR] [--format text|json] [--lang vi|en]` */
import { crosscheck, errorText, type Lang } from '../../engine/index.js';
import { loadPackDir } from '../../node/loadPackDir.js';
import { readDocumentFile } from '../../node/readDocumentFile.js';
import { readWorkbookFile } from '../../node/readWorkbookFile.js';
import { crosscheckJson } from '../formatters/crosscheckJson.js';
import { crosscheckText } from '../formatters/crosscheckText.js';
import { EXIT, type Io } from '../io.js';

export interface CrosscheckOptions {
  document: string;
  workbook?: string;
  packDir: string;
  format: 'text' | 'json';
  lang: Lang;
}

export async function crosscheckAction(opts: CrosscheckOptions, io: Io): Promise<number> {
  const pack = await loadPackDir(opts.packDir);
  let report;
  try {
    const doc = await readDocumentFile(opts.document);
    const given = opts.workbook ? { file: opts.workbook, workbook: await readWorkbookFile(opts.workbook) } : undefined;
    report = crosscheck(pack, doc, opts.document, given);
  } catch (e) {
    io.stderr.write(`${errorText(e, opts.document)[opts.lang]}\n`);
    return EXIT.unusable;
  }
  io.stdout.write(
    opts.format === 'json' ? crosscheckJson(pack, report, opts.lang) : crosscheckText(pack, report, opts.lang),
  );
  return report.counts.errors > 0 ? EXIT.errors : EXIT.ok;
}
