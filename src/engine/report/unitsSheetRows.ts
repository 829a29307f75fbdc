/** The sheet a consolidated workbook lists its units on, as rows of plain values (xlsx and browser alike). */
import { UNIT_COLUMNS } from './unitColumns.js';
import { BATCH_TEXT, stampText, timeText } from './batchText.js';
import type { CompiledPack } from '../pack/compilePack.js';
import type { Consolidated, ConsolidatedUnit, ConsolidationNote } from '../batch/consolidate.js';
import type { Lang, Text } from '../pack/pack.js';
import type { ReportCell } from './batchRows.js';

export const UNITS_SHEET: Text = { vi: 'Đơn vị tổng hợp', en: 'Consolidated units' };

const WORDS = {
  vi: {
    title: 'CÁC ĐƠN VỊ ĐÃ TỔNG HỢP',
    pack: 'Gói biểu mẫu',
    at: 'Tổng hợp lúc',
    count: 'Số đơn vị',
    unitsHead: UNIT_COLUMNS.vi,
    notesTitle: 'CÁC Ô KHÔNG PHẢI LÀ TỔNG CỦA MỌI ĐƠN VỊ',
    notesHead: ['Biểu', 'Dòng', 'Cột', 'Ô', 'Ghi chú'],
    noNotes: 'Không có: mọi ô là tổng (hoặc tỷ lệ tính lại từ tổng) của mọi đơn vị.',
    manual: 'Số liệu của chính cấp tổng hợp, không cộng từ các đơn vị: hãy tự điền.',
    partial: (blank: string, unreadable: string) =>
      `Chỉ gồm các đơn vị có ghi số${blank ? `; để trống ở: ${blank}` : ''}` +
      `${unreadable ? `; không đọc được ở: ${unreadable}` : ''}.`,
    differs: 'Các đơn vị ghi khác nhau và không có quy tắc nào tính lại ô này từ số đã cộng: để trống.',
  },
  en: {
    title: 'UNITS CONSOLIDATED',
    pack: 'Template pack',
    at: 'Consolidated at',
    count: 'Units',
    unitsHead: UNIT_COLUMNS.en,
    notesTitle: 'CELLS THAT ARE NOT THE SUM OF EVERY UNIT',
    notesHead: ['Sheet', 'Row', 'Column', 'Cell', 'Note'],
    noNotes: 'None: every cell is the sum (or a rate recomputed from the sums) of every unit.',
    manual: "A figure of the consolidating level itself, not the units' sum: fill it in.",
    partial: (blank: string, unreadable: string) =>
      `Only the units that gave a figure${blank ? `; blank in: ${blank}` : ''}` +
      `${unreadable ? `; unreadable in: ${unreadable}` : ''}.`,
    differs: 'The units give different values and no rule computes this cell from the sums: left blank.',
  },
};

/** How a unit is named in a note: its code, else its name, else its file's name. */
export function unitTag(u: ConsolidatedUnit): string {
  return u.unit.code || u.unit.name || u.file.split(/[\\/]/).pop() || u.file;
}

export function noteText(note: ConsolidationNote, units: ConsolidatedUnit[], lang: Lang): string {
  const w = WORDS[lang];
  const tags = (list: number[]) => list.map((i) => unitTag(units[i]!)).join(', ');
  if (note.kind === 'manual') return w.manual;
  if (note.kind === 'differs') return w.differs;
  return w.partial(tags(note.blank), tags(note.unreadable));
}

/**
 * `where` gives a cell's address in the consolidated workbook ("'Biểu 1'!C8"), when known.
 * Returns the rows and the indexes of the two header rows, for styling.
 */
export function unitsSheetRows(
  pack: CompiledPack,
  c: Consolidated,
  lang: Lang,
  at: string,
  where: (note: ConsolidationNote) => string | undefined = () => undefined,
): { rows: ReportCell[][]; headers: number[] } {
  const w = WORDS[lang];
  const rows: ReportCell[][] = [
    [w.title],
    [`${w.pack}: ${pack.pack.title[lang]} (${pack.pack.id} ${pack.pack.version})`],
    [`${w.at}: ${timeText(at, lang)}`],
    [`${w.count}: ${c.units.length}`],
    [],
  ];
  const headers = [rows.length];
  rows.push(w.unitsHead);
  c.units.forEach((u, i) => {
    const { discrepancies, problems, blanks, warnings } = u.counts;
    const file = u.file.split(/[\\/]/).pop() ?? u.file;
    rows.push([
      i + 1,
      u.unit.code || null,
      u.unit.name || null,
      u.unit.period || BATCH_TEXT[lang].noPeriod,
      discrepancies,
      problems,
      blanks,
      warnings,
      stampText(u.stamp, lang),
      file,
    ]);
  });
  rows.push([], [w.notesTitle]);
  headers.push(rows.length);
  rows.push(w.notesHead);
  if (!c.notes.length) rows.push([w.noNotes]);
  for (const note of c.notes)
    rows.push([note.sheet, note.row, note.col, where(note) ?? null, noteText(note, c.units, lang)]);
  return { rows, headers };
}
