import { describe, expect, it } from 'vitest';
import { summarise, worstFirst, type BatchEntry } from '../../../src/engine/batch/summary.js';
import { dayOf, stampText, summaryLines } from '../../../src/engine/report/batchText.js';
import { htmlReport } from '../../../src/engine/report/htmlReport.js';
import type { Report } from '../../../src/engine/check/validate.js';
import { compileTiny } from '../fixtures.js';

const pack = compileTiny();

function entry(file: string, errors: number, warnings: number, state: Report['stamp']['state'], unit: Partial<Report['unit']> = {}): BatchEntry {
  return {
    file,
    report: {
      file,
      unit: { name: '', code: '', period: '12-2017', ...unit },
      pack: { id: 'tiny', version: '1.0.0' },
      findings: [],
      counts: { errors, warnings, rules: 0, cells: 9 },
      stamp: { value: 'sha256:x', state, ...(state === 'unchecked' ? {} : { checkedAt: '2018-06-04T20:30:00.000Z' }) },
    },
  };
}
const broken: BatchEntry = { file: 'broken.xlsx', error: { vi: 'Hỏng.', en: 'Broken.' } };

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
    expect(worstFirst(entries).map((e) => e.file)).toEqual(['broken.xlsx', 'err-5', 'err-2', 'warn', 'changed', 'unchecked', 'ok-1', 'ok-2']);
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
      stamps: { unchanged: 1, changed: 1, unchecked: 2 },
      sameUnit: [{ unit: 'DH', files: ['a', 'b'] }],
      periods: [
        { period: '12-2017', files: ['a', 'b', 'c'] },
        { period: '12-2018', files: ['d'] },
      ],
    });
    expect(summaryLines(s, 'en')).toEqual([
      '5 files: 3 without errors, 1 with errors, 1 cannot be checked; 1 error, 3 warnings in all.',
      'Stamps: 1 checked, unchanged since; 1 changed after checking; 2 never checked.',
      'One unit, DH, in 2 files: a, b.',
      'The files are not all of one period: 12-2017 (3), 12-2018 (1).',
    ]);
  });
});

describe('stampText', () => {
  it('says the state, with the day of the check in Viet Nam', () => {
    const checked = { value: 'x', checkedAt: '2018-06-04T20:30:00.000Z' };
    expect(stampText({ ...checked, state: 'unchanged' }, 'vi')).toBe('đã kiểm tra, không sửa sau đó (05/06/2018)');
    expect(stampText({ ...checked, state: 'changed' }, 'en')).toBe('changed after checking (05/06/2018)');
    expect(stampText({ value: 'x', state: 'unchecked' }, 'vi')).toBe('chưa kiểm tra');
    expect(dayOf('not a time', 'vi')).toBe('not a time');
  });
});

describe('htmlReport', () => {
  it('escapes what a workbook says, so a unit name cannot add markup', () => {
    const html = htmlReport(pack, [entry('<b>.xlsx', 0, 0, 'unchanged', { name: '<script>alert(1)</script> & "Khối"' })], 'vi', '2018-06-05T02:00:00.000Z');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;Khối&#34;');
    expect(html).toContain('&#60;b&#62;.xlsx');
    expect(html).toContain('05/06/2018 09:00');
  });
});
