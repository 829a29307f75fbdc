/** A pack from its files (pack.json, sheets/CODE.json, rules.json), each checked against its schema. */
import { z } from 'zod';
import { compilePack, type CompiledPack, type PackSources } from './compilePack.js';
import { PackError } from './errors.js';
import type { Pack, RuleSpec, SheetSpec } from './pack.js';
import { PATTERN_HINTS, packManifestSchema, proseSchema, rulesFileSchema, sheetSchema } from './packSchema.js';
import { SCREENS_FILE } from '../screen/compileScreens.js';
import { screensFileSchema } from '../screen/screenSchema.js';
import type { ScreensSpec } from '../screen/screenSpec.js';

export interface PackFile {
  /** Path inside the pack folder, with forward slashes: "pack.json", "sheets/B1.json". */
  path: string;
  /** The file's parsed JSON. */
  data: unknown;
}

export const MANIFEST = 'pack.json';
export const RULES = 'rules.json';
export const PROSE = 'prose.json';
export const sheetPath = (code: string) => `sheets/${code}.json`;

export function assemblePack(files: PackFile[]): CompiledPack {
  const byPath = new Map(files.map((f) => [f.path, f.data]));
  if (!byPath.has(MANIFEST)) throw new PackError(MANIFEST, '', { vi: 'thiếu tệp này', en: 'the file is missing' });
  const manifest = check(packManifestSchema, byPath.get(MANIFEST), MANIFEST);
  const twice = manifest.sheets.findIndex((code, i) => manifest.sheets.indexOf(code) !== i);
  if (twice >= 0)
    throw new PackError(MANIFEST, `sheets[${twice}]`, {
      vi: `biểu "${manifest.sheets[twice]}" được kê hai lần`,
      en: `sheet "${manifest.sheets[twice]}" is listed twice`,
    });
  const sheetFiles = new Map<SheetSpec, string>();
  const ruleKeys = new Map<RuleSpec, { file: string; key: string }>();
  const sheets = manifest.sheets.map((code, i) => {
    const path = sheetPath(code);
    if (!byPath.has(path))
      throw new PackError(MANIFEST, `sheets[${i}]`, {
        vi: `không có tệp ${path} cho biểu "${code}"`,
        en: `there is no file ${path} for sheet "${code}"`,
      });
    const sheet = check(sheetSchema, byPath.get(path), path) as SheetSpec;
    if (sheet.code !== code)
      throw new PackError(path, 'code', {
        vi: `mã "${sheet.code}" phải là "${code}", như tên tệp`,
        en: `the code "${sheet.code}" should be "${code}", as the file is named`,
      });
    sheetFiles.set(sheet, path);
    sheet.rules?.forEach((r, j) => ruleKeys.set(r, { file: path, key: `rules[${j}]` }));
    return sheet;
  });
  rejectUnlisted(files, manifest.sheets);
  const rules = (byPath.has(RULES) ? check(rulesFileSchema, byPath.get(RULES), RULES) : []) as RuleSpec[];
  rules.forEach((r, j) => ruleKeys.set(r, { file: RULES, key: `[${j}]` }));
  const prose = byPath.has(PROSE) ? { prose: check(proseSchema, byPath.get(PROSE), PROSE) } : {};
  const screens = byPath.has(SCREENS_FILE)
    ? { screens: check(screensFileSchema, byPath.get(SCREENS_FILE), SCREENS_FILE) as ScreensSpec }
    : {};
  const pack: Pack = { ...(manifest as Omit<Pack, 'sheets' | 'rules'>), sheets, rules, ...prose, ...screens };
  const sources: PackSources = { sheetFile: (s) => sheetFiles.get(s)!, ruleKey: (r) => ruleKeys.get(r)! };
  return compilePack(pack, sources);
}

function rejectUnlisted(files: PackFile[], codes: string[]): void {
  const listed = new Set([MANIFEST, RULES, PROSE, SCREENS_FILE, ...codes.map(sheetPath)]);
  const stray = files.find((f) => !listed.has(f.path));
  if (stray)
    throw new PackError(stray.path, '', {
      vi: `tệp này không thuộc gói; hãy kê biểu của nó trong ${MANIFEST} hoặc xoá tệp`,
      en: `the file is not part of the pack; list its sheet in ${MANIFEST} or remove it`,
    });
}

const LOCALES = { vi: z.locales.vi(), en: z.locales.en() };
/** JSON's kinds of value in Vietnamese: zod's own Vietnamese leaves some in English. */
const KINDS_VI: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  boolean: 'giá trị đúng/sai',
  object: 'đối tượng',
  array: 'mảng',
  null: 'null',
  undefined: 'không có giá trị',
};
const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

function vietnameseIssue(issue: Parameters<typeof LOCALES.vi.localeError>[0]) {
  const vi = (n: unknown) => String(n).replace('.', ',');
  if (issue.code === 'too_big' && issue.origin === 'number')
    return `Quá lớn: cần một số ${issue.inclusive ? '<=' : '<'} ${vi(issue.maximum)}`;
  if (issue.code === 'too_small' && issue.origin === 'number')
    return `Quá nhỏ: cần một số ${issue.inclusive ? '>=' : '>'} ${vi(issue.minimum)}`;
  if (issue.code !== 'invalid_type') return LOCALES.vi.localeError(issue);
  const kind = (k: string) => KINDS_VI[k] ?? k;
  return `Giá trị không hợp lệ: cần ${kind(issue.expected)}, nhưng là ${kind(kindOf(issue.input))}`;
}

/** The first problem, in each language by zod's own locales: English text never stands in a Vietnamese one. */
function check<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data, { error: LOCALES.en.localeError });
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const vi = schema.safeParse(data, { error: vietnameseIssue }).error?.issues[0]?.message ?? issue.message;
  const keys = 'keys' in issue && Array.isArray(issue.keys) ? issue.keys : [];
  const hint =
    Object.hasOwn(PATTERN_HINTS, issue.message) && PATTERN_HINTS[issue.message as keyof typeof PATTERN_HINTS];
  throw new PackError(file, keyPath([...issue.path, ...keys.slice(0, 1)]), hint || { vi, en: issue.message });
}

function keyPath(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}
