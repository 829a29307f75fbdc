/** What checking one file came to: a report, or the sentence saying why it could not be checked. */
import type { CompiledPack } from '../engine/compilePack.js';
import type { Text } from '../engine/pack.js';
import type { Report } from '../engine/validate.js';

export type Outcome = { file: string; report: Report } | { file: string; error: Text };

export interface CheckRun {
  pack: CompiledPack;
  outcomes: Outcome[];
}
