/** The stable JSON output (docs/json-output.md): one entry per file, findings with their messages. */
import {
  causeText,
  message,
  sheetOf,
  type BatchEntry,
  type Finding,
  type FindingCell,
  type Lang,
  type Suspect,
  type SuspectGroup,
} from '../../engine/index.js';
import type { CheckRun } from '../CheckRun.js';

export const JSON_FORMAT_VERSION = 1;

export function formatJson(run: CheckRun, lang: Lang): string {
  const files = run.outcomes.map((o) => fileEntry(run, o, lang));
  const sum = (k: 'errors' | 'warnings') => files.reduce((n, f) => n + (f.counts?.[k] ?? 0), 0);
  const unreadable = files.filter((f) => 'error' in f).length;
  return `${JSON.stringify({ format: JSON_FORMAT_VERSION, files, counts: { files: files.length, unreadable, errors: sum('errors'), warnings: sum('warnings') } }, null, 2)}\n`;
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
    findings: report.findings.map((f) => findingEntry(run, f, lang)),
    suspects: (report.suspects ?? []).map((g) => suspectGroupEntry(g, lang)),
    counts: { errors: report.counts.errors, warnings: report.counts.warnings },
  };
}

function findingEntry(run: CheckRun, f: Finding, lang: Lang) {
  return {
    rule: f.rule,
    severity: f.severity,
    code: f.code,
    sheet: sheetOf(f),
    message: message(f, lang, run.pack),
    cells: f.cells.map(cellEntry),
    found: 'found' in f ? f.found : null,
    expected: 'expected' in f ? f.expected : null,
    difference: 'difference' in f ? f.difference : null,
    ...('addresses' in f ? { addresses: f.addresses } : {}),
  };
}

function cellEntry({ sheet, sheetName, address, row, column, value }: FindingCell) {
  return { sheet, sheetName, address, row, column, value };
}

function suspectGroupEntry(g: SuspectGroup, lang: Lang) {
  const sets = g.sets.map((set) => set.cells.map((s) => suspectEntry(s, lang)));
  return { rules: g.rules, weight: g.weight, complete: g.complete, more: g.more, sets };
}

function suspectEntry(s: Suspect, lang: Lang) {
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
  };
}
