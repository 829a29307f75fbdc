/**
 * A synthetic unit's workbook as a unit sends it upward: the
 * template filled in, its identity typed, checked and stamped.
 */
import { explanationRow, validate, type CompiledPack } from '../src/engine/index.js';
import { loadWorkbook } from '../src/xlsx/loadWorkbook.js';
import { rawWorkbookOf } from '../src/xlsx/rawWorkbookOf.js';
import { exampleBytes } from './exampleBytes.js';
import { writeIdentity } from '../src/xlsx/writeIdentity.js';
import { writeStamp } from '../src/xlsx/writeStamp.js';
import { writeExplanations } from '../src/xlsx/writeExplanations.js';
import { putValues } from '../src/xlsx/writeValues.js';
import type { SyntheticUnit } from './data/province-units.js';

/**
 * Throws when the unit's figures are not consistent: a synthetic unit must check clean, but for the
 * figures beyond a limit of the pack planted in it when `planted`.
 */
export async function unitWorkbook(
  pack: CompiledPack,
  template: Uint8Array,
  unit: SyntheticUnit,
  planted = false,
): Promise<Uint8Array> {
  const workbook = await loadWorkbook(template, unit.file);
  putValues(workbook, pack, unit.values);
  writeIdentity(workbook, unit.identity);
  const report = validate(pack, rawWorkbookOf(workbook), unit.file);
  const findings = report.findings.filter((f) => !(planted && f.code === 'beyond-limit'));
  if (findings.length) {
    throw new Error(`${unit.file}: ${findings.map((f) => `${f.rule} ${f.code}`).join(', ')}`);
  }
  const explain = (f: (typeof findings)[number]) => unit.explain?.[f.rule];
  const rows = report.findings.flatMap((f) => (explain(f) ? [explanationRow(f, explain(f)!, unit.checkedAt)] : []));
  if (rows.length) {
    writeExplanations(workbook, rows);
    report.stamp = validate(pack, rawWorkbookOf(workbook), unit.file).stamp;
  }
  writeStamp(workbook, report.stamp.value, unit.checkedAt);
  return exampleBytes(workbook);
}
