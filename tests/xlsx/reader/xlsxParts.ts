/** Hand-made xlsx packages for the reader's tests: the parts a workbook needs, any of them replaced. */
import { deflateSync, strToU8, zipSync } from 'fflate';
import { CRC32_START, crc32Final, crc32Update } from '../../../src/xlsx/reader/crc32.js';

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface Parts {
  /** Sheet name → the sheetData content (rows), or a whole worksheet part when it starts with "<?xml" or "<". */
  sheets: [string, string][];
  sharedStrings?: string[] | string;
  styles?: string;
  definedNames?: string;
  /** Extra or replacing entries, by zip name. */
  extra?: Record<string, string | Uint8Array>;
  /** The prefix SpreadsheetML is written with ("x" as the .NET Open XML SDK writes), none by default. */
  prefix?: string;
}

export function xlsx(parts: Parts): Uint8Array {
  return zipSync(entries(parts), { level: 1 });
}

export function entries(parts: Parts): Record<string, Uint8Array> {
  const p = parts.prefix ? `${parts.prefix}:` : '';
  const ns = parts.prefix ? `xmlns:${parts.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  const files: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': rels([['rId1', 'officeDocument', 'xl/workbook.xml']]),
    'xl/workbook.xml':
      `<?xml version="1.0" encoding="UTF-8"?><${p}workbook ${ns} xmlns:r="${REL}"><${p}sheets>` +
      parts.sheets.map(([name], i) => `<${p}sheet name="${name}" sheetId="${i + 1}" r:id="rIdS${i}"/>`).join('') +
      `</${p}sheets>${parts.definedNames ? `<${p}definedNames>${parts.definedNames}</${p}definedNames>` : ''}</${p}workbook>`,
    'xl/_rels/workbook.xml.rels': rels([
      ...parts.sheets.map((_, i): [string, string, string] => [
        `rIdS${i}`,
        'worksheet',
        `worksheets/sheet${i + 1}.xml`,
      ]),
      ['rIdSS', 'sharedStrings', 'sharedStrings.xml'],
      ['rIdST', 'styles', 'styles.xml'],
    ]),
  };
  parts.sheets.forEach(([, data], i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] =
      data.startsWith('<') && /^<(\?xml|\w+:worksheet|worksheet)/.test(data)
        ? data
        : `<${p}worksheet ${ns}><${p}sheetData>${data}</${p}sheetData></${p}worksheet>`;
  });
  if (parts.sharedStrings !== undefined) {
    files['xl/sharedStrings.xml'] =
      typeof parts.sharedStrings === 'string'
        ? parts.sharedStrings
        : `<${p}sst ${ns}>${parts.sharedStrings.map((s) => `<${p}si><${p}t>${s}</${p}t></${p}si>`).join('')}</${p}sst>`;
  }
  if (parts.styles !== undefined) files['xl/styles.xml'] = parts.styles;
  Object.assign(files, parts.extra);
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v]));
}

function rels(list: [string, string, string][]): string {
  const items = list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`);
  return `<Relationships xmlns="${PKG}">${items.join('')}</Relationships>`;
}

/** A styles part whose cellXfs are these numFmtIds, with custom formats 164… as given. */
export function styles(ids: number[], custom: string[] = []): string {
  const fmts = custom.map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${code}"/>`).join('');
  return `<styleSheet xmlns="${MAIN}"><numFmts count="${custom.length}">${fmts}</numFmts><cellXfs>${ids.map((id) => `<xf numFmtId="${id}"/>`).join('')}</cellXfs></styleSheet>`;
}

/** An entry's bytes as deflated once, to be written into several zips or under several names without deflating again. */
export interface Deflated {
  deflated: Uint8Array;
  size: number;
  crc: number;
}

export function deflated(data: Uint8Array): Deflated {
  return {
    deflated: deflateSync(data, { level: 1 }),
    size: data.length,
    crc: crc32Final(crc32Update(CRC32_START, data)),
  };
}

/**
 * A zip of entries in the order given, names repeated if asked: what fflate would refuse to write. Plain bytes
 * are stored, Deflated ones written as they are.
 */
export function storedZip(list: [string, Uint8Array | Deflated][]): Uint8Array {
  const locals: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, entry] of list) {
    const rawName = strToU8(name);
    const { deflated: data, size, crc } = entry instanceof Uint8Array ? stored(entry) : entry;
    const method = entry instanceof Uint8Array ? 0 : 8;
    const local = new Uint8Array(30 + rawName.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true);
    l.setUint16(8, method, true);
    l.setUint32(14, crc, true);
    l.setUint32(18, data.length, true);
    l.setUint32(22, size, true);
    l.setUint16(26, rawName.length, true);
    local.set(rawName, 30);
    const head = new Uint8Array(46 + rawName.length);
    const c = new DataView(head.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(6, 20, true);
    c.setUint16(10, method, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, data.length, true);
    c.setUint32(24, size, true);
    c.setUint16(28, rawName.length, true);
    c.setUint32(42, offset, true);
    head.set(rawName, 46);
    locals.push(local, data);
    central.push(head);
    offset += local.length + data.length;
  }
  return withDirectory(locals, central, offset);
}

function stored(data: Uint8Array): Deflated {
  return { deflated: data, size: data.length, crc: crc32Final(crc32Update(CRC32_START, data)) };
}

function withDirectory(locals: Uint8Array[], central: Uint8Array[], offset: number): Uint8Array {
  const size = central.reduce((n, e) => n + e.length, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, central.length, true);
  e.setUint16(10, central.length, true);
  e.setUint32(12, size, true);
  e.setUint32(16, offset, true);
  const out = new Uint8Array(offset + size + 22);
  let at = 0;
  for (const part of [...locals, ...central, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
