/**
 * Consolidation: the units' workbooks added up into one workbook of the same template, read one at a
 * time with only running sums kept.
 *
 * - A count cell is the exact sum of the units that gave a number in it. Blank is not zero: a cell blank
 *   (or unreadable) in every unit stays blank; otherwise it is the sum of the units that gave it, and the
 *   units that did not are listed (a `partial` note).
 * - A percentage or growth rate that a `percent` or `growth` rule of the pack computes
 *   (`X == expression`) is computed again by that rule from the consolidated counts and rounded to the
 *   column's decimals: never summed, never averaged.
 * - Another non-count cell (no rule computes it, or its base adds up to 0) keeps the value the units
 *   agree on, if they all gave the same (a ratio equal in every unit is the ratio of the sums); when they
 *   differ it is left blank (a `differs` note).
 * - A row the pack marks `"consolidate": "manual"` is a figure of the consolidating level itself (B1 row 1
 *   of nq22-2018, the committees directly under the province, is 0 in every district): left blank for the
 *   supervisor to fill in (a `manual` note).
 *
 * Refused, with one sentence naming the files: two workbooks of one unit (same unit code, or without
 * codes the same name, or the very same figures), workbooks of different packs or pack versions, or of
 * different periods, a consolidated workbook among units' own (an earlier result left among them), and
 * any file that cannot be read. Consolidated workbooks alone add up (a national roll-up of provinces).
 */
import type { CompiledPack } from '../pack/compilePack.js';
import type { CompiledRule } from '../rules/compileRule.js';
import { PlainError } from '../errors.js';
import { WrongPackError } from '../workbook/errors.js';
import { detached } from '../workbook/detached.js';
import { isUndecided } from '../rules/interval.js';
import type { Text } from '../pack/pack.js';
import { CellState } from '../workbook/readCells.js';
import { matchKey, type UnitIdentity } from '../workbook/unitIdentity.js';
import { checkedWorkbook, type Report } from '../check/validate.js';
import type { FindingCounts } from '../check/findingCounts.js';
import type { FiguresByCode } from './values.js';
import type { RawWorkbook } from '../workbook/workbook.js';

/** A unit's workbook that went in, as listed on the units sheet. */
export interface ConsolidatedUnit {
  file: string;
  unit: UnitIdentity;
  pack: Report['pack'];
  counts: FindingCounts;
  stamp: Report['stamp'];
}

/** A cell of the consolidated workbook that is not simply the sum of every unit. */
export interface ConsolidationNote {
  sheet: string;
  row: string;
  col: string;
  kind: 'manual' | 'partial' | 'differs';
  /** For `partial`: indexes into `units` of the units that left the cell (or a cell it is computed from) blank, */
  blank: number[];
  /** … and of those where it could not be read (an error value, text, a missing row). */
  unreadable: number[];
}

export interface Consolidated {
  units: ConsolidatedUnit[];
  /** The figures to write, by sheet, row and column code; blank cells are absent. Percentages in points. */
  values: FiguresByCode;
  notes: ConsolidationNote[];
  /** The consolidated workbook's identity: as given, the period defaulting to the units' period. */
  identity: UnitIdentity;
}

/** Why a batch cannot be consolidated: nothing is written. */
export class ConsolidationRefused extends PlainError {
  /** `whole`: the sentence as it stands, for a refusal that words itself. */
  constructor(reason: Text, whole?: Text) {
    super(
      whole ?? {
        vi: `Không tổng hợp: ${reason.vi}; không ghi tệp nào.`,
        en: `Not consolidated: ${reason.en}; nothing was written.`,
      },
    );
  }

  /** A file that could not be read or is not a workbook of the pack: its own sentence follows ours, whole. */
  static unusable(file: string, reason: Text): ConsolidationRefused {
    return new UnusableFileRefused(file, reason);
  }
}

/** A refusal for one file's own reason, which is quoted whole; the file is named once. */
class UnusableFileRefused extends ConsolidationRefused {
  constructor(file: string, reason: Text) {
    const named = (s: string) => s.includes(`"${file}"`);
    super(reason, {
      vi: `${named(reason.vi) ? 'Không tổng hợp' : `Không tổng hợp tệp "${file}"`}, không ghi tệp nào: ${reason.vi}`,
      en: `${named(reason.en) ? 'Not consolidated' : `"${file}" not consolidated`}, nothing was written: ${reason.en}`,
    });
  }
}

