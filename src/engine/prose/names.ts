/** The pack's phrases (prose.json), compiled once: for each sheet, how the report names its rows and columns. */
import type { CompiledPack } from '../pack/compilePack.js';
import type { ColumnKind } from '../pack/pack.js';
import { fold } from './fold.js';
import { compilePhrase, type Phrase } from './phrases.js';

export interface NamedRow {
  row: string;
  phrases: Phrase[];
}

export interface NamedColumn {
  col: string;
  kind: ColumnKind;
  phrases: Phrase[];
}

export interface SheetNames {
  sheet: string;
  rows: NamedRow[];
  columns: NamedColumn[];
}

export interface ProseNames {
  sheets: Map<string, SheetNames>;
  /** Sheets a figure may belong to when no appendix is cited for it. */
  uncited: string[];
  /** A citation as folded ("bieu 3a", "phu luc 1") → the sheet code. */
  cited: Map<string, string>;
}

export function proseNames(pack: CompiledPack): ProseNames {
  const spec = pack.pack.prose;
  const sheets = new Map<string, SheetNames>();
  for (const sheet of pack.pack.sheets) {
    const names = spec?.sheets[sheet.code];
    if (!names) continue;
    const rows = Object.entries(names.rows ?? {}).map(([row, p]) => ({ row, phrases: p.map(compilePhrase) }));
    const columns = Object.entries(names.columns ?? {}).map(([col, p]) => ({
      col,
      kind: sheet.columns.find((c) => c.code === col)!.kind,
      phrases: p.map(compilePhrase),
    }));
    sheets.set(sheet.code, { sheet: sheet.code, rows, columns });
  }
  const cited = new Map(pack.pack.sheets.map((s) => [fold(s.name), s.code]));
  return { sheets, uncited: spec?.uncited ?? [...sheets.keys()], cited };
}
