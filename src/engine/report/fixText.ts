/**
 * What the one smallest fix does to a finding, as one cell's words in a results table: "'Biểu 1'!C17 [4; (1)] →
 * 26.773" per changed cell, or that the fix leaves the finding's rule failing; null when fixes tie or none is known.
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
  const waives = group?.sets.length === 1 && group.sets[0]!.waived.includes(f.rule);
  return waives ? SUSPECT_WORDS[lang].waive(f.rule) : null;
}