export class Consolidator {
  private readonly n: number;
  private readonly sum: Float64Array;
  /** How many units gave a number in each cell. */
  private readonly reported: Uint32Array;
  /** The first number given in a non-count cell, and whether a later unit gave another. */
  private readonly first: Float64Array;
  private readonly differs: Uint8Array;
  private readonly blank = new Map<number, number[]>();
  private readonly unreadable = new Map<number, number[]>();
  private readonly byUnit = new Map<string, string>();
  private readonly byStamp = new Map<string, string>();
  private period?: { key: string; text: string; file: string };
  readonly units: ConsolidatedUnit[] = [];
  /** The first workbook's kind: consolidated (its file and unit count) or a unit's own (undefined). */
  private consolidatedSeen?: { file: string; units: number };

  constructor(readonly pack: CompiledPack) {
    this.n = pack.slots.length;
    this.sum = new Float64Array(this.n);
    this.reported = new Uint32Array(this.n);
    this.first = new Float64Array(this.n);
    this.differs = new Uint8Array(this.n);
  }

  /**
   * Checks one unit's workbook and adds its figures; returns its check. Throws ConsolidationRefused when
   * the batch cannot be consolidated; nothing of a refused workbook is added.
   */
  add(wb: RawWorkbook, file: string): Report {
    const { report, values } = this.checked(wb, file);
    this.refuseMixed(report, file);
    this.refuseConflicts(report, file);
    const u = this.units.length;
    const unit = {
      name: detached(report.unit.name),
      code: detached(report.unit.code),
      period: detached(report.unit.period),
    };
    const stamp = {
      ...report.stamp,
      ...(report.stamp.checkedAt ? { checkedAt: detached(report.stamp.checkedAt) } : {}),
    };
    this.units.push({ file, unit, pack: report.pack, counts: countsOnly(report.counts), stamp });
    for (let i = 0; i < this.n; i++) {
      const state = values.state[i];
      if (state === CellState.Number) {
        const v = values.value[i]!;
        if (this.reported[i] === 0) this.first[i] = v;
        else if (this.first[i] !== v) this.differs[i] = 1;
        this.sum[i] = this.sum[i]! + v;
        this.reported[i] = this.reported[i]! + 1;
      } else {
        const list = state === CellState.Blank ? this.blank : this.unreadable;
        let units = list.get(i);
        if (!units) list.set(i, (units = []));
        units.push(u);
      }
    }
    return report;
  }

  /**
   * Consolidated workbooks (provinces' totals, for a national roll-up) add up among themselves; one among
   * units' own workbooks is most likely an earlier result left in their folder, and would count them twice.
   */
  private refuseMixed(report: Report, file: string): void {
    const mine = report.consolidated ? { file, units: report.consolidated.units } : undefined;
    if (this.units.length === 0) {
      this.consolidatedSeen = mine;
      return;
    }
    const earlier = this.consolidatedSeen;
    if (!!mine === !!earlier) return;
    const { file: name, units: n } = (mine ?? earlier)!;
    throw new ConsolidationRefused({
      vi:
        `"${name}" là tệp đã tổng hợp (từ ${n} đơn vị), nằm lẫn với tệp của các đơn vị, ` +
        'nên cộng vào sẽ tính các đơn vị đó hai lần',
      en:
        `"${name}" is a consolidated workbook (of ${n} units) among units' own workbooks, ` +
        'and adding it would count those units twice',
    });
  }

