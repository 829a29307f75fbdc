/**
 * The process's standard output, guarded: a reader that stops reading (`| head -1`) ends the output
 * quietly; a write that fails (`> /dev/full`) is one sentence on stderr and exit 2, never a stack trace.
 */
import type { EventEmitter } from 'node:events';
import { PlainError, type Lang } from '../engine/index.js';
import type { Output } from './io.js';

/** Standard output could not be written. */
export class OutputFailedError extends PlainError {
  constructor(readonly reason: string) {
    super({
      vi: `Không ghi được kết quả ra đầu ra chuẩn (${reason}).`,
      en: `Cannot write the output to standard output (${reason}).`,
    });
  }
}

export interface GuardedOutput extends Output {
  /** Whether a write failed (not counting a reader that went away). */
  readonly failed: boolean;
}

const GONE = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

/** `onFail` is called once a write failed, whenever the failure is told. */
export function guardStdout(
  stdout: Output & EventEmitter,
  stderr: Output,
  lang: Lang,
  onFail: () => void,
): GuardedOutput {
  let failed = false;
  let closed = false;
  stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (closed || failed) return;
    if (e.code !== undefined && GONE.has(e.code)) {
      closed = true;
      return;
    }
    failed = true;
    const reason = e.code === 'ENOSPC' ? (lang === 'vi' ? 'ổ đĩa đầy' : 'the disk is full') : (e.code ?? e.message);
    stderr.write(`${new OutputFailedError(reason).text[lang]}\n`);
    onFail();
  });
  return {
    write: (text: string) => (closed || failed ? true : stdout.write(text)),
    get failed() {
      return failed;
    },
  };
}
