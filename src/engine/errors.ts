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

/** The sentence a user sees for anything thrown: a PlainError's own, else `unexpected` built from it. */
export function errorText(e: unknown, unexpected: (detail: string) => Text): Text {
  if (e instanceof PlainError) return e.text;
  return unexpected(e instanceof Error ? e.message : String(e));
}