  /** The consolidated figures and notes; `identity` names the consolidating unit. */
  result(identity: Partial<UnitIdentity> = {}): Consolidated {
    const { pack, n } = this;
    const out = new Float64Array(n);
    const state = new Uint8Array(n).fill(CellState.Blank);
    const notes = new Map<number, ConsolidationNote>();
    const note = (i: number, kind: ConsolidationNote['kind'], blank: number[] = [], unreadable: number[] = []) => {
      const { sheet, row, col } = pack.slots[i]!;
      notes.set(i, { sheet, row, col, kind, blank, unreadable });
    };
    const manual = manualSlots(pack);
    const computed = computingRules(pack);
    /** Units missing from each cell's figure: its own blanks, and for a computed cell those of its inputs. */
    const missing = (i: number) => ({ blank: this.blank.get(i) ?? [], unreadable: this.unreadable.get(i) ?? [] });
    for (let i = 0; i < n; i++) {
      if (manual.has(i)) {
        note(i, 'manual');
        continue;
      }
      if (this.reported[i] === 0) continue;
      const { blank, unreadable } = missing(i);
      if (blank.length || unreadable.length) note(i, 'partial', blank, unreadable);
      if (pack.slots[i]!.kind === 'count') {
        out[i] = this.sum[i]!;
        state[i] = CellState.Number;
      } else if (!computed.has(i)) {
        this.agreed(i, out, state, note);
      }
    }
    this.compute(computed, out, state, notes, note);
    return {
      units: this.units,
      values: valuesOf(pack, out, state),
      notes: [...notes.entries()].sort(([a], [b]) => a - b).map(([, x]) => x),
      identity: this.identityOf(identity),
    };
  }

  /**
   * Percent and growth cells from their rules, over cells already consolidated; in passes, for rules over
   * computed cells.
   */
  private compute(
    computed: Map<number, CompiledRule>,
    out: Float64Array,
    state: Uint8Array,
    notes: Map<number, ConsolidationNote>,
    note: (i: number, kind: ConsolidationNote['kind'], blank?: number[], unreadable?: number[]) => void,
  ): void {
    // A computed cell blank in every unit stays blank, like any other.
    const pending = new Set(
      [...computed.keys()].filter((i) => this.reported[i]! > 0 && notes.get(i)?.kind !== 'manual'),
    );
    let progress = true;
    while (pending.size && progress) {
      progress = false;
      for (const i of [...pending]) {
        const rule = computed.get(i)!;
        const inputs = rule.slots.filter((s) => s !== i);
        if (inputs.some((s) => pending.has(s))) continue;
        pending.delete(i);
        progress = true;
        if (inputs.some((s) => state[s] !== CellState.Number)) {
          this.agreed(i, out, state, note);
          continue;
        }
        const v = rule.rhs(out, out);
        if (isUndecided(v) || !Number.isFinite(v.lo)) {
          this.agreed(i, out, state, note);
          continue;
        }
        out[i] = round(v.lo, this.pack.slots[i]!.decimals);
        state[i] = CellState.Number;
        const blank = new Set(notes.get(i)?.blank ?? []);
        const unreadable = new Set(notes.get(i)?.unreadable ?? []);
        for (const s of inputs) {
          for (const u of notes.get(s)?.blank ?? []) blank.add(u);
          for (const u of notes.get(s)?.unreadable ?? []) unreadable.add(u);
        }
        if (blank.size || unreadable.size)
          note(
            i,
            'partial',
            [...blank].sort((a, b) => a - b),
            [...unreadable].sort((a, b) => a - b),
          );
      }
    }
    for (const i of pending) this.agreed(i, out, state, note);
  }

  /** A cell no rule computes here: the value every unit that gave it agrees on, else blank. */
  private agreed(
    i: number,
    out: Float64Array,
    state: Uint8Array,
    note: (i: number, kind: ConsolidationNote['kind']) => void,
  ): void {
    if (this.reported[i] === 0) return;
    if (this.differs[i]) {
      note(i, 'differs');
      return;
    }
    out[i] = this.first[i]!;
    state[i] = CellState.Number;
  }

  private checked(wb: RawWorkbook, file: string) {
    try {
      return checkedWorkbook(this.pack, wb, file);
    } catch (e) {
      if (e instanceof WrongPackError) {
        const other = this.units[0]?.file;
        throw new ConsolidationRefused(
          other
            ? {
                vi: `"${file}" được tạo từ gói biểu mẫu ${e.found}, còn "${other}" từ gói ${e.expected}`,
                en: `"${file}" was made from template pack ${e.found} and "${other}" from ${e.expected}`,
              }
            : {
                vi: `"${file}" được tạo từ gói biểu mẫu ${e.found}, không phải gói ${e.expected} dùng để tổng hợp`,
                en: `"${file}" was made from template pack ${e.found}, not ${e.expected} that consolidates`,
              },
        );
      }
      if (e instanceof PlainError) throw ConsolidationRefused.unusable(file, e.text);
      throw e;
    }
  }

