/** The one kind of error a clerk reads: a plain sentence in Vietnamese and English, built by its class. */
import type { Text } from './pack/pack.js';

/** An error a clerk can read: one plain sentence in Vietnamese and English; `message` is the English. */
export abstract class PlainError extends Error {
  readonly text: Text;

  constructor(text: Text, options?: ErrorOptions) {
    super(text.en, options);
    this.name = new.target.name;
    this.text = text;
  }
}

/** Anything else thrown, still said in one line: its first line only, never a stack. */
export class UnexpectedError extends PlainError {
  constructor(cause: unknown, file?: string) {
    const detail = (cause instanceof Error ? cause.message : String(cause)).split('\n')[0];
    super(
      file === undefined
        ? { vi: `Lỗi không lường trước: ${detail}`, en: `Unexpected error: ${detail}` }
        : {
            vi: `Không kiểm tra được tệp "${file}": lỗi không lường trước (${detail}).`,
            en: `Cannot check "${file}": unexpected error (${detail}).`,
          },
      { cause },
    );
  }
}

/** The sentence a user sees for anything thrown, about `file` when there is one. */
export function errorText(e: unknown, file?: string): Text {
  return e instanceof PlainError ? e.text : new UnexpectedError(e, file).text;
}
