/** `kiembieu validate FILE... [--pack DIR] [--format text|json] [--lang vi|en]` */
import { checkBatch, type Lang } from '../../engine/index.js';
import { fileSource } from '../../node/fileSource.js';
import { loadPackDir } from '../../node/loadPackDir.js';
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
  const outcomes = await checkBatch(pack, opts.files, fileSource);
  const run = { pack, outcomes };
  for (const o of outcomes) if ('error' in o) io.stderr.write(`${o.error[opts.lang]}\n`);
  io.stdout.write(opts.format === 'json' ? formatJson(run, opts.lang) : formatText(run, opts.lang));
  if (outcomes.some((o) => 'error' in o)) return EXIT.unusable;
  return outcomes.some((o) => 'report' in o && o.report.counts.errors > 0) ? EXIT.errors : EXIT.ok;
}