  private refuseConflicts(report: Report, file: string): void {
    const { unit } = report;
    const key = unit.code ? `code:${matchKey(unit.code)}` : unit.name ? `name:${matchKey(unit.name)}` : undefined;
    const twin = key && this.byUnit.get(key);
    if (twin) {
      const who = unit.code ? `mã ${unit.code}` : `"${unit.name}"`;
      const whoEn = unit.code ? `code ${unit.code}` : `"${unit.name}"`;
      throw new ConsolidationRefused({
        vi: `"${twin}" và "${file}" là của cùng một đơn vị (${who}), mỗi đơn vị chỉ được một tệp`,
        en: `"${twin}" and "${file}" are both of unit ${whoEn}, and each unit may send one workbook only`,
      });
    }
    const same = this.byStamp.get(report.stamp.value);
    if (same) {
      throw new ConsolidationRefused({
        vi: `"${same}" và "${file}" có số liệu giống hệt nhau ở mọi ô (một tệp gửi hai lần?)`,
        en: `"${same}" and "${file}" hold the very same figures in every cell (one workbook sent twice?)`,
      });
    }
    const period = { key: matchKey(unit.period), text: detached(unit.period), file };
    if (this.period && this.period.key !== period.key) {
      const say = (p: { text: string; file: string }, lang: 'vi' | 'en') =>
        p.text
          ? lang === 'vi'
            ? `"${p.file}" là kỳ ${p.text}`
            : `"${p.file}" is for ${p.text}`
          : lang === 'vi'
            ? `"${p.file}" không ghi kỳ báo cáo`
            : `"${p.file}" gives no period`;
      throw new ConsolidationRefused({
        vi: `${say(this.period, 'vi')}, còn ${say(period, 'vi')}; chỉ tổng hợp các tệp cùng một kỳ báo cáo`,
        en: `${say(this.period, 'en')} but ${say(period, 'en')}; only workbooks of one period are consolidated`,
      });
    }
    this.period ??= period;
    if (key) this.byUnit.set(key, file);
    this.byStamp.set(report.stamp.value, file);
  }

  private identityOf(given: Partial<UnitIdentity>): UnitIdentity {
    return { name: given.name ?? '', code: given.code ?? '', period: given.period ?? this.period?.text ?? '' };
  }
}

/** The cells of rows marked `"consolidate": "manual"`. */
function manualSlots(pack: CompiledPack): Set<number> {
  const out = new Set<number>();
  for (const sheet of pack.pack.sheets) {
    for (const row of sheet.rows) {
      if (row.consolidate !== 'manual') continue;
      pack.slots.forEach((s, i) => s.sheet === sheet.code && s.row === row.code && out.add(i));
    }
  }
  return out;
}

/** Non-count cells a percent or growth rule computes (`cell == expression`), with the first such rule. */
export function computingRules(pack: CompiledPack): Map<number, CompiledRule> {
  const out = new Map<number, CompiledRule>();
  for (const rule of pack.rules) {
    if (
      rule.target === undefined ||
      (rule.family !== 'percent' && rule.family !== 'growth') ||
      rule.comparison !== '=='
    )
      continue;
    if (pack.slots[rule.target]!.kind === 'count' || out.has(rule.target)) continue;
    if (rule.slots.length < 2) continue;
    out.set(rule.target, rule);
  }
  return out;
}

/** Rounded half away from zero to `decimals`, without the binary noise of 0.1 + 0.2. */
function round(v: number, decimals: number): number {
  const scale = 10 ** decimals;
  const scaled = Number((Math.abs(v) * scale).toPrecision(12));
  return (Math.sign(v) * Math.round(scaled)) / scale;
}

function valuesOf(pack: CompiledPack, out: Float64Array, state: Uint8Array): FiguresByCode {
  // Keyed by the pack's codes, which may be "__proto__" or "constructor": records without a prototype.
  const values: FiguresByCode = Object.create(null);
  pack.slots.forEach((slot, i) => {
    if (state[i] !== CellState.Number) return;
    ((values[slot.sheet] ??= Object.create(null))[slot.row] ??= Object.create(null))[slot.col] = out[i]!;
  });
  return values;
}

function countsOnly({ errors, warnings, discrepancies, problems, blanks }: FindingCounts): FindingCounts {
  return { errors, warnings, discrepancies, problems, blanks };
}
