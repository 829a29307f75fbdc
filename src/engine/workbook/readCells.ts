/** Reads every input cell of the pack into numbers, reporting what cannot be read as is. */
import { address } from './address.js';
import type { CompiledPack, Slot } from '../pack/compilePack.js';
import type { Finding, FindingCell, TextNumber, UnreadableCell } from '../check/finding.js';
import type { CellPosition, Located } from './locateTemplate.js';
import { parseNumberText } from './parseNumberText.js';
import type { RawCell } from './workbook.js';

export const enum CellState {
  Number = 0,
  Blank = 1,
  /** Unreadable or not found: its own finding says why; rules that need it are skipped. */
  Invalid = 2,
}

export interface SlotReadings {
  state: Uint8Array;
  value: Float64Array;
  /** The cell of a slot as findings name it, made when a finding needs it; undefined when not found. */
  cell(slot: number): FindingCell | undefined;
  findings: Finding[];
}

export function readCells(pack: CompiledPack, located: Located): SlotReadings {
  const n = pack.slots.length;
  const made: (FindingCell | undefined)[] = new Array(n);
  const cell = (i: number) => {
    const at = located.positions[i];
    if (!at) return undefined;
    return (made[i] ??= findingCell(pack.slots[i]!, at, at.sheet.cells[at.rowIndex]?.[at.colIndex]));
  };
  const out: SlotReadings = { state: new Uint8Array(n), value: new Float64Array(n), cell, findings: [] };
  pack.slots.forEach((slot, i) => {
    const at = located.positions[i];
    if (!at) {
      out.state[i] = CellState.Invalid;
      return;
    }
    const read = readCell(slot, at.sheet.cells[at.rowIndex]?.[at.colIndex]);
    out.state[i] = read.state;
    out.value[i] = read.value ?? 0;
    if (read.finding) out.findings.push({ ...read.finding, cells: [cell(i)!] } as Finding);
  });
  return out;
}

type Pending = Omit<UnreadableCell, 'cells'> | Omit<TextNumber, 'cells'>;
type Read = { state: CellState; value?: number; finding?: Pending };

function readCell(slot: Slot, raw: RawCell | undefined): Read {
  const rule = 'cell';
  if (raw?.error) return invalid({ code: 'cell-error', rule, severity: 'error', found: raw.error });
  const v = raw?.value ?? null;
  if (v === null || (typeof v === 'string' && v.trim() === '')) return { state: CellState.Blank };
  if (typeof v === 'number') return { state: CellState.Number, value: fromNumber(slot, v, raw?.numFmt) };
  const text = typeof v === 'boolean' ? booleanText(v) : String(v);
  const parsed = typeof v === 'string' ? parseNumberText(text, slot.kind === 'count') : undefined;
  if (!parsed || (parsed.percent && slot.kind !== 'percent')) {
    return invalid({ code: 'not-a-number', rule, severity: 'error', found: text });
  }
  const value = parsed.value;
  return {
    state: CellState.Number,
    value,
    finding: { code: 'text-number', rule, severity: 'warning', found: text, expected: value },
  };
}

function invalid(finding: Omit<UnreadableCell, 'cells'>): Read {
  return { state: CellState.Invalid, finding };
}

/** A percent cell formatted with % holds a fraction: 0.4834 is shown, and meant, as 48.34%. */
function fromNumber(slot: Slot, v: number, numFmt: string | undefined): number {
  if (slot.kind !== 'percent' || !numFmt || !scalesByHundred(numFmt)) return v;
  return Number((v * 100).toPrecision(15));
}

/** The number a cell holds for the figure `value`: the fraction in a percent cell formatted with %. */
export function heldNumber(slot: Slot, value: number, numFmt: string | undefined): number {
  if (slot.kind !== 'percent' || !numFmt || !scalesByHundred(numFmt)) return value;
  return Number((value / 100).toPrecision(15));
}

/** Whether a number format multiplies by 100: a bare %, not a quoted "%" or an escaped \% shown as is. */
function scalesByHundred(numFmt: string): boolean {
  return numFmt.replace(/"[^"]*"|\\./g, '').includes('%');
}

/** A boolean as Excel shows it. */
function booleanText(v: boolean): string {
  return v ? 'TRUE' : 'FALSE';
}

function findingCell(slot: Slot, at: CellPosition, raw: RawCell | undefined): FindingCell {
  const v = raw?.value;
  return {
    sheet: slot.sheet,
    sheetName: at.sheet.name,
    address: address(at.rowIndex, at.colIndex),
    row: slot.row,
    column: slot.col,
    value:
      raw?.error ??
      (typeof v === 'boolean'
        ? booleanText(v)
        : v === null || v === undefined
          ? null
          : fromValue(slot, v, raw?.numFmt)),
  };
}

function fromValue(slot: Slot, v: number | string, numFmt: string | undefined): number | string | null {
  if (typeof v === 'number') return fromNumber(slot, v, numFmt);
  return v.trim() === '' ? null : v;
}
