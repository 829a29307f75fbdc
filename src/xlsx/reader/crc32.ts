/**
 * CRC-32 as zip stores it, updated chunk by chunk: a flipped byte in a part is a damaged file, not a changed figure.
 */
const TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** Start from CRC32_START, update with each chunk, and read the sum with crc32Final. */
export function crc32Update(crc: number, bytes: Uint8Array): number {
  let c = crc;
  for (let i = 0; i < bytes.length; i++) c = TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return c;
}

export const CRC32_START = -1;

export function crc32Final(crc: number): number {
  return (crc ^ -1) >>> 0;
}
