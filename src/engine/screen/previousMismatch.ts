/**
 * Whether a workbook chosen as the unit's previous one can be: the same unit, by code as `check --previous`
 * matches units, and an earlier period. Without a code or a readable period it cannot be told, so it is not.
 */
import { parsePeriod } from '../prose/dates.js';
import { matchKey, type UnitIdentity } from '../workbook/unitIdentity.js';

export type PreviousMismatch =
  'current-no-code' | 'previous-no-code' | 'other-unit' | 'current-no-period' | 'previous-no-period' | 'not-earlier';

/** What is wrong with `previous` as the previous period of `current`; undefined when nothing is. */
export function previousMismatch(current: UnitIdentity, previous: UnitIdentity): PreviousMismatch | undefined {
  if (!current.code) return 'current-no-code';
  if (!previous.code) return 'previous-no-code';
  if (matchKey(current.code) !== matchKey(previous.code)) return 'other-unit';
  const now = parsePeriod(current.period);
  const before = parsePeriod(previous.period);
  if (!now) return 'current-no-period';
  if (!before) return 'previous-no-period';
  return before.year * 12 + before.month < now.year * 12 + now.month ? undefined : 'not-earlier';
}
