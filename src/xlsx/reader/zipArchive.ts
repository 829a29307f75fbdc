/**
 * The parts of a zip (an xlsx is one), found through its central directory and inflated chunk by chunk
 * under the limits, so that a bomb is stopped after its first megabytes rather than at the end.
 */
import { DecodeUTF8, Inflate, strFromU8 } from 'fflate';
import { PlainError } from '../../engine/index.js';
import { UnreadableWorkbookError } from '../errors.js';
import { CRC32_START, crc32Final, crc32Update } from './crc32.js';
import { DuplicatePartError, FileTooLargeError, InflatesTooMuchError, TooManyError } from './errors.js';
import { LIMITS } from './limits.js';

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Compressed bytes handed to the inflater at a time: bounds what one step can inflate to. */
const CHUNK = 64 * 1024;

interface Entry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  local: number;
  rawName: Uint8Array;
}

/** A part name as OPC compares them: without a leading "/", letter case aside. */
export function partKey(name: string): string {
  return name.replace(/^\/+/, '').toLowerCase();
}

export class ZipArchive {
  /** Bytes the parts read so far declare. */
  private inflated = 0;

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly file: string,
    private readonly entries: Map<string, Entry>,
  ) {}

  static open(bytes: Uint8Array, file: string): ZipArchive {
    if (bytes.length > LIMITS.fileBytes) throw new FileTooLargeError(file);
    const reader = new Reader(bytes, file);
    const entries = new Map<string, Entry>();
    for (const entry of reader.entries()) {
      const key = partKey(entry.name);
      if (entries.has(key)) throw new DuplicatePartError(file, entry.name);
      entries.set(key, entry);
    }
    return new ZipArchive(bytes, file, entries);
  }

  has(name: string): boolean {
    return this.entries.has(partKey(name));
  }

  /** Refuses parts that, with those read so far, declare more than the limits: before inflating any of them. */
  checkDeclared(names: (string | undefined)[]): void {
    let total = this.inflated;
    for (const key of new Set(names.flatMap((name) => (name === undefined ? [] : [partKey(name)])))) {
      const entry = this.entries.get(key);
      if (!entry) continue;
      if (entry.size > LIMITS.partBytes) throw new InflatesTooMuchError(this.file, entry.name);
      total += entry.size;
    }
    if (total > LIMITS.totalBytes) throw new InflatesTooMuchError(this.file, undefined);
  }

  /**
   * Streams a part as UTF-8 text to `onText`. Its size is the one its entry declares: refused before a
   * byte is inflated when beyond the limits, and a part that inflates past it (a lying bomb) is damaged.
   */
  readText(name: string, onText: (text: string) => void): void {
    const entry = this.entries.get(partKey(name));
    if (!entry) throw this.damaged();
    if (entry.size > LIMITS.partBytes) throw new InflatesTooMuchError(this.file, entry.name);
    this.inflated += entry.size;
    if (this.inflated > LIMITS.totalBytes) throw new InflatesTooMuchError(this.file, undefined);
    const decoder = new DecodeUTF8((text) => text && onText(text));
    let crc = CRC32_START;
    let size = 0;
    const take = (chunk: Uint8Array, final: boolean) => {
      size += chunk.length;
      if (size > entry.size) throw this.damaged();
      crc = crc32Update(crc, chunk);
      decoder.push(chunk, final);
    };
    const data = this.dataOf(entry);
    if (entry.method === 0) {
      for (let at = 0; at < data.length || at === 0; at += CHUNK)
        take(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
    } else if (entry.method === 8) {
      this.inflate(data, take);
    } else throw this.damaged();
    if (size !== entry.size || crc32Final(crc) !== entry.crc) throw this.damaged();
  }

  private inflate(data: Uint8Array, take: (chunk: Uint8Array, final: boolean) => void): void {
    let ended = false;
    const inflater = new Inflate((chunk, final) => {
      ended ||= final;
      take(chunk, final);
    });
    try {
      for (let at = 0; at < data.length; at += CHUNK)
        inflater.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
      if (data.length === 0) inflater.push(data, true);
    } catch (e) {
      if (e instanceof PlainError) throw e;
      throw this.damaged(e);
    }
    if (!ended) throw this.damaged();
  }

  private dataOf(entry: Entry): Uint8Array {
    const { bytes } = this;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const at = entry.local;
    if (entry.flags & 1 || at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw this.damaged();
    const nameLength = view.getUint16(at + 26, true);
    const start = at + 30 + nameLength + view.getUint16(at + 28, true);
    // The local header must name the part the central directory names: no second name for the same bytes.
    if (!sameBytes(bytes.subarray(at + 30, at + 30 + nameLength), entry.rawName)) throw this.damaged();
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (data.length !== entry.compressedSize) throw this.damaged();
    return data;
  }

  private damaged(cause?: unknown): UnreadableWorkbookError {
    return new UnreadableWorkbookError(this.file, { cause });
  }
}

/** The central directory, entry by entry, zip64 sizes and offsets included. */
class Reader {
  private readonly view: DataView;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly file: string,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  *entries(): Generator<Entry> {
    const { count, offset } = this.directory();
    if (count > LIMITS.entries) throw new TooManyError(this.file, 'entries');
    let at = offset;
    for (let i = 0; i < count; i++) {
      if (at + 46 > this.bytes.length || this.u32(at) !== CENTRAL) throw this.damaged();
      const [nameLength, extraLength, commentLength] = [this.u16(at + 28), this.u16(at + 30), this.u16(at + 32)];
      const rawName = this.bytes.subarray(at + 46, at + 46 + nameLength);
      const entry: Entry = {
        name: strFromU8(rawName),
        flags: this.u16(at + 8),
        method: this.u16(at + 10),
        crc: this.u32(at + 16),
        compressedSize: this.u32(at + 20),
        size: this.u32(at + 24),
        local: this.u32(at + 42),
        rawName,
      };
      this.zip64(entry, at + 46 + nameLength, extraLength);
      yield entry;
      at += 46 + nameLength + extraLength + commentLength;
    }
  }

  /** Where the central directory starts and how many entries it has. */
  private directory(): { count: number; offset: number } {
    const eocd = this.findEocd();
    const count = this.u16(eocd + 10);
    const offset = this.u32(eocd + 16);
    if (count !== 0xffff && offset !== 0xffffffff) return { count, offset };
    const locator = eocd - 20;
    if (locator < 0 || this.u32(locator) !== EOCD64_LOCATOR) throw this.damaged();
    const at = this.u64(locator + 8);
    if (at + 56 > this.bytes.length || this.u32(at) !== EOCD64) throw this.damaged();
    return { count: this.u64(at + 32), offset: this.u64(at + 48) };
  }

  /** The last end-of-directory record, within the 64 KiB a zip comment may take. */
  private findEocd(): number {
    for (let at = this.bytes.length - 22; at >= 0 && at >= this.bytes.length - 22 - 0xffff; at--) {
      if (this.u32(at) === EOCD) return at;
    }
    throw this.damaged();
  }

  /** Sizes and offset too large for 32 bits are in the zip64 extra field, in this order, when marked so. */
  private zip64(entry: Entry, extra: number, length: number): void {
    for (let at = extra; at + 4 <= extra + length && at + 4 <= this.bytes.length;) {
      const [id, size] = [this.u16(at), this.u16(at + 2)];
      if (id === 1) {
        let field = at + 4;
        for (const key of ['size', 'compressedSize', 'local'] as const) {
          if (entry[key] !== 0xffffffff) continue;
          if (field + 8 > at + 4 + size) throw this.damaged();
          entry[key] = this.u64(field);
          field += 8;
        }
        return;
      }
      at += 4 + size;
    }
  }

  private u16(at: number): number {
    if (at + 2 > this.bytes.length) throw this.damaged();
    return this.view.getUint16(at, true);
  }

  private u32(at: number): number {
    if (at + 4 > this.bytes.length) throw this.damaged();
    return this.view.getUint32(at, true);
  }

  private u64(at: number): number {
    const value = this.u32(at) + this.u32(at + 4) * 2 ** 32;
    if (!Number.isSafeInteger(value)) throw this.damaged();
    return value;
  }

  private damaged(): UnreadableWorkbookError {
    return new UnreadableWorkbookError(this.file);
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
