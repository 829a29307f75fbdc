import { describe, expect, it } from 'vitest';
import { summarise, worstFirst } from '../../../src/engine/batch/summary.js';
import { summaryLines } from '../../../src/engine/report/batchText.js';
import { broken, entry } from './entries.js';

describe('worstFirst', () => {
  it('unreadable files, then most errors, most warnings, changed, never checked, the rest; ties keep their order', () => {
    const entries = [
      entry('ok-1', 0, 0, 'unchanged'),
      entry('unchecked', 0, 0, 'unchecked'),
      entry('warn', 0, 2, 'unchanged'),
      entry('err-2', 2, 0, 'unchanged'),
      broken,
      entry('changed', 0, 0, 'changed'),
      entry('err-5', 5, 9, 'unchanged'),
      entry('ok-2', 0, 0, 'unchanged'),
    ];
    expect(worstFirst(entries).map((e) => e.file)).toEqual([
      'broken.xlsx',
      'err-5',
      'err-2',
      'warn',
      'changed',
      'unchecked',
      'ok-1',
      'ok-2',
    ]);
  });
});

describe('summarise', () => {
  it('counts files, errors, warnings and stamps; finds one unit in two files and mixed periods', () => {
    const s = summarise([
      entry('a', 1, 2, 'changed', { code: 'DH' }),
      entry('b', 0, 0, 'unchanged', { code: ' dh ' }),
      entry('c', 0, 1, 'unchecked', { name: 'Khối', period: '12/2017' }),
      entry('d', 0, 0, 'unchecked', { name: 'Khác', period: '12-2018' }),
      broken,
    ]);
    expect(s).toEqual({
      files: 5,
      clean: 3,
      withErrors: 1,
      unreadable: 1,
      errors: 1,
      warnings: 3,
      discrepancies: 1,
      problems: 0,
      blanks: 0,
      stamps: { unchanged: 1, changed: 1, unchecked: 2 },
      sameUnit: [{ unit: 'DH', files: ['a', 'b'] }],
      periods: [
        { period: '12-2017', files: ['a', 'b', 'c'] },
        { period: '12-2018', files: ['d'] },
      ],
      ready: 2,
      unexplained: 1,
    });
    expect(summaryLines(s, 'en')).toEqual([
      '5 files: 3 without errors, 1 with errors, 1 cannot be checked; 1 discrepancy, 0 blank cells, 3 warnings in all.',
      'Stamps: 1 checked, unchanged since; 1 changed after checking; 2 never checked.',
      'Ready to send: 2; not ready: 1 with errors, 1 with warnings not explained.',
      'One unit, DH, in 2 files: a, b.',
      'The files are not all of one period: 12-2017 (3), 12-2018 (1).',
    ]);
  });
});
