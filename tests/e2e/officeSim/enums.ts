/** The Excel and OfficeExtension enums an add-in compares against. */
import { ERROR_CODES } from './errors.js';

export const EXCEL_ENUMS = {
  ErrorCodes: ERROR_CODES,
  SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
  WorksheetPositionType: { none: 'None', before: 'Before', after: 'After', beginning: 'Beginning', end: 'End' },
  EventType: {
    worksheetChanged: 'WorksheetChanged',
    worksheetActivated: 'WorksheetActivated',
    worksheetAdded: 'WorksheetAdded',
    worksheetDeleted: 'WorksheetDeleted',
  },
  EventSource: { local: 'Local', remote: 'Remote' },
  EventTriggerSource: { unknown: 'Unknown', thisLocalAddin: 'ThisLocalAddin' },
  DataChangeType: {
    unknown: 'Unknown',
    rangeEdited: 'RangeEdited',
    rowInserted: 'RowInserted',
    rowDeleted: 'RowDeleted',
    columnInserted: 'ColumnInserted',
    columnDeleted: 'ColumnDeleted',
    cellInserted: 'CellInserted',
    cellDeleted: 'CellDeleted',
  },
  RangeValueType: {
    unknown: 'Unknown',
    empty: 'Empty',
    string: 'String',
    integer: 'Integer',
    double: 'Double',
    boolean: 'Boolean',
    error: 'Error',
    richValue: 'RichValue',
  },
  ClearApplyTo: {
    all: 'All',
    formats: 'Formats',
    contents: 'Contents',
    hyperlinks: 'Hyperlinks',
    removeHyperlinks: 'RemoveHyperlinks',
    resetContents: 'ResetContents',
  },
  FillPattern: { none: 'None', solid: 'Solid', gray50: 'Gray50', gray75: 'Gray75', gray25: 'Gray25' },
  ProtectionSelectionMode: { normal: 'Normal', unlocked: 'Unlocked', none: 'None' },
} as const;

export const OFFICE_ENUMS = {
  HostType: {
    Excel: 'Excel',
    Word: 'Word',
    PowerPoint: 'PowerPoint',
    Outlook: 'Outlook',
    OneNote: 'OneNote',
    Project: 'Project',
    Access: 'Access',
  },
  PlatformType: {
    PC: 'PC',
    OfficeOnline: 'OfficeOnline',
    Mac: 'Mac',
    iOS: 'iOS',
    Android: 'Android',
    Universal: 'Universal',
  },
  FileType: { Compressed: 'compressed', Pdf: 'pdf', Text: 'text' },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  InitializationReason: { Inserted: 'inserted', DocumentOpened: 'documentOpened' },
} as const;
