/** What a command writes to: passed in, so commands run the same in tests and in a terminal. */
export interface Output {
  write(text: string): unknown;
  /** A terminal (process.stderr has these): progress is only drawn there. */
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdout: Output;
  stderr: Output;
}

/** Exit codes: clean, findings with errors, input or pack that cannot be used. */
export const EXIT = { ok: 0, errors: 1, unusable: 2 } as const;
