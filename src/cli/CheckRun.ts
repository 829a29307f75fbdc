/** What a command checked: the pack, and for each file its report or the sentence saying why it was not checked. */
import type { BatchEntry, CompiledPack } from '../engine/index.js';

export interface CheckRun {
  pack: CompiledPack;
  outcomes: BatchEntry[];
}
