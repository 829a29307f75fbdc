/** The words of a command line: the command, its files, and the options it takes (each command its own). */
import { parseArgs } from 'node:util';
import type { Lang } from '../engine/index.js';
import {
  OptionNeedsValueError,
  OptionNotForCommandError,
  OptionTakesNoValueError,
  UnknownOptionError,
} from './errors.js';

const OPTIONS = {
  pack: { type: 'string' },
  out: { type: 'string' },
  report: { type: 'string', multiple: true },
  previous: { type: 'string', multiple: true },
  'unit-name': { type: 'string' },
  'unit-code': { type: 'string' },
  period: { type: 'string' },
  format: { type: 'string', default: 'text' },
  lang: { type: 'string', default: 'vi' },
  force: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

type OptionName = keyof typeof OPTIONS;

/** What each command takes besides --lang, --help and --version (consolidate's --force is refused by name). */
const COMMAND_OPTIONS: Readonly<Record<string, readonly OptionName[]>> = {
  template: ['pack', 'out', 'force'],
  validate: ['pack', 'format'],
  check: ['pack', 'report', 'previous', 'format', 'force'],
  consolidate: ['pack', 'out', 'unit-name', 'unit-code', 'period', 'format', 'force'],
};
const EVERYWHERE: readonly OptionName[] = ['lang', 'help', 'version'];

export function parseCommandLine(argv: string[]) {
  const { values, positionals, tokens } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const given: OptionName[] = [];
  for (const token of tokens) {
    if (token.kind === 'option') given.push(checkedOption(token));
  }
  const [command, ...files] = positionals;
  const takes = command !== undefined && Object.hasOwn(COMMAND_OPTIONS, command) ? COMMAND_OPTIONS[command] : undefined;
  const stray = takes && [...new Set(given)].filter((name) => !takes.includes(name) && !EVERYWHERE.includes(name));
  if (stray?.length)
    throw new OptionNotForCommandError(
      command!,
      stray.map((name) => `--${name}`),
    );
  // Every option was checked against OPTIONS above, so the values have the types OPTIONS gives them.
  return { command, files, values: values as Values };
}

interface OptionToken {
  name: string;
  rawName: string;
  value?: string;
  inlineValue?: boolean;
}

function checkedOption(token: OptionToken): OptionName {
  if (!Object.hasOwn(OPTIONS, token.name)) throw new UnknownOptionError(token.rawName);
  const name = token.name as OptionName;
  const flag = `--${name}`;
  if (OPTIONS[name].type === 'boolean') {
    if (token.value !== undefined) throw new OptionTakesNoValueError(flag);
  } else if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))) {
    throw new OptionNeedsValueError(flag);
  }
  return name;
}

export interface Values {
  pack?: string;
  out?: string;
  report?: string[];
  previous?: string[];
  'unit-name'?: string;
  'unit-code'?: string;
  period?: string;
  format: string;
  lang: string;
  force: boolean;
  help: boolean;
  version: boolean;
}

/** The language asked for, known even when the rest of the line cannot be parsed. */
export function langHint(argv: string[]): Lang {
  const i = argv.indexOf('--lang');
  return (i >= 0 && argv[i + 1] === 'en') || argv.includes('--lang=en') ? 'en' : 'vi';
}
