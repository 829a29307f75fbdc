/** The engine's public surface: every adapter (xlsx, node, office, cli, taskpane) imports the engine from here. */
export { PlainError, UnexpectedError, errorText } from './errors.js';

// pack/: what a template author writes, checked and compiled at load.
export type {
  ColumnSpec,
  IdentitySpec,
  Lang,
  Pack,
  RowSpec,
  RuleSpec,
  Severity,
  SheetSpec,
  Text,
} from './pack/pack.js';
export { assemblePack, type PackFile } from './pack/assemblePack.js';
export { compilePack, type CompiledPack } from './pack/compilePack.js';
export { PackError, PackTooLargeError } from './pack/errors.js';
export { PACK_LIMITS } from './pack/limits.js';

// workbook/: the raw workbook contract, and finding the template's cells in it.
export type { CellRef, RawCell, RawSheet, RawWorkbook } from './workbook/workbook.js';
export { address } from './workbook/address.js';
export { parseSheetRef, sheetRef } from './workbook/sheetRef.js';
export { cellRanges } from './workbook/cellRanges.js';
export { dateText, isDateFormat, serialDateText } from './workbook/excelDate.js';
export { cellAt, locateTemplate, type Located } from './workbook/locateTemplate.js';
export { heldNumber } from './workbook/readCells.js';
export {
  IDENTITY_NAMES,
  INPUT_FILL_RGB,
  META_KEYS,
  META_SHEET,
  metaOf,
  sheetMarkerName,
  sheetNameKey,
} from './workbook/markers.js';
export { IDENTITY_FIELDS as IDENTITY_KEYS, readIdentity, type UnitIdentity } from './workbook/unitIdentity.js';
export { ForeignWorkbookError, WrongPackError } from './workbook/errors.js';

// check/: one workbook against its pack.
export { checkedWorkbook as check, validate, type CheckOptions, type Report } from './check/validate.js';
export {
  kindOf,
  sheetOf,
  type Finding,
  type FindingCell,
  type FindingKind,
  type UnusualFigure,
} from './check/finding.js';
export { addCounts, countFindings, type FindingCounts } from './check/findingCounts.js';

// localise/: which figures are likely wrong, and what they probably should be.
export { localise } from './localise/localise.js';
export { fixKind, type FixKind } from './localise/fixKind.js';
export type { Agreement, Cause, CauseKind, Suspect, SuspectGroup, SuspectSet } from './localise/suspect.js';

// batch/: many units' workbooks.
export { summarise, worstFirst, type BatchEntry } from './batch/summary.js';
export { ConsolidationRefused, Consolidator, type Consolidated } from './batch/consolidate.js';
export type { BatchProgress, BatchSource } from './batch/batchSource.js';
export { checkBatch } from './batch/checkBatch.js';
export { checkScreenedBatch } from './batch/checkScreenedBatch.js';
export { consolidateBatch } from './batch/consolidateBatch.js';
export type { FigureInput as CellInput, FiguresByCode as Values } from './batch/values.js';

// report/: the words and rows of every output.
export { causeText, detail, message, suggestionText, SUSPECT_WORDS, title } from './report/messages.js';
export { cellText, figureText, valueText } from './report/cellText.js';
export { countsText } from './report/countsText.js';
export { KIND_TEXT, blankLine, findingGroups, rangesText, type FindingGroup } from './report/findingGroups.js';
export { findingView, findingViews, groupViews, type FindingView } from './report/findingView.js';
export { formatNumber } from './report/formatNumber.js';
export { agreementText } from './report/agreementText.js';
export {
  cellLabel,
  suspectLead,
  suspectParts,
  suspectViews,
  type SuspectGroupView,
  type SuspectParts,
} from './report/suspectViews.js';
export { BATCH_TEXT, stampText, summaryLines, unitText } from './report/batchText.js';
export { BATCH_SHEETS, batchRows } from './report/batchRows.js';
export { htmlReport } from './report/htmlReport.js';
export {
  RESULTS_HEADER_ROW,
  RESULTS_WIDTHS,
  resultRows,
  resultsSheetName,
  type ResultCell,
} from './report/resultRows.js';
export { UNITS_SHEET, unitsSheetRows } from './report/unitsSheetRows.js';
export {
  EXPLANATIONS_HEADER_ROW,
  EXPLANATIONS_SHEET,
  EXPLANATIONS_WIDTHS,
  explanationRows,
  explanationsSheetName,
} from './report/explanationRows.js';
export {
  alignOf,
  orientationFor,
  PAGE_MARGINS,
  printLayout,
  TITLE_POINTS,
  type PrintableSheet,
  type PrintLayout,
  type SheetCell,
} from './report/printLayout.js';

// prose/: the written report against its appendix sheets, and against itself.
export type { ProseDocument, ProseFootnote, ProseParagraph } from './prose/document.js';
export { crosscheck, type GivenWorkbook, type ProseFigure, type ProseReport } from './prose/crosscheck.js';
export type { ProseCell, ProseFinding, Quote } from './prose/proseFinding.js';
export { proseMessage, placeText, excerpt } from './prose/proseMessages.js';
export { plainTextDocument } from './prose/plainText.js';

// screen/: unusual figures, across a batch's units and against their previous period.
export { screenBatch, withUnusual } from './screen/screenBatch.js';
export { unitFigures, type UnitFigures } from './screen/unitFigures.js';
export { screenOwnPrevious } from './screen/screenOwnPrevious.js';
export { previousMismatch, type PreviousMismatch } from './screen/previousMismatch.js';
export { pairPrevious, type PreviousFile, type PreviousUse } from './screen/pairPrevious.js';
export { previousNote, previousRefusal } from './report/previousRefusal.js';

// explain/: a unit's explanations of warnings, and whether its workbook is ready to send.
export { explanationRow, findingKey, EXPLANATION_PREFIX, type Explanation } from './explain/explanation.js';
export { explanationOf, readiness, type ExplanationOf, type Readiness } from './explain/readiness.js';
export { readinessText } from './explain/readinessText.js';
export { EXPLANATION_LABEL, explanationLine, explanationText } from './report/explanationText.js';
