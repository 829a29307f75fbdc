/** Colours as Excel's API gives them ('#RRGGBB', upper case), from what users set and what xlsx files hold. */
import { simError } from './errors.js';

/** Names Excel accepts for `fill.color` (the HTML names; the common ones). */
const NAMED: Record<string, string> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  lime: '#00FF00',
  blue: '#0000FF',
  yellow: '#FFFF00',
  cyan: '#00FFFF',
  aqua: '#00FFFF',
  magenta: '#FF00FF',
  fuchsia: '#FF00FF',
  silver: '#C0C0C0',
  gray: '#808080',
  grey: '#808080',
  maroon: '#800000',
  olive: '#808000',
  green: '#008000',
  purple: '#800080',
  teal: '#008080',
  navy: '#000080',
  orange: '#FFA500',
  pink: '#FFC0CB',
  lightyellow: '#FFFFE0',
  lightgreen: '#90EE90',
  lightblue: '#ADD8E6',
  lightgray: '#D3D3D3',
  lightgrey: '#D3D3D3',
  darkred: '#8B0000',
  gold: '#FFD700',
  salmon: '#FA8072',
  tomato: '#FF6347',
  orangered: '#FF4500',
  khaki: '#F0E68C',
  lavender: '#E6E6FA',
  mistyrose: '#FFE4E1',
  lightpink: '#FFB6C1',
  lightsalmon: '#FFA07A',
  lightcoral: '#F08080',
};

/** The colour a user or add-in sets: '#RGB', '#RRGGBB', 'RRGGBB' or an HTML name. InvalidArgument otherwise. */
export function normalizeColor(input: unknown, where: string): string {
  if (typeof input === 'string') {
    const text = input.trim();
    const named = NAMED[text.toLowerCase()];
    if (named) return named;
    const hex = /^#?([0-9a-fA-F]{6})$/.exec(text)?.[1];
    if (hex) return `#${hex.toUpperCase()}`;
    const short = /^#([0-9a-fA-F]{3})$/.exec(text)?.[1];
    if (short)
      return `#${[...short]
        .map((d) => d + d)
        .join('')
        .toUpperCase()}`;
  }
  throw simError('InvalidArgument', `${JSON.stringify(input)} is not a colour.`, where);
}

/** Office's default theme, in the order xlsx theme indexes use (0 and 1, 2 and 3 swapped against the scheme). */
const THEME = [
  'FFFFFF',
  '000000',
  'E7E6E6',
  '44546A',
  '4472C4',
  'ED7D31',
  'A5A5A5',
  'FFC000',
  '5B9BD5',
  '70AD47',
  '0563C1',
  '954F72',
];

/** The legacy indexed palette of xlsx styles. */
const INDEXED = (
  '000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF ' +
  '800000 008000 000080 808000 800080 008080 C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF ' +
  '000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 ' +
  '3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 993300 993366 333399 333333 ' +
  '000000 FFFFFF'
).split(' ');

/** An exceljs colour ({argb} | {theme, tint} | {indexed}) as '#RRGGBB', or undefined when it names none. */
export function colorOfXlsx(
  color: { argb?: string; theme?: number; tint?: number; indexed?: number } | undefined,
): string | undefined {
  if (!color) return undefined;
  if (typeof color.argb === 'string' && /^[0-9a-fA-F]{6,8}$/.test(color.argb))
    return `#${color.argb.slice(-6).toUpperCase()}`;
  if (typeof color.theme === 'number') {
    const base = THEME[color.theme];
    return base ? `#${withTint(base, color.tint ?? 0)}` : undefined;
  }
  if (typeof color.indexed === 'number') {
    const base = INDEXED[color.indexed];
    return base ? `#${base}` : undefined;
  }
  return undefined;
}

export function argbOf(color: string): string {
  return `FF${color.replace('#', '').toUpperCase()}`;
}

/** Applies an xlsx tint (−1…1) to a colour's lightness, as Excel does. */
function withTint(hex: string, tint: number): string {
  if (!tint) return hex;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  let h = 0;
  if (d !== 0) {
    if (max === r) h = ((g - b) / d) % 6;
    else if (max === g) h = (b - r) / d + 2;
    else h = (r - g) / d + 4;
    h *= 60;
    if (h < 0) h += 360;
  }
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const [r1, g1, b1] =
    h < 60
      ? [c, x, 0]
      : h < 120
        ? [x, c, 0]
        : h < 180
          ? [0, c, x]
          : h < 240
            ? [0, x, c]
            : h < 300
              ? [x, 0, c]
              : [c, 0, x];
  return [r1, g1, b1]
    .map((v) =>
      Math.round((v + m) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase();
}
