/** A pack made ready to check: every input cell numbered, every rule compiled, every fault found now. */
import { compileRule, type CompiledRule } from '../rules/compileRule.js';
import { RuleRefused, type ResolveCells } from '../rules/compileExpression.js';
import { ExpressionSyntaxError } from '../rules/mathParser.js';
import { checkProseNames } from './checkProseNames.js';
import { PackError, PackTooLargeError } from './errors.js';
import { PACK_LIMITS } from './limits.js';
import type { ColumnKind, ColumnSpec, Pack, RuleSpec, SheetSpec, Text } from './pack.js';
import { compileScreens, type CompiledScreens } from '../screen/compileScreens.js';

export interface Slot {
  sheet: string;
  row: string;
  col: string;
  kind: ColumnKind;
  decimals: number;
  required: boolean;
}

export interface CompiledPack {
  pack: Pack;
  /** Input cells, numbered: rules and values address them by index. */
  slots: Slot[];
  rules: CompiledRule[];
  /** Unusual-figure screens: the pack's ratios and limits, and the screens' settings. */
  screens: CompiledScreens;
  slotOf(sheet: string, row: string, col: string): number | undefined;
}

/** Where the author wrote each sheet and rule, so a load error can name the file and key. */
export interface PackSources {
  sheetFile(sheet: SheetSpec): string;
  ruleKey(rule: RuleSpec): { file: string; key: string };
}

const inline: PackSources = {
  sheetFile: (s) => `sheet ${s.code}`,
  ruleKey: (r) => ({ file: 'rules', key: r.id }),
};

export function compilePack(pack: Pack, sources: PackSources = inline): CompiledPack {
  const sheets = indexSheets(pack, sources);
  checkProseNames(pack);
  const slots: Slot[] = [];
  const index = new Map<string, number>();
  for (const sheet of pack.sheets) {
    for (const [i, row] of sheet.rows.entries()) {
      for (const col of inputColumns(sheet, i, row.inputs, sources)) {
        if (slots.length >= PACK_LIMITS.inputCells) throw new PackTooLargeError(sources.sheetFile(sheet), 'inputCells');
        index.set(key(sheet.code, row.code, col.code), slots.length);
        const { kind, decimals } = col;
        slots.push({ sheet: sheet.code, row: row.code, col: col.code, kind, decimals, required: !row.optional });
      }
    }
  }
  const resolve = resolver(sheets, index);
  const rules = compileAll(allRules(pack), resolve, sources);
  const screens = compileScreens(pack, slots, resolve);
  return { pack, slots, rules, screens, slotOf: (s, r, c) => index.get(key(s, r, c)) };
}

export function allRules(pack: Pack): RuleSpec[] {
  return [...pack.sheets.flatMap((s) => s.rules ?? []), ...pack.rules];
}

function key(sheet: string, row: string, col: string): string {
  return `${sheet}\u0000${row}\u0000${col}`;
}

function indexSheets(pack: Pack, sources: PackSources): Map<string, SheetSpec> {
  const sheets = new Map<string, SheetSpec>();
  for (const sheet of pack.sheets) {
    if (sheets.has(sheet.code))
      throw new PackError(sources.sheetFile(sheet), 'code', {
        vi: `mã biểu "${sheet.code}" dùng hai lần`,
        en: `sheet code "${sheet.code}" is used twice`,
      });
    sheets.set(sheet.code, sheet);
    unique(
      sheet.rows.map((r) => r.code),
      sources.sheetFile(sheet),
      'rows',
      { vi: 'mã dòng', en: 'row code' },
    );
    unique(
      sheet.columns.map((c) => c.code),
      sources.sheetFile(sheet),
      'columns',
      { vi: 'mã cột', en: 'column code' },
    );
  }
  const names = new Set<string>();
  for (const sheet of pack.sheets) {
    if (names.has(sheet.name))
      throw new PackError(sources.sheetFile(sheet), 'name', {
        vi: `tên biểu "${sheet.name}" dùng hai lần`,
        en: `sheet name "${sheet.name}" is used twice`,
      });
    names.add(sheet.name);
  }
  return sheets;
}

function unique(codes: string[], file: string, key: string, what: Text): void {
  const seen = new Set<string>();
  codes.forEach((c, i) => {
    const twice = { vi: `${what.vi} "${c}" dùng hai lần`, en: `${what.en} "${c}" is used twice` };
    if (seen.has(c)) throw new PackError(file, `${key}[${i}].code`, twice);
    seen.add(c);
  });
}

