/** A pack's screens made ready: every ratio compiled over the pack's cells, every fault found at load. */
import { compileExpression, RuleRefused, type Evaluator, type ResolveCells } from '../rules/compileExpression.js';
import { bindingsOf } from '../rules/compileRule.js';
import { PackError } from '../pack/errors.js';
import { ExpressionSyntaxError, parseExpression } from '../rules/mathParser.js';
import type { Pack, Text } from '../pack/pack.js';
import type { Slot } from '../pack/compilePack.js';
import {
  ACROSS_DEFAULTS,
  PREVIOUS_DEFAULTS,
  type AcrossSettings,
  type PreviousSettings,
  type RatioSpec,
} from './screenSpec.js';

export const SCREENS_FILE = 'screens.json';

export interface CompiledRatio {
  /** The pack's id, with the `for` values: "ket-nap-nam[2015]". */
  id: string;
  label: Text;
  numerator: Evaluator;
  denominator?: Evaluator;
  /** Cells read, the numerator's first. */
  slots: number[];
  /** The denominator's cells. */
  baseSlots: number[];
  scale: number;
  decimals: number;
  minBase: number;
  across: boolean;
  log: boolean;
  min?: number;
  max?: number;
}

export interface CompiledScreens {
  ratios: CompiledRatio[];
  across: AcrossSettings;
  previous: PreviousSettings & { slots: number[] };
}

export function compileScreens(pack: Pack, slots: Slot[], resolve: ResolveCells): CompiledScreens {
  const spec = pack.screens;
  const across = { ...ACROSS_DEFAULTS, ...spec?.acrossUnits };
  const previous = { ...PREVIOUS_DEFAULTS, ...spec?.previousPeriod };
  const codes = new Set(pack.sheets.map((s) => s.code));
  previous.sheets?.forEach((code, i) => {
    if (!codes.has(code)) {
      throw new PackError(SCREENS_FILE, `previousPeriod.sheets[${i}]`, {
        vi: `không có biểu "${code}"`,
        en: `there is no sheet "${code}"`,
      });
    }
  });
  const screened = new Set(previous.sheets ?? codes);
  const counts = slots.flatMap((s, i) => (s.kind === 'count' && screened.has(s.sheet) ? [i] : []));
  const ratios = (spec?.ratios ?? []).flatMap((r, i) => compileRatio(r, i, resolve));
  const seen = new Set<string>();
  ratios.forEach((r) => {
    if (seen.has(r.id)) {
      throw new PackError(SCREENS_FILE, 'ratios', {
        vi: `mã tỷ số "${r.id}" dùng hai lần`,
        en: `ratio id "${r.id}" is used twice`,
      });
    }
    seen.add(r.id);
  });
  return { ratios, across, previous: { ...previous, slots: counts } };
}

function compileRatio(spec: RatioSpec, index: number, resolve: ResolveCells): CompiledRatio[] {
  const at = (key: string) => `ratios[${index}].${key}`;
  try {
    const bindings = bindingsOf(spec);
    return bindings.map((b) => {
      const values = Object.values(b);
      const top = new Set<number>();
      const base = new Set<number>();
      const numerator = compile(spec.numerator, resolve, b, top, at('numerator'));
      const denominator =
        spec.denominator === undefined ? undefined : compile(spec.denominator, resolve, b, base, at('denominator'));
      return {
        id: values.length ? `${spec.id}[${values.join(',')}]` : spec.id,
        label: spec.label,
        numerator,
        ...(denominator ? { denominator } : {}),
        slots: [...new Set([...top, ...base])],
        baseSlots: [...base],
        scale: spec.scale ?? 1,
        decimals: spec.decimals ?? 2,
        minBase: spec.minBase ?? 0,
        across: spec.across ?? true,
        log: spec.log ?? false,
        ...(spec.min !== undefined ? { min: spec.min } : {}),
        ...(spec.max !== undefined ? { max: spec.max } : {}),
      };
    });
  } catch (e) {
    if (!(e instanceof RuleRefused)) throw e;
    throw new PackError(SCREENS_FILE, at('for'), {
      vi: `tỷ số "${spec.id}": ${e.reason.vi}`,
      en: `ratio "${spec.id}": ${e.reason.en}`,
    });
  }
}

function compile(
  text: string,
  resolve: ResolveCells,
  bindings: Record<string, string>,
  slots: Set<number>,
  key: string,
): Evaluator {
  try {
    const evaluator = compileExpression(parseExpression(text), { resolve, bindings, slots });
    if (!slots.size) throw new RuleRefused({ vi: `"${text}" không đọc ô nào`, en: `"${text}" reads no cell` });
    return evaluator;
  } catch (e) {
    if (e instanceof RuleRefused || e instanceof ExpressionSyntaxError)
      throw new PackError(SCREENS_FILE, key, e.reason);
    throw e;
  }
}
