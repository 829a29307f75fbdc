/** `kiembieu template [--pack DIR] --out FILE [--lang vi|en]` */
import type { Lang } from '../../engine/index.js';
import { loadPackDir } from '../../node/loadPackDir.js';
import { writeNewFile } from '../../node/writeNewFile.js';
import { writeTemplate } from '../../xlsx/writeTemplate.js';
import { EXIT, type Io } from '../io.js';

export interface TemplateOptions {
  packDir: string;
  out: string;
  lang: Lang;
  force: boolean;
}

export async function templateAction(opts: TemplateOptions, io: Io): Promise<number> {
  const pack = await loadPackDir(opts.packDir);
  await writeNewFile(opts.out, await writeTemplate(pack.pack, opts.lang), opts.force);
  const { id, version } = pack.pack;
  const sheets = pack.pack.sheets.length;
  io.stdout.write(
    opts.lang === 'vi'
      ? `Đã ghi ${opts.out}: ${sheets} biểu của gói ${id} ${version}.\n`
      : `Wrote ${opts.out}: ${sheets} sheets of pack ${id} ${version}.\n`,
  );
  return EXIT.ok;
}
