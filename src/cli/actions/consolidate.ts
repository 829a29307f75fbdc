/** `kiembieu consolidate FOLDER|FILE... --out FILE.xlsx [--unit-name …] [--unit-code …] [--period …]` */
import { access } from 'node:fs/promises';
import {
  PlainError,
  UNITS_SHEET,
  consolidateBatch,
  type Consolidated,
  type Lang,
  type UnitIdentity,
} from '../../engine/index.js';
import { fileSource } from '../../node/fileSource.js';
import { listWorkbooks } from '../../node/listWorkbooks.js';
import { loadPackDir } from '../../node/loadPackDir.js';
import { refuseUnwritable, writeNewFile } from '../../node/writeNewFile.js';
import { writeConsolidated } from '../../xlsx/writeConsolidated.js';
import { batchLines } from '../formatters/batch.js';
import { formatJson } from '../formatters/json.js';
import { formatText } from '../formatters/text.js';
import { EXIT, type Io } from '../io.js';
import { progressBar } from '../progress.js';

export interface ConsolidateOptions {
  inputs: string[];
  packDir: string;
  out: string;
  format: 'text' | 'json';
  lang: Lang;
  /** The consolidating unit; the period defaults to the units' own. */
  identity: Partial<UnitIdentity>;
  now?: () => Date;
}

/** consolidate writes a new file or nothing: it never replaces one. */
export class OutExistsError extends PlainError {
  constructor(readonly path: string) {
    super({
      vi: `Tệp "${path}" đã có: lệnh tổng hợp không ghi đè tệp nào. Hãy chọn tên khác cho --out.`,
      en: `"${path}" already exists, and consolidate never replaces a file. Choose another name for --out.`,
    });
  }
}

export async function consolidateAction(opts: ConsolidateOptions, io: Io): Promise<number> {
  const pack = await loadPackDir(opts.packDir);
  if (await exists(opts.out)) throw new OutExistsError(opts.out);
  await refuseUnwritable(opts.out);
  const files = await listWorkbooks(opts.inputs);
  const progress = progressBar(io.stderr, files.length);
  const tick = (_done: number, _total: number, file: string) => progress.tick(file);
  const result = await consolidateBatch(pack, files, fileSource, opts.identity, tick).finally(() => progress.done());
  const at = (opts.now?.() ?? new Date()).toISOString();
  const { bytes, report } = await writeConsolidated(pack, result, opts.lang, at, opts.out);
  await writeNewFile(opts.out, bytes, false, files);
  const run = { pack, outcomes: [{ file: opts.out, report }] };
  if (opts.format === 'json') io.stdout.write(formatJson(run, opts.lang));
  else {
    const head = [...unitLines(result, opts.lang), '', written(opts.out, result, opts.lang), ''];
    io.stdout.write(`${head.join('\n')}\n${formatText(run, opts.lang)}`);
  }
  return report.counts.errors > 0 ? EXIT.errors : EXIT.ok;
}

function unitLines(c: Consolidated, lang: Lang): string[] {
  const head =
    lang === 'vi' ? `Các đơn vị đã tổng hợp (${c.units.length}):` : `Units consolidated (${c.units.length}):`;
  const entries = c.units.map((u) => ({ file: u.file, report: { ...u, counts: { ...u.counts, rules: 0, cells: 0 } } }));
  return [head, ...batchLines(entries, lang).map((l) => `  ${l}`)];
}

/** The sentences after the units' lines, in each language. */
const WRITTEN = {
  vi: {
    wrote: (out: string, units: number, period: string) =>
      `Đã ghi ${out}: tổng hợp ${units} đơn vị${period ? `, kỳ ${period}` : ''}.`,
    blank: (name: boolean, code: boolean) =>
      `${name && code ? 'Tên và mã' : name ? 'Tên' : 'Mã'} của đơn vị tổng hợp để trống: hãy tổng hợp lại với ` +
      `${[name && '--unit-name TÊN', code && '--unit-code MÃ'].filter(Boolean).join(' ')}, hoặc tự điền vào tệp.`,
    manual: (n: number, where: string) =>
      `${n} ô là số liệu của chính cấp tổng hợp, để trống cho bạn tự điền (${where}).`,
    partial: (n: number, where: string) => `${n} ô chỉ gồm các đơn vị có ghi số, vì có đơn vị để trống (${where}).`,
    differs: (n: number, where: string) =>
      `${n} ô để trống vì các đơn vị ghi khác nhau và không có quy tắc tính lại (${where}).`,
    listed: (sheet: string) => `Danh sách đơn vị và các ô này ở trang "${sheet}".`,
  },
  en: {
    wrote: (out: string, units: number, period: string) =>
      `Wrote ${out}: ${units} units consolidated${period ? `, period ${period}` : ''}.`,
    blank: (name: boolean, code: boolean) =>
      `The consolidating unit's ${name && code ? 'name and code are' : name ? 'name is' : 'code is'} left blank: ` +
      `consolidate again with ${[name && '--unit-name NAME', code && '--unit-code CODE'].filter(Boolean).join(' ')}, ` +
      'or fill it in yourself.',
    manual: (n: number, where: string) =>
      `${n} cells are figures of the consolidating level itself, left blank for you to fill in (${where}).`,
    partial: (n: number, where: string) =>
      `${n} cells add up only the units that gave a figure, as some left them blank (${where}).`,
    differs: (n: number, where: string) =>
      `${n} cells are left blank: the units differ and no rule recomputes them (${where}).`,
    listed: (sheet: string) => `The units and these cells are listed on the sheet "${sheet}".`,
  },
} as const;

/** What was written, whether the consolidating unit is named, and which cells are not the sum of every unit. */
function written(out: string, c: Consolidated, lang: Lang): string {
  const words = WRITTEN[lang];
  const { name, code, period } = c.identity;
  const parts = [words.wrote(out, c.units.length, period)];
  if (!name || !code) parts.push(words.blank(!name, !code));
  for (const kind of ['manual', 'partial', 'differs'] as const) {
    const notes = c.notes.filter((n) => n.kind === kind);
    if (notes.length) parts.push(words[kind](notes.length, where(notes)));
  }
  parts.push(words.listed(UNITS_SHEET[lang]));
  return parts.join('\n');
}

/** The first few cells of some notes, by their codes. */
function where(notes: Consolidated['notes']): string {
  const shown = notes.slice(0, 6).map((n) => `${n.sheet} ${n.row} ${n.col}`);
  return shown.join(', ') + (notes.length > 6 ? ', …' : '');
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
