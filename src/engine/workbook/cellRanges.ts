/** A1 addresses gathered into the rectangles they fill: C8, C9, C10, D8, D9, D10 is C8:D10. */

interface Block {
  col: number;
  row: number;
  lastCol: number;
  lastRow: number;
}

/** Each block as its first and last address (the same for a single cell), top to bottom, left to right. */
export function cellRanges(addresses: string[]): [string, string][] {
  const columns = new Map<number, number[]>();
  for (const a of new Set(addresses)) {
    const m = /^([A-Z]+)(\d+)$/.exec(a);
    if (!m) continue;
    const col = columnIndex(m[1]!);
    columns.set(col, [...(columns.get(col) ?? []), Number(m[2])]);
  }
  const blocks: Block[] = [];
  for (const col of [...columns.keys()].sort((a, b) => a - b)) {
    for (const [row, lastRow] of runs(columns.get(col)!)) {
      const left = blocks.find((b) => b.lastCol === col - 1 && b.row === row && b.lastRow === lastRow);
      if (left) left.lastCol = col;
      else blocks.push({ col, row, lastCol: col, lastRow });
    }
  }
  blocks.sort((a, b) => a.row - b.row || a.col - b.col);
  return blocks.map((b) => [`${letters(b.col)}${b.row}`, `${letters(b.lastCol)}${b.lastRow}`]);
}

function runs(rows: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of [...rows].sort((a, b) => a - b)) {
    const last = out.at(-1);
    if (last && r === last[1] + 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}

function columnIndex(text: string): number {
  return [...text].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function letters(col: number): string {
  let out = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) out = String.fromCharCode(65 + ((c - 1) % 26)) + out;
  return out;
}
