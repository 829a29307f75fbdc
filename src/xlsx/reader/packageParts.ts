/**
 * The parts of the package that say where everything is: the workbook part (found through the package
 * relationships), its sheets in order with their parts, its shared strings, styles and defined names.
 */
import { UnreadableWorkbookError } from '../errors.js';
import { TextTooLongError, TooManyError } from './errors.js';
import { LIMITS } from './limits.js';
import { attr, isMain, readPart, type Tag } from './xmlPart.js';
import type { ZipArchive } from './zipArchive.js';

export interface SheetEntry {
  name: string;
  part: string;
}

export interface WorkbookParts {
  sheets: SheetEntry[];
  sharedStrings?: string;
  styles?: string;
  /** Workbook-wide defined names in order, each with the text of its formula. */
  names: { name: string; formula: string }[];
  date1904: boolean;
}

interface Relationship {
  type: string;
  target: string;
}

export function workbookParts(archive: ZipArchive, file: string): WorkbookParts {
  const root = relationships(archive, '', file).find((r) => r.type.endsWith('/officeDocument'));
  const workbook = root?.target ?? 'xl/workbook.xml';
  const rels = relationships(archive, workbook, file);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const listed = readWorkbookPart(archive, workbook, file);
  const sheets: SheetEntry[] = [];
  for (const { name, id } of listed.sheets) {
    const rel = id === undefined ? undefined : byId.get(id);
    if (rel && !rel.type.endsWith('/worksheet')) continue; // a chart sheet or a dialog sheet holds no cells
    if (!rel || !archive.has(rel.target)) throw new UnreadableWorkbookError(file);
    sheets.push({ name, part: rel.target });
  }
  if (!sheets.length) throw new UnreadableWorkbookError(file);
  const part = (type: string) => rels.find((r) => r.type.endsWith(type) && archive.has(r.target))?.target;
  return {
    sheets,
    sharedStrings: part('/sharedStrings'),
    styles: part('/styles'),
    names: listed.names,
    date1904: listed.date1904,
  };
}

/** The relationships of a part (of the package when `source` is ""), targets resolved to part names. */
function relationships(archive: ZipArchive, source: string, file: string): (Relationship & { id: string })[] {
  const slash = source.lastIndexOf('/');
  const [folder, name] = [source.slice(0, slash + 1), source.slice(slash + 1)];
  const part = `${folder}_rels/${name}.rels`;
  if (!archive.has(part)) return [];
  const out: (Relationship & { id: string })[] = [];
  readPart(archive, part, file, {
    open(tag: Tag) {
      if (tag.local !== 'Relationship' || attr(tag, 'TargetMode') === 'External') return;
      const [id, type, target] = [attr(tag, 'Id'), attr(tag, 'Type'), attr(tag, 'Target')];
      if (id !== undefined && type !== undefined && target !== undefined)
        out.push({ id, type, target: resolvePart(folder, target) });
    },
    close() {},
    text() {},
  });
  return out;
}

/** A relationship target as a part name: relative to the source's folder, or from the root when it starts with "/". */
export function resolvePart(folder: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : folder + target;
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.map(decodeSegment).join('/');
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function readWorkbookPart(archive: ZipArchive, part: string, file: string) {
  const sheets: { name: string; id: string | undefined }[] = [];
  const names: { name: string; formula: string }[] = [];
  let date1904 = false;
  let name: { name: string; formula: string } | undefined;
  readPart(archive, part, file, {
    open(tag) {
      if (isMain(tag, 'sheet')) {
        if (sheets.length >= LIMITS.sheets) throw new TooManyError(file, 'sheets');
        sheets.push({ name: attr(tag, 'name') ?? '', id: attr(tag, 'id', true) });
      } else if (isMain(tag, 'workbookPr')) {
        date1904 = ['1', 'true'].includes(attr(tag, 'date1904') ?? '');
      } else if (isMain(tag, 'definedName')) {
        if (names.length >= LIMITS.definedNames) throw new TooManyError(file, 'definedNames');
        // A name scoped to one sheet is that sheet's own, not the workbook's.
        name = attr(tag, 'localSheetId') === undefined ? { name: attr(tag, 'name') ?? '', formula: '' } : undefined;
      }
    },
    close(tag) {
      if (isMain(tag, 'definedName') && name) names.push(name);
      if (isMain(tag, 'definedName')) name = undefined;
    },
    text(text) {
      if (!name) return;
      name.formula += text;
      if (name.formula.length > LIMITS.textLength) throw new TextTooLongError(file, part);
    },
  });
  return { sheets, names, date1904 };
}
