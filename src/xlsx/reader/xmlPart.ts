/**
 * One XML part of the package, parsed by a real streaming parser (saxes) as it inflates. Namespaces are
 * resolved here, for element names only and only where a part declares them: the parser's own resolution
 * of every attribute costs more than the rest of reading.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { PlainError } from '../../engine/index.js';
import { UnreadableWorkbookError } from '../errors.js';
import type { ZipArchive } from './zipArchive.js';

export interface Tag {
  local: string;
  uri: string;
  /** The namespace is SpreadsheetML's. */
  main: boolean;
  attributes: Record<string, string>;
  /** Prefix → namespace in force on this element. */
  scope: Map<string, string>;
}

export interface PartHandler {
  open(tag: Tag): void;
  close(tag: Tag): void;
  /** Character data, CDATA sections included, as it comes (one text may come in several pieces). */
  text(text: string): void;
}

/** SpreadsheetML's namespace, as Transitional and Strict OOXML write it; any prefix (`x:`, none) may bind it. */
const MAIN = new Set([
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://purl.oclc.org/ooxml/spreadsheetml/main',
]);
const RELATIONSHIPS = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
]);

/** An element of SpreadsheetML called `local`, whatever its prefix. */
export function isMain(tag: Tag, local: string): boolean {
  return tag.main && tag.local === local;
}

/** An attribute without a prefix (as SpreadsheetML's own are), or with one bound to the relationships namespace. */
export function attr(tag: Tag, local: string, relationship = false): string | undefined {
  const { attributes } = tag;
  if (!relationship) return Object.hasOwn(attributes, local) ? attributes[local] : undefined;
  for (const name of Object.keys(attributes)) {
    const colon = name.indexOf(':');
    if (colon > 0 && name.slice(colon + 1) === local && RELATIONSHIPS.has(tag.scope.get(name.slice(0, colon)) ?? ''))
      return attributes[name];
  }
  return undefined;
}

export function readPart(archive: ZipArchive, part: string, file: string, handler: PartHandler): void {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  const scopes: Map<string, string>[] = [new Map()];
  const tags: Tag[] = [];
  const names = new Map<string, [string, string]>();
  parser.on('opentag', (plain) => {
    const tag = resolved(plain, scopes[scopes.length - 1]!, names);
    scopes.push(tag.scope);
    tags.push(tag);
    handler.open(tag);
  });
  parser.on('closetag', () => {
    scopes.pop();
    handler.close(tags.pop()!);
  });
  parser.on('text', (text) => handler.text(text));
  parser.on('cdata', (text) => handler.text(text));
  try {
    archive.readText(part, (text) => parser.write(text));
    parser.close();
  } catch (e) {
    if (e instanceof PlainError) throw e;
    throw new UnreadableWorkbookError(file, { cause: e });
  }
}

/** Element names a part may spell differently: split once each, up to this many. */
const NAMES_KEPT = 256;

function resolved(plain: SaxesTagPlain, outer: Map<string, string>, names: Map<string, [string, string]>): Tag {
  let scope = outer;
  const { attributes } = plain;
  for (const name in attributes) {
    if (name.charCodeAt(0) !== 120 || !(name === 'xmlns' || name.startsWith('xmlns:'))) continue;
    if (scope === outer) scope = new Map(outer);
    scope.set(name === 'xmlns' ? '' : name.slice(6), attributes[name]!);
  }
  let split = names.get(plain.name);
  if (!split) {
    const colon = plain.name.indexOf(':');
    split = colon < 0 ? ['', plain.name] : [plain.name.slice(0, colon), plain.name.slice(colon + 1)];
    if (names.size < NAMES_KEPT) names.set(plain.name, split);
  }
  const uri = scope.get(split[0]) ?? '';
  return { local: split[1], uri, main: MAIN.has(uri), attributes, scope };
}
