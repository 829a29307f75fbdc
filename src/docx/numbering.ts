/**
 * Word's automatic numbering written out as printed: numbering.xml gives each list level a format
 * ("%1.%2.", decimal, upperRoman …) and a start; the counters run through the document in order.
 */
import { child, elements, type XmlElement } from './xmlTree.js';

interface Level {
  format: string;
  text: string;
  start: number;
}

export interface Numbering {
  /** The label of the next paragraph at (numId, ilvl), counters advanced: "II.", "2.1.", "" for bullets. */
  next(numId: string, ilvl: number): string;
}

const val = (e: XmlElement | undefined) => e?.attrs['w:val'];

export function numbering(root: XmlElement | undefined): Numbering {
  const abstract = new Map<string, Level[]>();
  const nums = new Map<string, string>();
  for (const a of root ? elements(root, 'w:abstractNum') : []) abstract.set(a.attrs['w:abstractNumId']!, levelsOf(a));
  for (const n of root ? elements(root, 'w:num') : [])
    nums.set(n.attrs['w:numId']!, val(child(n, 'w:abstractNumId')) ?? '');
  const counters = new Map<string, number[]>();
  return {
    next(numId, ilvl) {
      const id = nums.get(numId);
      const levels = id === undefined ? undefined : abstract.get(id);
      if (!levels?.[ilvl]) return '';
      const count = counters.get(id!) ?? levels.map((l) => l.start - 1);
      count[ilvl]! += 1;
      for (let i = ilvl + 1; i < count.length; i++) count[i] = levels[i]!.start - 1;
      counters.set(id!, count);
      if (levels[ilvl]!.format === 'bullet' || levels[ilvl]!.format === 'none') return '';
      return levels[ilvl]!.text.replace(/%(\d)/g, (_, d: string) => formatted(levels[+d - 1], count[+d - 1] ?? 0));
    },
  };
}

function levelsOf(abstract: XmlElement): Level[] {
  const out: Level[] = [];
  for (const lvl of elements(abstract, 'w:lvl')) {
    out[Number(lvl.attrs['w:ilvl'] ?? 0)] = {
      format: val(child(lvl, 'w:numFmt')) ?? 'decimal',
      text: val(child(lvl, 'w:lvlText')) ?? '',
      start: Number(val(child(lvl, 'w:start')) ?? 1),
    };
  }
  return Array.from(out, (l) => l ?? { format: 'decimal', text: '', start: 1 });
}

function formatted(level: Level | undefined, n: number): string {
  switch (level?.format) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letter(n);
    case 'lowerLetter':
      return letter(n).toLowerCase();
    case 'decimalZero':
      return String(n).padStart(2, '0');
    default:
      return String(n);
  }
}

function roman(n: number): string {
  const marks: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of marks) for (; n >= v; n -= v) out += s;
  return out;
}

function letter(n: number): string {
  return n < 1 ? '' : String.fromCharCode(64 + (((n - 1) % 26) + 1)).repeat(Math.floor((n - 1) / 26) + 1);
}
