/** What checking one file came to: a report, or the sentence saying why it could not be checked. */
import type { CompiledPack, Report, Text } from '../engine/index.js';

export type Outcome = { file: string; report: Report } | { file: string; error: Text };

export interface CheckRun {
  pack: CompiledPack;
  outcomes: Outcome[];
}
