/** What a pack says about unusual figures: the ratios to screen, their limits, and the screens' settings. */
import type { Text } from '../pack/pack.js';

/** A figure screened: numerator / denominator × scale, or the numerator alone when there is no denominator. */
export interface RatioSpec {
  id: string;
  label: Text;
  /** A rule expression over cells, e.g. "B1['4', '(1)']". */
  numerator: string;
  denominator?: string;
  /** 100 for a share in percent; 1 (default) for "members per organisation". */
  scale?: number;
  /** Decimals the figure is shown with (default 2). */
  decimals?: number;
  /** Units whose denominator is below this give no figure: a ratio over a handful jumps by chance. */
  minBase?: number;
  /**
   * Screen the logarithm, for a ratio that is skewed (a rate a few units have many times over): "three
   * times the median" then weighs as much as "a third of it". Units whose figure is 0 are not screened.
   */
  log?: boolean;
  /** Screened against the other units of a batch (default true). */
  across?: boolean;
  /** Plausibility limits, checked in every workbook on its own. */
  min?: number;
  max?: number;
  /** Expands the ratio once per value, as a rule's `for`. */
  for?: Record<string, string[]>;
}

/** The modified z-score screen across units (Iglewicz and Hoaglin): |0.6745 (x − median) / MAD| > threshold. */
export interface AcrossSettings {
  threshold: number;
  /** Fewer units giving the figure than this: no screen. */
  minUnits: number;
}

/** Hidiroglou–Berthelot on each count against the previous period's workbook of the same unit. */
export interface PreviousSettings {
  /** Weight of the unit's size, 0 to 1. */
  u: number;
  /** Least distance, as a share of the median effect. */
  a: number;
  /** How many quartile distances from the median is unusual. */
  c: number;
  minUnits: number;
  /** Sheets whose counts are screened (default: every sheet). */
  sheets?: string[];
}

export interface ScreensSpec {
  acrossUnits?: Partial<AcrossSettings>;
  previousPeriod?: Partial<PreviousSettings>;
  ratios: RatioSpec[];
}

export const ACROSS_DEFAULTS: AcrossSettings = { threshold: 3.5, minUnits: 5 };
export const PREVIOUS_DEFAULTS: PreviousSettings = { u: 0.5, a: 0.05, c: 4, minUnits: 5 };
