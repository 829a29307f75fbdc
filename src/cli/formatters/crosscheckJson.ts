/** The stable JSON of `kiembieu crosscheck --format json` (docs/json-output.md). */
import { proseMessage, type CompiledPack, type Lang, type ProseReport } from '../../engine/index.js';

export const CROSSCHECK_FORMAT_VERSION = 1;

export function crosscheckJson(pack: CompiledPack, r: ProseReport, lang: Lang): string {
  const doc = {
    format: CROSSCHECK_FORMAT_VERSION,
    document: r.file,
    workbook: r.workbook
      ? { file: r.workbook.file, unit: r.workbook.report.unit, counts: r.workbook.report.counts }
      : null,
    pack: r.pack,
    period: r.period ?? null,
    counts: r.counts,
    findings: r.findings.map((f) => ({
      code: f.code,
      rule: f.rule,
      severity: f.severity,
      message: proseMessage(f, lang, pack),
      quotes: f.quotes,
      cells: f.cells,
      found: 'found' in f ? f.found : null,
      expected: 'expected' in f ? f.expected : null,
      ...('period' in f && f.period ? { period: f.period } : {}),
    })),
    figures: r.figures,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
