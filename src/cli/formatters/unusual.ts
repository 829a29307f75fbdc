/** A unit's unusual figures, printed under its line by `check`. */
import {
  cellText,
  message,
  type BatchEntry,
  type CompiledPack,
  type Finding,
  type Lang,
  type UnusualFigure,
} from '../../engine/index.js';
import { explanationLines } from './explanation.js';

const UNUSUAL = new Set<Finding['code']>(['unusual-across', 'unusual-previous', 'beyond-limit']);

export function isUnusual(f: Finding): f is UnusualFigure {
  return UNUSUAL.has(f.code);
}

export function unusualLines(pack: CompiledPack, e: BatchEntry, lang: Lang): string[] {
  if (!('report' in e)) return [];
  const { report } = e;
  return report.findings
    .filter(isUnusual)
    .flatMap((f) => [
      `    ⚠ ${message(f, lang, pack)}`,
      `      ${f.cells.map((c) => cellText(pack, c, lang)).join(' · ')}`,
      ...explanationLines(report, f, lang, '      '),
    ]);
}
