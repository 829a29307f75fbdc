/**
 * The screens a check runs only when given more than the workbook: `across` the other units of a batch
 * (rules `screen.<ratio id>`) and against the unit's `previous` workbook (rule `screen.previous`). The
 * pack's limits (`limit.<id>`) and every other rule run on any check.
 */
export type ScreenKind = 'across' | 'previous';

export const PREVIOUS_RULE = 'screen.previous';

/** The screen a finding's rule comes from, when it is one that does not always run. */
export function screenOfRule(rule: string): ScreenKind | undefined {
  if (rule === PREVIOUS_RULE) return 'previous';
  return rule.startsWith('screen.') ? 'across' : undefined;
}
