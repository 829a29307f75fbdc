/** `kiembieu consolidate FOLDER|FILE... --out FILE.xlsx [--unit-name …] [--unit-code …] [--period …]` */
import { access } from 'node:fs/promises';
import { ConsolidationRefused, Consolidator, PlainError, UNITS_SHEET, type Consolidated, type Lang, type UnitIdentity } from '../../engine/index.js';
import { listWorkbooks } from '../../node/listWorkbooks.js';
import { loadPackDir } from '../../node/loadPackDir.js';
import { readWorkbookFile } from '../../node/readWorkbookFile.js';
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
  const consolidator = new Consolidator(pack);
  const progress = progressBar(io.stderr, files.length);
  try {
    // One workbook at a time: each is dropped once its figures are added to the running sums.
    for (const file of files) {
      consolidator.add(await readUnit(file), file);
      progress.tick(file);
    }
  } finally {
    progress.done();
  }
  const result = consolidator.result(opts.identity);
  const at = (opts.now?.() ?? new Date()).toISOString();
  const { bytes, report } = await writeConsolidated(pack, result, opts.lang, at, opts.out);
  await writeNewFile(opts.out, bytes, false);
  const run = { pack, outcomes: [{ file: opts.out, report }] };
  if (opts.format === 'json') io.stdout.write(formatJson(run, opts.lang));
  else io.stdout.write(`${[...unitLines(result, opts.lang), '', written(opts.out, result, opts.lang), ''].join('\n')}\n${formatText(run, opts.lang)}`);
  return report.counts.errors > 0 ? EXIT.errors : EXIT.ok;
}

/** A unit's workbook, or the refusal of the whole batch naming it. */
async function readUnit(file: string) {
  try {
    return await readWorkbookFile(file);
  } catch (e) {
    if (e instanceof PlainError) throw ConsolidationRefused.unusable(file, e.text);
    throw e;
  }
}

function unitLines(c: Consolidated, lang: Lang): string[] {
  const head = lang === 'vi' ? `Các đơn vị đã tổng hợp (${c.units.length}):` : `Units consolidated (${c.units.length}):`;
  const entries = c.units.map((u) => ({ file: u.file, report: { ...u, counts: { ...u.counts, rules: 0, cells: 0 } } }));
  return [head, ...batchLines(entries, lang).map((l) => `  ${l}`)];
}

/** What was written, and which cells are not simply the sum of every unit. */
function written(out: string, c: Consolidated, lang: Lang): string {
  const count = (kind: string) => c.notes.filter((n) => n.kind === kind).length;
  const [manual, partial, differs] = [count('manual'), count('partial'), count('differs')];
  const sheet = UNITS_SHEET[lang];
  const where = (kind: string) =>
    c.notes
      .filter((n) => n.kind === kind)
      .slice(0, 6)
      .map((n) => `${n.sheet} ${n.row} ${n.col}`)
      .join(', ') + (c.notes.filter((n) => n.kind === kind).length > 6 ? ', …' : '');
  const period = c.identity.period;
  if (lang === 'vi') {
    const parts = [`Đã ghi ${out}: tổng hợp ${c.units.length} đơn vị${period ? `, kỳ ${period}` : ''}.`];
    if (manual) parts.push(`${manual} ô là số liệu của chính cấp tổng hợp, để trống cho bạn tự điền (${where('manual')}).`);
    if (partial) parts.push(`${partial} ô chỉ gồm các đơn vị có ghi số, vì có đơn vị để trống (${where('partial')}).`);
    if (differs) parts.push(`${differs} ô để trống vì các đơn vị ghi khác nhau và không có quy tắc tính lại (${where('differs')}).`);
    parts.push(`Danh sách đơn vị và các ô này ở trang "${sheet}".`);
    return parts.join('\n');
  }
  const parts = [`Wrote ${out}: ${c.units.length} units consolidated${period ? `, period ${period}` : ''}.`];
  if (manual) parts.push(`${manual} cells are figures of the consolidating level itself, left blank for you to fill in (${where('manual')}).`);
  if (partial) parts.push(`${partial} cells add up only the units that gave a figure, as some left them blank (${where('partial')}).`);
  if (differs) parts.push(`${differs} cells are left blank: the units differ and no rule recomputes them (${where('differs')}).`);
  parts.push(`The units and these cells are listed on the sheet "${sheet}".`);
  return parts.join('\n');
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
