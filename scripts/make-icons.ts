/**
 * Draws the add-in's icons into taskpane/assets/icon-<size>.png: a rounded Fluent-blue square holding a faint
 * white grid (a sheet) and a white check mark (being checked). Pure Node: RGBA pixels, PNG by hand.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { crc32, deflateSync } from 'node:zlib';

const SIZES = [16, 32, 64, 80, 128] as const;
const BLUE: Rgb = [0x0f, 0x6c, 0xbd];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const SAMPLES = 4; // per axis, for anti-aliasing

type Rgb = readonly [number, number, number];
type Point = readonly [number, number];
/** Whether a point of the unit square (0..1 on each axis, y downwards) lies in the shape. */
type Shape = (x: number, y: number) => boolean;

interface Image {
  readonly size: number;
  readonly rgba: Uint8Array;
}

// ---- geometry, in units of the icon's side ----

const MARGIN = 1 / 32;
const CORNER = 0.2;
const CHECK: readonly Point[] = [
  [0.3, 0.53],
  [0.45, 0.68],
  [0.74, 0.36],
];

/** Small icons get a bolder check and a coarser, fainter grid, so that they do not blur into one another. */
interface Style {
  readonly cells: number;
  readonly gridOpacity: number;
  readonly checkWidth: number;
  /** Clear space between the check and the grid. */
  readonly halo: number;
}

function styleFor(size: number): Style {
  if (size < 32) return { cells: 2, gridOpacity: 0.4, checkWidth: 0.17, halo: 0.05 };
  return { cells: 4, gridOpacity: 0.55, checkWidth: 0.13, halo: 0.07 };
}

function roundedSquare(x: number, y: number): boolean {
  const lo = MARGIN + CORNER;
  const hi = 1 - MARGIN - CORNER;
  const dx = Math.max(lo - x, 0, x - hi);
  const dy = Math.max(lo - y, 0, y - hi);
  return Math.hypot(dx, dy) <= CORNER;
}

function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const [abx, aby] = [bx - ax, by - ay];
  const t = Math.min(1, Math.max(0, ((px - ax) * abx + (py - ay) * aby) / (abx * abx + aby * aby)));
  return Math.hypot(px - (ax + t * abx), py - (ay + t * aby));
}

function distanceToCheck(x: number, y: number): number {
  let best = Infinity;
  for (let i = 1; i < CHECK.length; i++) best = Math.min(best, distanceToSegment([x, y], CHECK[i - 1]!, CHECK[i]!));
  return best;
}

function checkMark({ checkWidth }: Style): Shape {
  return (x, y) => distanceToCheck(x, y) <= checkWidth / 2;
}

/** Grid lines fall on whole pixels, so they stay sharp at every size. */
function gridShape(size: number, { cells, checkWidth, halo }: Style): Shape {
  const line = Math.max(1, Math.round(size / 48)) / size;
  const from = Math.round(size * 0.18) / size;
  const to = Math.round(size * 0.82) / size;
  const step = (to - from) / cells;
  const stops = Array.from({ length: cells + 1 }, (_, i) => Math.round((from + i * step) * size) / size);
  const onLine = (v: number) => stops.some((s) => v >= s && v < s + line);
  const inside = (v: number) => v >= from && v < to + line;
  return (x, y) => inside(x) && inside(y) && (onLine(x) || onLine(y)) && distanceToCheck(x, y) > checkWidth / 2 + halo;
}

// ---- rasterising ----

function coverage(shape: Shape, size: number, px: number, py: number): number {
  let hits = 0;
  for (let i = 0; i < SAMPLES; i++) {
    for (let j = 0; j < SAMPLES; j++) {
      if (shape((px + (i + 0.5) / SAMPLES) / size, (py + (j + 0.5) / SAMPLES) / size)) hits++;
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

/** Paints colour at the given opacity over the pixel (source-over). */
function paint(image: Image, px: number, py: number, [r, g, b]: Rgb, alpha: number): void {
  if (alpha === 0) return;
  const at = (py * image.size + px) * 4;
  const under = image.rgba[at + 3]! / 255;
  const out = alpha + under * (1 - alpha);
  const mix = (src: number, dst: number) => Math.round((src * alpha + dst * under * (1 - alpha)) / out);
  image.rgba[at] = mix(r, image.rgba[at]!);
  image.rgba[at + 1] = mix(g, image.rgba[at + 1]!);
  image.rgba[at + 2] = mix(b, image.rgba[at + 2]!);
  image.rgba[at + 3] = Math.round(out * 255);
}

function drawIcon(size: number): Image {
  const image: Image = { size, rgba: new Uint8Array(size * size * 4) };
  const style = styleFor(size);
  const grid = gridShape(size, style);
  const check = checkMark(style);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      paint(image, px, py, BLUE, coverage(roundedSquare, size, px, py));
      paint(image, px, py, WHITE, style.gridOpacity * coverage(grid, size, px, py));
      paint(image, px, py, WHITE, coverage(check, size, px, py));
    }
  }
  return image;
}

// ---- PNG ----

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function header(size: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method, no interlace
  return ihdr;
}

/** Each scanline is prefixed with filter type 0 (none). */
function scanlines({ size, rgba }: Image): Buffer {
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  return raw;
}

function encodePng(image: Image): Buffer {
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header(image.size)),
    chunk('IDAT', deflateSync(scanlines(image), { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

const outDir = new URL('../taskpane/assets/', import.meta.url);
await mkdir(outDir, { recursive: true });
for (const size of SIZES) {
  await writeFile(new URL(`icon-${size}.png`, outDir), encodePng(drawIcon(size)));
  console.log(`taskpane/assets/icon-${size}.png`);
}
