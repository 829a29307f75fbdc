/**
 * What the smallest fixes do to a finding, as one cell's words in a results table: "'Biểu 1'!C17 [4; (1)] →
 * 26.773" per changed cell, that the fix leaves the finding's rule failing, or that fixes tie; null when none is known.
 */
import type { Finding } from '../check/finding.js';
import { fixKind } from '../localise/fixKind.js';
import type { SuspectGroup } from '../localise/suspect.js';
import type { CompiledPack } from '../pack/compilePack.js';
import type { Lang } from '../pack/pack.js';
import { SUSPECT_WORDS, suggestionText } from './messages.js';
import { cellLabel } from './suspectViews.js';

export function fixText(pack: CompiledPack, suspects: SuspectGroup[] | undefined, f: Finding, lang: Lang) {
  const fix = fixKind(suspects, [f]);
  if (fix?.kind === 'cells')
    return fix.cells.map((s) => `${cellLabel(s.cell)} → ${suggestionText(s, lang, pack)}`).join('\n');
  if (fix?.kind === 'tie') return SUSPECT_WORDS[lang].tie(fix.sets);
  return fix?.kind === 'waived' ? SUSPECT_WORDS[lang].waive(fix.rule) : null;
}
