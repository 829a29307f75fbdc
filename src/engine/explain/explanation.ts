/**
 * A unit's explanation (giải trình) of a warning, kept in the workbook's meta sheet: the key names the
 * finding by its rule and cells' codes, the value holds the text, when it was written and the cells'
 * values then — so an explanation whose cells changed since is known to be stale.
 */
import type { Finding } from '../check/finding.js';

export const EXPLANATION_PREFIX = 'explain:';

export interface Explanation {
  /** The finding it explains: findingKey(). */
  key: string;
  text: string;
  /** ISO time it was written. */
  at: string;
  /** The finding's cells' values when it was written (cellValues()). */
  values: string;
}

/** A finding by what stays when the file is reopened: its rule and its cells' codes, not their addresses. */
export function findingKey(f: Finding): string {
  return `${f.rule}@${f.cells.map((c) => `${c.sheet}|${c.row}|${c.column}`).join(';')}`;
}

/** The rule a findingKey() names; rule ids hold no '@'. */
export function ruleOfKey(key: string): string {
  return key.split('@', 1)[0]!;
}

export function cellValues(f: Finding): string {
  return JSON.stringify(f.cells.map((c) => c.value));
}

/** The meta row that stores an explanation of `f`: key and value. */
export function explanationRow(f: Finding, text: string, at: string): [string, string] {
  return [`${EXPLANATION_PREFIX}${findingKey(f)}`, JSON.stringify({ text: text.trim(), at, values: cellValues(f) })];
}

/** The explanations a workbook's meta sheet holds; a row that cannot be read is left out. */
export function readExplanations(meta: Record<string, string> | undefined): Explanation[] {
  const out: Explanation[] = [];
  for (const [k, v] of Object.entries(meta ?? {})) {
    if (!k.startsWith(EXPLANATION_PREFIX)) continue;
    const parsed = parse(v);
    if (parsed) out.push({ key: k.slice(EXPLANATION_PREFIX.length), ...parsed });
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function parse(v: string): Omit<Explanation, 'key'> | undefined {
  try {
    const o = JSON.parse(v) as Record<string, unknown>;
    if (typeof o.text !== 'string' || !o.text.trim()) return undefined;
    return {
      text: o.text,
      at: typeof o.at === 'string' ? o.at : '',
      values: typeof o.values === 'string' ? o.values : '',
    };
  } catch {
    return undefined;
  }
}
