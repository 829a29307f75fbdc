import { PlainError } from '../engine/index.js';

/** A command line the CLI cannot act on. */
export class UsageError extends PlainError {
  constructor(en: string, vi: string) {
    super({ vi: `${vi} Xem: kiembieu --help`, en: `${en} See: kiembieu --help` });
  }
}