/** Number cells the user fills on a row; text cells are typed freely and checked by no rule. */
function inputColumns(sheet: SheetSpec, row: number, inputs: string[] | undefined, sources: PackSources) {
  const numeric = (c: ColumnSpec) => c.kind !== 'text';
  if (!inputs) return sheet.columns.filter(numeric);
  const listed = inputs.map((code, j) => {
    const col = sheet.columns.find((c) => c.code === code);
    const at = `rows[${row}].inputs[${j}]`;
    if (!col)
      throw new PackError(sources.sheetFile(sheet), at, {
        vi: `không có cột "${code}"`,
        en: `there is no column "${code}"`,
      });
    if (inputs.indexOf(code) !== j)
      throw new PackError(sources.sheetFile(sheet), at, {
        vi: `cột "${code}" được kê hai lần`,
        en: `column "${code}" is listed twice`,
      });
    return col;
  });
  return listed.filter(numeric);
}

function resolver(sheets: Map<string, SheetSpec>, index: Map<string, number>): ResolveCells {
  return (sheetCode, rows, cols) => {
    const sheet = sheets.get(sheetCode);
    if (!sheet) throw new RuleRefused({ vi: `không có biểu "${sheetCode}"`, en: `there is no sheet "${sheetCode}"` });
    const rowCodes = between(
      sheet.rows.map((r) => r.code),
      rows,
      {
        vi: `dòng của biểu ${sheetCode}`,
        en: `row of sheet ${sheetCode}`,
      },
    );
    const colCodes = between(
      sheet.columns.map((c) => c.code),
      cols,
      {
        vi: `cột của biểu ${sheetCode}`,
        en: `column of sheet ${sheetCode}`,
      },
    );
    if (rowCodes.length * colCodes.length > PACK_LIMITS.cellsPerRule) throw new TooManyCells();
    return rowCodes.flatMap((r) =>
      colCodes.map((c) => {
        const slot = index.get(key(sheetCode, r, c));
        if (slot === undefined)
          throw new RuleRefused({
            vi: `${sheetCode}['${r}', '${c}'] không phải ô nhập số liệu`,
            en: `${sheetCode}['${r}', '${c}'] is not an input cell`,
          });
        return slot;
      }),
    );
  };
}

function between(codes: string[], [from, to]: [string, string], what: Text): string[] {
  const a = codes.indexOf(from);
  const b = codes.indexOf(to);
  const none = (code: string) =>
    new RuleRefused({ vi: `không có ${what.vi} "${code}"`, en: `there is no ${what.en} "${code}"` });
  if (a < 0) throw none(from);
  if (b < 0) throw none(to);
  if (b < a) {
    throw new RuleRefused({
      vi: `vùng '${from}':'${to}' đi ngược`,
      en: `the range '${from}':'${to}' runs backwards`,
    });
  }
  return codes.slice(a, b + 1);
}

/** A reference to more cells than one rule may read: refused before its cells are listed. */
class TooManyCells extends Error {}

function compileOne(spec: RuleSpec, resolve: ResolveCells, sources: PackSources): CompiledRule[] {
  try {
    return compileRule(spec, resolve);
  } catch (e) {
    if (e instanceof TooManyCells) throw new PackTooLargeError(sources.ruleKey(spec).file, 'cellsPerRule');
    if (!(e instanceof RuleRefused || e instanceof ExpressionSyntaxError)) throw e;
    const { file, key } = sources.ruleKey(spec);
    const { reason } = e;
    throw new PackError(file, `${key}.assert`, {
      vi: `quy tắc "${spec.id}": ${reason.vi}`,
      en: `rule "${spec.id}": ${reason.en}`,
    });
  }
}

/** Compiles every rule; a repeated id is named where it is repeated, not where it is first used. */
function compileAll(specs: RuleSpec[], resolve: ResolveCells, sources: PackSources): CompiledRule[] {
  const seen = new Set<string>();
  const read = { rules: 0, cells: 0 };
  return specs.flatMap((spec) => {
    const rules = compileOne(spec, resolve, sources);
    for (const rule of rules) {
      read.cells += rule.slots.length;
      if (rule.slots.length > PACK_LIMITS.cellsPerRule)
        throw new PackTooLargeError(sources.ruleKey(spec).file, 'cellsPerRule');
      if (read.cells > PACK_LIMITS.ruleCells) throw new PackTooLargeError(sources.ruleKey(spec).file, 'ruleCells');
      if (++read.rules > PACK_LIMITS.rules) throw new PackTooLargeError(sources.ruleKey(spec).file, 'rules');
      if (seen.has(rule.id)) {
        const { file, key } = sources.ruleKey(spec);
        throw new PackError(file, `${key}.id`, {
          vi: `mã quy tắc "${rule.id}" dùng hai lần`,
          en: `rule id "${rule.id}" is used twice`,
        });
      }
      seen.add(rule.id);
    }
    return rules;
  });
}
