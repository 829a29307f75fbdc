/** Checks one workbook against a pack: the engine's single entry point for every adapter. */
import { checkCells } from './checkCells.js';
import { checkRules } from './checkRules.js';
import type { CompiledPack } from './compilePack.js';
import type { Finding } from './finding.js';
import { stampOf, type Stamp } from './inputStamp.js';
import { locateTemplate, type Located } from './locateTemplate.js';
import { readCells } from './readCells.js';
import type { RawWorkbook } from './workbook.js';

export interface Report {
  file: string;
  pack: { id: string; version: string };
  findings: Finding[];
  counts: { errors: number; warnings: number; rules: number; cells: number };
  stamp: Stamp;
}

/** Throws WrongPackError or ForeignWorkbookError when the workbook is not one of the pack's. */
export function validate(pack: CompiledPack, wb: RawWorkbook, file: string): Report {
  return check(pack, wb, file).report;
}

/** validate, with where the template's cells were found, for adapters that go back to those cells. */
export function check(pack: CompiledPack, wb: RawWorkbook, file: string): { report: Report; located: Located } {
  const located = locateTemplate(pack, wb, file);
  const values = readCells(pack, located);
  const findings = [...located.missing, ...values.findings, ...checkCells(pack, values), ...checkRules(pack, values)];
  const errors = findings.filter((f) => f.severity === 'error').length;
  const report: Report = {
    file,
    pack: { id: pack.pack.id, version: pack.pack.version },
    findings,
    counts: { errors, warnings: findings.length - errors, rules: pack.rules.length, cells: pack.slots.length },
    stamp: stampOf(pack, located, wb),
  };
  return { report, located };
}
