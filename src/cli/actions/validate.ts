/** `kiembieu validate FILE... [--pack DIR] [--format text|json] [--lang vi|en]` */
import { errorText, validate, type BatchEntry, type CompiledPack, type Lang } from '../../engine/index.js';
import { loadPackDir } from '../../node/loadPackDir.js';
import { readWorkbookFile } from '../../node/readWorkbookFile.js';
import { formatJson } from '../formatters/json.js';
import { formatText } from '../formatters/text.js';
import { EXIT, type Io } from '../io.js';

export interface ValidateOptions {
  files: string[];
  packDir: string;
  format: 'text' | 'json';
  lang: Lang;
}

export async function validateAction(opts: ValidateOptions, io: Io): Promise<number> {
  const pack = await loadPackDir(opts.packDir);
  const outcomes: BatchEntry[] = [];
  for (const file of opts.files) outcomes.push(await checkFile(pack, file));
  const run = { pack, outcomes };
  for (const o of outcomes) if ('error' in o) io.stderr.write(`${o.error[opts.lang]}\n`);
  io.stdout.write(opts.format === 'json' ? formatJson(run, opts.lang) : formatText(run, opts.lang));
  if (outcomes.some((o) => 'error' in o)) return EXIT.unusable;
  return outcomes.some((o) => 'report' in o && o.report.counts.errors > 0) ? EXIT.errors : EXIT.ok;
}

/** Whatever goes wrong with one file is said about that file; the other files are still checked. */
export async function checkFile(pack: CompiledPack, file: string): Promise<BatchEntry> {
  try {
    return { file, report: validate(pack, await readWorkbookFile(file), file) };
  } catch (e) {
    return { file, error: errorText(e, file) };
  }
}
