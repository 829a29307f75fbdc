import { describe, expect, it } from 'vitest';
import { progressBar } from '../../src/cli/progress.js';

const sink = (isTTY: boolean, columns = 60) => {
  const out = { text: '', isTTY, columns, write: (s: string) => (out.text += s) };
  return out;
};

describe('progressBar', () => {
  it('draws nothing when the output is no terminal, or for one file', () => {
    for (const [tty, total] of [
      [false, 10],
      [true, 1],
    ] as const) {
      const out = sink(tty);
      const p = progressBar(out, total);
      for (let i = 0; i < total; i++) p.tick(`f${i}.xlsx`);
      p.done();
      expect(out.text).toBe('');
    }
  });

  it('on a terminal: the bar, the count and the file, kept to the width, at most every 80 ms, the last always; erased when done', () => {
    const out = sink(true, 50);
    let now = 0;
    const p = progressBar(out, 4, () => now);
    p.tick('a.xlsx');
    now = 10;
    p.tick('b.xlsx'); // too soon after a.xlsx: not drawn
    now = 100;
    p.tick(`${'x'.repeat(80)}.xlsx`);
    now = 101;
    p.tick('d.xlsx'); // the last: drawn
    const frames = out.text.split('\r\u001b[2K').filter(Boolean);
    expect(frames).toEqual([
      `[${'█'.repeat(6)}${'░'.repeat(18)}] 1/4 a.xlsx`,
      expect.stringMatching(/^\[█{18}░{6}\] 3\/4 …x+\.xlsx$/),
      `[${'█'.repeat(24)}] 4/4 d.xlsx`,
    ]);
    expect(frames[1]!.length).toBeLessThan(50);
    p.done();
    expect(out.text.endsWith('d.xlsx\r\u001b[2K')).toBe(true);
  });
});
