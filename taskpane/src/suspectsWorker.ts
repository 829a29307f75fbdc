/** The Web Worker that localises errors: it compiles the bundled pack itself, as functions cannot be posted. */
import packSpec from 'kiembieu:pack';
import { check, compilePack, errorText } from '../../src/engine/index.js';
import type { SuspectsAnswer, SuspectsAsk } from './suspectsInWorker.js';

const pack = compilePack(packSpec);

addEventListener('message', (e: MessageEvent<SuspectsAsk>) => {
  const { id, file, workbook } = e.data;
  const thread = typeof document === 'undefined' ? 'worker' : 'main';
  let answer: SuspectsAnswer;
  try {
    answer = { id, thread, suspects: check(pack, workbook, file).report.suspects ?? [] };
  } catch (err) {
    answer = { id, thread, error: errorText(err, file) };
  }
  postMessage(answer);
});
