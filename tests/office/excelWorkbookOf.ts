/**
 * A workbook as office-js shows it, made from a RawWorkbook (what the xlsx reader read from a file): what
 * readExcelWorkbook loads, and sheets that record what is written to them.
 */
import { META_SHEET, sheetRef, type RawSheet, type RawWorkbook } from '../../src/engine/index.js';

export interface WrittenRange {
  address: string;
  values?: unknown[][];
  merged: boolean;
  format: Record<string, unknown> & { font: Record<string, unknown> };
  merge: () => void;
}

export interface FakeSheet {
  name: string;
  visibility?: string;
  ranges: Map<string, WrittenRange>;
  getRange: (address: string) => WrittenRange;
  pageLayout: Record<string, any>;
  added: boolean;
  deleted: boolean;
  delete: () => void;
}

export function excelWorkbookOf(raw: RawWorkbook) {
  const sheets: FakeSheet[] = raw.sheets.map((s) => fakeSheet(s.name, false));
  if (raw.meta) {
    sheets.push(fakeSheet(META_SHEET, false));
  }
  const items = sheets.map((s, i) => ({ ...s, id: `{${i}}` }));
  const names = Object.entries(raw.names).map(([name, c]) => ({
    name,
    type: 'Range',
    formula: `=${sheetRef(c.sheet, c.rowIndex + 1, c.colIndex + 1)}`,
  }));
  return {
    sheets,
    worksheets: {
      load: () => ({ items: items.map((s) => ({ ...s, ...used(raw, s.name) })) }),
      getItem: (name: string) => sheets.find((s) => s.name === name)!,
      add: (name: string) => {
        const sheet = fakeSheet(name, true);
        sheets.push(sheet);
        return sheet;
      },
    },
    names: { load: () => ({ items: names }) },
    protection: { load: () => ({ protected: false }) },
  };
}

function used(raw: RawWorkbook, name: string) {
  const sheet = name === META_SHEET ? undefined : raw.sheets.find((s) => s.name === name);
  const meta = name === META_SHEET ? Object.entries(raw.meta ?? {}).map(([k, v]) => [k, v]) : undefined;
  const values = meta ?? grid(sheet!, (c) => c?.value ?? '');
  return {
    protection: { load: () => ({ protected: false, options: { allowFormatCells: true } }) },
    getUsedRangeOrNullObject: () => ({
      load: () => ({
        isNullObject: values.length === 0,
        values,
        valueTypes: values.map((r) => r.map((v) => (v === '' ? 'Empty' : typeof v === 'number' ? 'Double' : 'String'))),
        numberFormat: meta ?? grid(sheet!, (c) => c?.numFmt ?? 'General'),
        rowIndex: 0,
        columnIndex: 0,
      }),
    }),
  };
}

function grid<T>(sheet: RawSheet, of: (c: RawSheet['cells'][number][number]) => T): T[][] {
  const width = Math.max(0, ...Array.from(sheet.cells, (r) => r?.length ?? 0));
  return Array.from(sheet.cells, (r) => Array.from({ length: width }, (_, i) => of(r?.[i])));
}

function fakeSheet(name: string, added: boolean): FakeSheet {
  const ranges = new Map<string, WrittenRange>();
  return {
    name,
    added,
    deleted: false,
    delete(this: FakeSheet) {
      this.deleted = true;
    },
    ranges,
    getRange: (address: string) => {
      if (!ranges.has(address)) ranges.set(address, writtenRange(address));
      return ranges.get(address)!;
    },
    pageLayout: {
      headersFooters: { defaultForAllPages: {} },
      setPrintMargins(this: any, unit: string, margins: object) {
        this.margins = { unit, ...margins };
      },
      setPrintTitleRows(this: any, rows: string) {
        this.titleRows = rows;
      },
    },
  };
}

function writtenRange(address: string): WrittenRange {
  let kept: unknown[][] | undefined;
  return {
    address,
    merged: false,
    format: { font: {} },
    merge(this: WrittenRange) {
      this.merged = true;
    },
    get values() {
      return kept;
    },
    set values(rows: unknown[][] | undefined) {
      kept = rows?.map((r) => r.map(excelKeeps));
    },
  };
}

/** What Excel keeps of a value written through `values`: a leading apostrophe is dropped, a number is read. */
function excelKeeps(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  if (v.startsWith("'")) return v.slice(1);
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v.trim()) ? Number(v) : v;
}
