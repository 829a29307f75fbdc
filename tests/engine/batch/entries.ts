/** Batch entries for tests: a unit's check with its counts and stamp, and a file that could not be read. */
import type { BatchEntry } from '../../../src/engine/batch/summary.js';
import type { Report } from '../../../src/engine/check/validate.js';

export function entry(
  file: string,
  errors: number,
  warnings: number,
  state: Report['stamp']['state'],
  unit: Partial<Report['unit']> = {},
): BatchEntry {
  return {
    file,
    report: {
      file,
      unit: { name: '', code: '', period: '12-2017', ...unit },
      pack: { id: 'tiny', version: '1.0.0' },
      findings: [],
      counts: { errors, warnings, discrepancies: errors, problems: 0, blanks: 0, rules: 0, cells: 9 },
      stamp: { value: 'sha256:x', state, ...(state === 'unchecked' ? {} : { checkedAt: '2018-06-04T20:30:00.000Z' }) },
    },
  };
}
export const broken: BatchEntry = { file: 'broken.xlsx', error: { vi: 'Hỏng.', en: 'Broken.' } };
