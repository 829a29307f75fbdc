/**
 * Checks a written report against its appendix sheets, and against itself: the engine's one entry point
 * for the report, whichever adapter read it (.docx, .txt, .md) and whether or not a workbook is given.
 */
import { checkedWorkbook, type Report } from '../check/validate.js';
import type { CompiledPack } from '../pack/compilePack.js';
import type { SlotReadings } from '../workbook/readCells.js';
import type { RawWorkbook } from '../workbook/workbook.js';
import { compareCells } from './compareCells.js';
import { parsePeriod } from './dates.js';
import type { ProseDocument } from './document.js';
import { linkFigures, readPassages, type Linked } from './link.js';
import { proseNames } from './names.js';
import { passages } from './passages.js';
import type { ProseCell, ProseFinding, Quote } from './proseFinding.js';
import { namerWithout, quoteOf, type CellNamer } from './quote.js';
import { selfCheck } from './selfCheck.js';
import { dateProblems, mixedMarks } from './writingCheck.js';

export interface ProseFigure {
  quote: Quote;
  state: Linked['state'];
  cell?: ProseCell;
  candidates?: ProseCell[];
  /** Why a figure is not linked: approximate ("hơn 515.000"), a ratio ("gấp 1,5 lần"), or no phrase names it. */
  reason?: 'approximate' | 'ratio' | 'unnamed';
}

export interface ProseReport {
  file: string;
  pack: { id: string; version: string };
  /** The workbook checked against, with its own check. */
  workbook?: { file: string; report: Report };
  /** The period the report covers, from the workbook or else the pack: "12-2017". */
  period?: string;
  figures: ProseFigure[];
  findings: ProseFinding[];
  counts: { figures: number; linked: number; ambiguous: number; unlinked: number; errors: number; warnings: number };
}

export interface GivenWorkbook {
  file: string;
  workbook: RawWorkbook;
}

/** Throws the workbook's WrongPackError or ForeignWorkbookError when it is not one of the pack's. */
export function crosscheck(pack: CompiledPack, doc: ProseDocument, file: string, given?: GivenWorkbook): ProseReport {
  const checked = given && checkedWorkbook(pack, given.workbook, given.file);
  const name = checked ? namerWith(pack, checked.values) : namerWithout(pack);
  const period = (checked?.report.unit.period || pack.pack.identity?.period.value) ?? undefined;
  const read = readPassages(passages(doc));
  const links = linkFigures(pack, proseNames(pack), read);
  const findings = [
    ...(checked ? compareCells(pack, links, checked.values, name) : []),
    ...selfCheck(pack, links, name),
    ...mixedMarks(read),
    ...dateProblems(read, parsePeriod(period), period),
  ];
  const errors = findings.filter((f) => f.severity === 'error').length;
  const count = (s: Linked['state']) => links.filter((l) => l.state === s).length;
  return {
    file,
    pack: { id: pack.pack.id, version: pack.pack.version },
    ...(checked ? { workbook: { file: given.file, report: checked.report } } : {}),
    ...(period ? { period } : {}),
    figures: links.map((l) => figureOf(l, name)),
    findings,
    counts: {
      figures: links.length,
      linked: count('linked'),
      ambiguous: count('ambiguous'),
      unlinked: count('unlinked'),
      errors,
      warnings: findings.length - errors,
    },
  };
}

function namerWith(pack: CompiledPack, values: SlotReadings): CellNamer {
  const without = namerWithout(pack);
  return (link) => {
    const cell = values.cell(link.slot);
    return cell
      ? { ...without(link), sheetName: cell.sheetName, address: cell.address, value: cell.value }
      : without(link);
  };
}

function figureOf(l: Linked, name: CellNamer): ProseFigure {
  const base = { quote: quoteOf(l.passage, l.figure.text, l.figure.value), state: l.state };
  if (l.state === 'linked') return { ...base, cell: name(l.cell) };
  if (l.state === 'ambiguous') return { ...base, candidates: l.candidates.map(name) };
  return { ...base, reason: l.reason };
}
