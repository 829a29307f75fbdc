/**
 * The command line: parses arguments, runs one action, turns every refusal into one sentence and exit 2.
 * Actions are imported when run: exceljs takes a while to load, --help should not.
 */
import { errorText, type Lang } from '../engine/index.js';
import { defaultPackDir } from '../node/defaultPackDir.js';
import { langHint, parseCommandLine, type Values } from './commandLine.js';
import { NotOneOfError, UsageError } from './errors.js';
import { EXIT, type Io } from './io.js';
import { USAGE } from './usage.js';

export async function run(argv: string[], io: Io, version = '0.0.0'): Promise<number> {
  let lang = langHint(argv);
  try {
    const { command, files, values } = parseCommandLine(argv);
    lang = oneOf(values.lang, ['vi', 'en'] as const, '--lang');
    if (values.help) return say(io, USAGE);
    if (values.version) return say(io, `${version}\n`);
    if (command === undefined) return say(io, USAGE);
    const act = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!act) throw new UsageError({ vi: `Không có lệnh "${command}".`, en: `Unknown command "${command}".` });
    return await act({ files, values, lang, packDir: values.pack ?? defaultPackDir }, io);
  } catch (e) {
    io.stderr.write(`${sentence(e, lang)}\n`);
    return EXIT.unusable;
  }
}

interface CommandLine {
  files: string[];
  values: Values;
  lang: Lang;
  packDir: string;
}

const COMMANDS: Readonly<Record<string, (line: CommandLine, io: Io) => Promise<number>>> = {
  async validate({ files, values, lang, packDir }, io) {
    if (!files.length) {
      throw new UsageError({
        vi: 'Hãy nêu ít nhất một tệp để kiểm tra.',
        en: 'Name at least one workbook to validate.',
      });
    }
    const format = oneOf(values.format, ['text', 'json'] as const, '--format');
    const { validateAction } = await import('./actions/validate.js');
    return validateAction({ files, packDir, format, lang }, io);
  },

  async template({ values, lang, packDir }, io) {
    if (!values.out) {
      throw new UsageError({
        vi: 'Hãy chỉ nơi ghi biểu mẫu bằng --out TỆP.',
        en: 'Say where to write the template with --out FILE.',
      });
    }
    const { templateAction } = await import('./actions/template.js');
    return templateAction({ packDir, out: values.out, lang, force: values.force }, io);
  },

  async check({ files, values, lang, packDir }, io) {
    if (!files.length) {
      throw new UsageError({
        vi: 'Hãy nêu thư mục hoặc các tệp cần kiểm tra.',
        en: 'Name a folder or the workbooks to check.',
      });
    }
    const format = oneOf(values.format, ['text', 'json'] as const, '--format');
    const reports = values.report ?? [];
    const odd = reports.find((r) => !/\.(xlsx|html?)$/i.test(r));
    if (odd !== undefined) {
      throw new UsageError({
        vi: `--report nhận tệp có đuôi .xlsx hoặc .html, không nhận "${odd}".`,
        en: `--report takes a file ending in .xlsx or .html, not "${odd}".`,
      });
    }
    const { checkAction } = await import('./actions/check.js');
    const previous = values.previous;
    return checkAction(
      { inputs: files, packDir, format, lang, reports, force: values.force, ...(previous ? { previous } : {}) },
      io,
    );
  },

  async consolidate({ files, values, lang, packDir }, io) {
    if (!files.length) {
      throw new UsageError({
        vi: 'Hãy nêu thư mục hoặc các tệp cần tổng hợp.',
        en: 'Name a folder or the workbooks to consolidate.',
      });
    }
    if (!values.out || !/\.xlsx$/i.test(values.out)) {
      throw new UsageError({
        vi: 'Hãy chỉ nơi ghi tệp tổng hợp bằng --out TỆP.xlsx.',
        en: 'Say where to write the consolidated workbook with --out FILE.xlsx.',
      });
    }
    if (values.force) {
      throw new UsageError({
        vi: 'Lệnh tổng hợp không ghi đè tệp: hãy chọn tên mới cho --out.',
        en: 'consolidate never replaces a file: choose a new name for --out.',
      });
    }
    const format = oneOf(values.format, ['text', 'json'] as const, '--format');
    const named = { name: values['unit-name'], code: values['unit-code'], period: values.period };
    const identity = Object.fromEntries(
      Object.entries(named).flatMap(([k, v]) => (v === undefined ? [] : [[k, v.trim()]])),
    );
    const { consolidateAction } = await import('./actions/consolidate.js');
    return consolidateAction({ inputs: files, packDir, out: values.out, format, lang, identity }, io);
  },

  async crosscheck({ files, values, lang, packDir }, io) {
    const [document, workbook, ...more] = files;
    if (!document || more.length) {
      throw new UsageError({
        vi: 'Hãy nêu tệp báo cáo (.docx, .txt hoặc .md) và, để đối chiếu với biểu, tệp sổ tính.',
        en: 'Name the report (.docx, .txt or .md) and, to check it against its sheets, the workbook.',
      });
    }
    const format = oneOf(values.format, ['text', 'json'] as const, '--format');
    const { crosscheckAction } = await import('./actions/crosscheck.js');
    return crosscheckAction({ document, ...(workbook ? { workbook } : {}), packDir, format, lang }, io);
  },
};

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new NotOneOfError(flag, allowed, value);
}

function say(io: Io, text: string): number {
  io.stdout.write(text);
  return EXIT.ok;
}

/** A refusal we expect is its own sentence; anything else is still one line, never a stack trace. */
function sentence(e: unknown, lang: Lang): string {
  return errorText(e)[lang];
}
