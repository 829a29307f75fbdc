/**
 * One small entry of a zip (an xlsx is one) as text, read straight from the central directory: enough to
 * peek at a workbook's sheet names and properties without opening it with exceljs.
 */
import { inflateRawSync } from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** An entry larger than this is not peeked at: the parts read here are a few kilobytes. */
const MAX_ENTRY = 4 * 1024 * 1024;

/** The entry `name` as UTF-8 text; undefined when the bytes are no zip, lack it, or store it in a way not read here (zip64, encryption). */
export function zipEntryText(bytes: Uint8Array, name: string): string | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const eocd = findEocd(bytes, view);
  if (eocd === undefined) return undefined;
  const count = u16(eocd + 10);
  let at = u32(eocd + 16);
  const wanted = new TextEncoder().encode(name);
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== CENTRAL) return undefined;
    const [flags, method, size, length, nameLength, extraLength, commentLength, local] = [u16(at + 8), u16(at + 10), u32(at + 20), u32(at + 24), u16(at + 28), u16(at + 30), u16(at + 32), u32(at + 42)];
    if (sameBytes(bytes.subarray(at + 46, at + 46 + nameLength), wanted)) {
      if (flags & 1 || size > MAX_ENTRY || length > MAX_ENTRY || local + 30 > bytes.length || u32(local) !== LOCAL) return undefined;
      const start = local + 30 + u16(local + 26) + u16(local + 28);
      const data = bytes.subarray(start, start + size);
      if (data.length !== size) return undefined;
      try {
        if (method === 0) return new TextDecoder().decode(data);
        if (method === 8) return new TextDecoder().decode(inflateRawSync(data, { maxOutputLength: MAX_ENTRY }));
      } catch {
        return undefined;
      }
      return undefined;
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  return undefined;
}

/** The end of central directory record: the last one, within the 64 KiB a zip comment may take. */
function findEocd(bytes: Uint8Array, view: DataView): number | undefined {
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 0xffff; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return undefined;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
