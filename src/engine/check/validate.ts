/** Checks one workbook against a pack: the engine's single entry point for every adapter. */
import { checkCells } from './checkCells.js';
import { checkRules } from './checkRules.js';
import type { CompiledPack } from '../pack/compilePack.js';
import type { Finding } from './finding.js';
import { countFindings, type FindingCounts } from './findingCounts.js';
import { stampOf, type Stamp } from './inputStamp.js';
import { META_KEYS } from '../workbook/markers.js';
import { locateTemplate, type Located } from '../workbook/locateTemplate.js';
import { localise } from '../localise/localise.js';
import type { SuspectGroup } from '../localise/suspect.js';
import { readCells, type SlotReadings } from '../workbook/readCells.js';
import { readIdentity, type UnitIdentity } from '../workbook/unitIdentity.js';
import type { RawWorkbook } from '../workbook/workbook.js';
import { screenLimits } from '../screen/screenLimits.js';
import { readExplanations, type Explanation } from '../explain/explanation.js';
import type { ScreenKind } from '../screen/screenKind.js';
import type { PreviousUse } from '../screen/pairPrevious.js';

export interface Report {
  file: string;
  /** The reporting unit and period the workbook says it is for ("" where blank). */
  unit: UnitIdentity;
  pack: { id: string; version: string };
  findings: Finding[];
  counts: FindingCounts & { rules: number; cells: number };
  stamp: Stamp;
  /** Cells likely wrong, per group of failing error rules: see localise/localise.ts. */
  suspects?: SuspectGroup[];
  /** Present when `consolidate` made the workbook: when, and from how many units' workbooks. */
  consolidated?: { at: string; units: number };
  /** The unit's explanations of warnings (giải trình) the workbook holds. */
  explanations?: Explanation[];
  /** The screens run on it beyond the pack's limits (withUnusual); absent when none were. */
  screened?: ScreenKind[];
  /** With previous-period workbooks given (`check --previous`): the unit's, or why it was not screened against. */
  previous?: Omit<PreviousUse, 'figures'>;
}

export interface CheckOptions {
  /** false: leave `suspects` out, for an adapter that localises elsewhere (the page, in a Web Worker). */
  suspects?: boolean;
}

/** Throws WrongPackError or ForeignWorkbookError when the workbook is not one of the pack's. */
export function validate(pack: CompiledPack, wb: RawWorkbook, file: string): Report {
  return checkedWorkbook(pack, wb, file).report;
}

/**
 * validate, with where the template's cells were found, for adapters that go back to those cells, and
 * the numbers read from them, for consolidation.
 */
export function checkedWorkbook(
  pack: CompiledPack,
  wb: RawWorkbook,
  file: string,
  options: CheckOptions = {},
): { report: Report; located: Located; values: SlotReadings } {
  const located = locateTemplate(pack, wb, file);
  const values = readCells(pack, located);
  const findings = [
    ...located.layoutProblems,
    ...values.findings,
    ...checkCells(pack, values),
    ...checkRules(pack, values),
    ...screenLimits(pack, values),
  ];
  const report: Report = {
    file,
    unit: readIdentity(wb),
    pack: { id: pack.pack.id, version: pack.pack.version },
    findings,
    counts: { ...countFindings(findings), rules: pack.rules.length, cells: pack.slots.length },
    stamp: stampOf(pack, located, wb),
    ...(options.suspects === false ? {} : { suspects: localise(pack, values) }),
    ...consolidatedMeta(wb),
    ...explanationsOf(wb),
  };
  return { report, located, values };
}

function explanationsOf(wb: RawWorkbook): Pick<Report, 'explanations'> {
  const explanations = readExplanations(wb.meta);
  return explanations.length ? { explanations } : {};
}

function consolidatedMeta(wb: RawWorkbook): Pick<Report, 'consolidated'> {
  const at = wb.meta?.[META_KEYS.consolidatedAt];
  const units = Number(wb.meta?.[META_KEYS.consolidatedUnits]);
  return at && Number.isInteger(units) ? { consolidated: { at, units } } : {};
}
