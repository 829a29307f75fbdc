/** A progress bar for long batches, drawn on a terminal only and erased when done. */
import type { Output } from './io.js';

export interface Progress {
  /** One more file done; `label` says which. */
  tick(label: string): void;
  /** Erases the bar. */
  done(): void;
}

const NONE: Progress = { tick() {}, done() {} };
const WIDTH = 24;
/** Redraw at most this often: a terminal that gets a line per file slows the batch. */
const EVERY_MS = 80;

export function progressBar(out: Output, total: number, now: () => number = Date.now): Progress {
  if (!out.isTTY || total < 2) return NONE;
  let count = 0;
  let last = -Infinity;
  let drawn = false;
  return {
    tick(label: string) {
      count++;
      const t = now();
      if (count < total && t - last < EVERY_MS) return;
      last = t;
      const filled = Math.round((count / total) * WIDTH);
      const bar = `[${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${count}/${total} `;
      const room = Math.max(0, (out.columns ?? 80) - bar.length - 1);
      const name = label.length > room ? `…${label.slice(label.length - room + 1)}` : label;
      out.write(`\r\x1b[2K${bar}${room ? name : ''}`);
      drawn = true;
    },
    done() {
      if (drawn) out.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
