/** How large a pack may be: far above any campaign's forms, far below what would exhaust a computer loading it. */
export const PACK_LIMITS = {
  /** .json files in a pack folder. */
  files: 1_000,
  /** Bytes of one pack file. */
  fileBytes: 10 * 1024 * 1024,
  /** Input cells the sheets declare, in all. */
  inputCells: 500_000,
  /** Rules once every "for" is expanded, in all. */
  rules: 50_000,
  /** Cells one rule reads. */
  cellsPerRule: 10_000,
  /** Cells all rules read, counted once per rule. */
  ruleCells: 2_000_000,
} as const;

export type PackLimit = Exclude<keyof typeof PACK_LIMITS, 'fileBytes'>;
