/**
 * What the smallest fixes do to a finding, as one cell's words in a results table: "'Biểu 1'!C17 [4; (1)] →
 * 26.773" per changed cell, that the fix leaves the finding's rule failing, or that fixes tie; null when none is known.
 */
import type { Finding } from '../check/finding.js';
import { fixFor } from '../localise/fixFor.js';
import type { SuspectGroup } from '../localise/suspect.js';
import type { CompiledPack } from '../pack/compilePack.js';
import type { Lang } from '../pack/pack.js';
import { SUSPECT_WORDS, suggestionText } from './messages.js';
import { cellLabel } from './suspectViews.js';

export function fixText(pack: CompiledPack, suspects: SuspectGroup[] | undefined, f: Finding, lang: Lang) {
  const fix = fixFor(suspects, f);
  if (fix.length) return fix.map((s) => `${cellLabel(s.cell)} → ${suggestionText(s, lang, pack)}`).join('\n');
  const group = suspects?.find((g) => g.rules.includes(f.rule));
  if (!group) return null;
  if (group.sets.length > 1) return SUSPECT_WORDS[lang].tie(group.sets.length);
  return group.sets[0]?.waived.includes(f.rule) ? SUSPECT_WORDS[lang].waive(f.rule) : null;
}
