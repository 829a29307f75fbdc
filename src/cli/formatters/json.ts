/** The stable JSON output (docs/json-output.md): one entry per file, findings with their messages. */
import {
  addCounts,
  agreementText,
  causeText,
  explanationOf,
  kindOf,
  message,
  previousNote,
  readiness,
  sheetOf,
  title,
  type BatchEntry,
  type Finding,
  type FindingCell,
  type FindingCounts,
  type CompiledPack,
  type Lang,
  type Report,
  type Suspect,
  type SuspectGroup,
} from '../../engine/index.js';
import type { CheckRun } from '../CheckRun.js';

export const JSON_FORMAT_VERSION = 1;

export function formatJson(run: CheckRun, lang: Lang): string {
  const files = run.outcomes.map((o) => fileEntry(run, o, lang));
  const unreadable = files.filter((f) => 'error' in f).length;
  const counts = { files: files.length, unreadable, ...addCounts(files.flatMap((f) => f.counts ?? [])) };
  return `${JSON.stringify({ format: JSON_FORMAT_VERSION, files, counts }, null, 2)}\n`;
}

function fileEntry(run: CheckRun, o: BatchEntry, lang: Lang) {
  if ('error' in o) return { file: o.file, error: o.error[lang], counts: undefined };
  const { report } = o;
  return {
    file: o.file,
    unit: report.unit,
    pack: report.pack,
    stamp: { state: report.stamp.state, checkedAt: report.stamp.checkedAt ?? null },
    ...(report.consolidated ? { consolidated: report.consolidated } : {}),
    findings: report.findings.map((f) => findingEntry(run, report, f, lang)),
    suspects: (report.suspects ?? []).map((g) => suspectGroupEntry(run.pack, g, lang)),
    counts: countsOf(report.counts),
    ready: readyEntry(report),
    ...(report.previous ? { previous: previousEntry(report, lang) } : {}),
  };
}

/** `check --previous`: the unit's previous workbook, whether it was screened against, and if not why. */
function previousEntry(report: Report, lang: Lang) {
  const use = report.previous!;
  const note = previousNote(use, report.unit);
  return { file: use.file ?? null, screened: !use.refused, reason: use.refused ?? null, note: note?.[lang] ?? null };
}

function countsOf({ errors, warnings, discrepancies, problems, blanks }: FindingCounts): FindingCounts {
  return { errors, warnings, discrepancies, problems, blanks };
}

/** Ready to send, and why not; explanations of findings that no longer exist are listed. */
function readyEntry(report: Report) {
  const r = readiness(report);
  const leftOver = r.leftOver.map(({ key, text }) => ({ key, text }));
  return { ready: r.ready, errors: r.errors, unexplained: r.unexplained, stale: r.stale, leftOver };
}

function findingEntry(run: CheckRun, report: Report, f: Finding, lang: Lang) {
  const e = explanationOf(report, f);
  return {
    rule: f.rule,
    severity: f.severity,
    code: f.code,
    kind: kindOf(f),
    sheet: sheetOf(f),
    title: title(f, lang, run.pack),
    message: message(f, lang, run.pack),
    cells: f.cells.map(cellEntry),
    found: 'found' in f ? f.found : null,
    expected: 'expected' in f ? f.expected : null,
    difference: 'difference' in f ? f.difference : null,
    ...('addresses' in f ? { addresses: f.addresses, repeats: f.repeats } : {}),
    ...(f.severity === 'warning' ? { explanation: e ? { text: e.text, at: e.at, stale: e.stale } : null } : {}),
    ...('reference' in f
      ? { screen: { label: f.label[lang], reference: f.reference, distance: f.distance, threshold: f.threshold } }
      : {}),
  };
}

function cellEntry({ sheet, sheetName, address, row, column, value }: FindingCell) {
  return { sheet, sheetName, address, row, column, value };
}

function suspectGroupEntry(pack: CompiledPack, g: SuspectGroup, lang: Lang) {
  const sets = g.sets.map((set) => set.cells.map((s) => suspectEntry(pack, s, lang)));
  const waived = g.sets.some((set) => set.waived.length) ? { waived: g.sets.map((set) => set.waived) } : {};
  return { rules: g.rules, weight: g.weight, complete: g.complete, more: g.more, sets, ...waived };
}

function suspectEntry(pack: CompiledPack, s: Suspect, lang: Lang) {
  const { cause } = s;
  const other = cause?.cell ? `'${cause.cell.sheetName}'!${cause.cell.address}` : '';
  return {
    ...cellEntry(s.cell),
    suggested: s.suggested,
    min: s.min,
    max: s.max,
    cause: cause
      ? {
          kind: cause.kind,
          message: causeText(cause, lang, other),
          ...(cause.cell ? { cell: cellEntry(cause.cell) } : {}),
        }
      : null,
    agrees: s.agrees
      ? { cells: s.agrees.cells.map(cellEntry), rules: s.agrees.rules, message: agreementText(pack, s, lang) }
      : null,
  };
}
