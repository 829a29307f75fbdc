/**
 * The command line: parses arguments, runs one action, turns every refusal into one sentence and exit 2.
 * Actions are imported when run: mathjs and exceljs take a second or two to load, --help should not.
 */
import { parseArgs } from 'node:util';
import { errorText, type Lang } from '../engine/index.js';
import { defaultPackDir } from '../node/defaultPackDir.js';
import { EXIT, type Io } from './io.js';
import { USAGE } from './usage.js';
import { UsageError } from './UsageError.js';

const OPTIONS = {
  pack: { type: 'string' },
  out: { type: 'string' },
  report: { type: 'string', multiple: true },
  'unit-name': { type: 'string' },
  'unit-code': { type: 'string' },
  period: { type: 'string' },
  format: { type: 'string', default: 'text' },
  lang: { type: 'string', default: 'vi' },
  force: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

export async function run(argv: string[], io: Io, version = '0.0.0'): Promise<number> {
  let lang = langHint(argv);
  try {
    const { values, positionals } = parseArguments(argv);
    lang = oneOf(values.lang, ['vi', 'en'] as const, '--lang');
    if (values.help) return say(io, USAGE);
    if (values.version) return say(io, `${version}\n`);
    const [command, ...files] = positionals;
    const packDir = values.pack ?? defaultPackDir;
    if (command === 'validate') {
      if (!files.length) throw new UsageError('Name at least one workbook to validate.', 'Hãy nêu ít nhất một tệp để kiểm tra.');
      const format = oneOf(values.format, ['text', 'json'] as const, '--format');
      const { validateAction } = await import('./actions/validate.js');
      return await validateAction({ files, packDir, format, lang }, io);
    }
    if (command === 'template') {
      if (!values.out) throw new UsageError('Say where to write the template with --out FILE.', 'Hãy chỉ nơi ghi biểu mẫu bằng --out TỆP.');
      const { templateAction } = await import('./actions/template.js');
      return await templateAction({ packDir, out: values.out, lang, force: values.force }, io);
    }
    if (command === 'check') {
      if (!files.length) throw new UsageError('Name a folder or the workbooks to check.', 'Hãy nêu thư mục hoặc các tệp cần kiểm tra.');
      const format = oneOf(values.format, ['text', 'json'] as const, '--format');
      const reports = values.report ?? [];
      const odd = reports.find((r) => !/\.(xlsx|html?)$/i.test(r));
      if (odd !== undefined) throw new UsageError(`--report takes a file ending in .xlsx or .html, not "${odd}".`, `--report nhận tệp có đuôi .xlsx hoặc .html, không nhận "${odd}".`);
      const { checkAction } = await import('./actions/check.js');
      return await checkAction({ inputs: files, packDir, format, lang, reports, force: values.force }, io);
    }
    if (command === 'consolidate') {
      if (!files.length) throw new UsageError('Name a folder or the workbooks to consolidate.', 'Hãy nêu thư mục hoặc các tệp cần tổng hợp.');
      if (!values.out || !/\.xlsx$/i.test(values.out)) {
        throw new UsageError('Say where to write the consolidated workbook with --out FILE.xlsx.', 'Hãy chỉ nơi ghi tệp tổng hợp bằng --out TỆP.xlsx.');
      }
      if (values.force) throw new UsageError('consolidate never replaces a file: choose a new name for --out.', 'Lệnh tổng hợp không ghi đè tệp: hãy chọn tên mới cho --out.');
      const format = oneOf(values.format, ['text', 'json'] as const, '--format');
      const identity = { name: values['unit-name'], code: values['unit-code'], period: values.period };
      const given = Object.fromEntries(Object.entries(identity).filter(([, v]) => v !== undefined).map(([k, v]) => [k, v!.trim()]));
      const { consolidateAction } = await import('./actions/consolidate.js');
      return await consolidateAction({ inputs: files, packDir, out: values.out, format, lang, identity: given }, io);
    }
    if (command === undefined) return say(io, USAGE);
    throw new UsageError(`Unknown command "${command}".`, `Không có lệnh "${command}".`);
  } catch (e) {
    io.stderr.write(`${sentence(e, lang)}\n`);
    return EXIT.unusable;
  }
}

/** The language asked for, known even when the rest of the line cannot be parsed. */
function langHint(argv: string[]): Lang {
  const i = argv.indexOf('--lang');
  return (i >= 0 && argv[i + 1] === 'en') || argv.includes('--lang=en') ? 'en' : 'vi';
}

function parseArguments(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`${(e as Error).message}.`, `Tham số không hợp lệ: ${(e as Error).message}.`);
  }
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} takes ${allowed.join(' or ')}, not "${value}".`, `${flag} nhận ${allowed.join(' hoặc ')}, không nhận "${value}".`);
}

function say(io: Io, text: string): number {
  io.stdout.write(text);
  return EXIT.ok;
}

/** A refusal we expect is its own sentence; anything else is still one line, never a stack trace. */
function sentence(e: unknown, lang: Lang): string {
  return errorText(e)[lang];
}
