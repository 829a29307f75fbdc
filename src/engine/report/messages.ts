/** Message text for findings, in Vietnamese and English, kept apart from the checks that make them. */
import type { CompiledPack } from '../pack/compilePack.js';
import type { Finding, FindingCode, FindingOf } from '../check/finding.js';
import { formatNumber } from './formatNumber.js';
import type { Lang, Text } from '../pack/pack.js';
import { UNUSUAL_PHRASES } from '../screen/unusualPhrases.js';
import { DUPLICATE_PHRASES } from './duplicatePhrases.js';
import type { Cause, CauseKind, Suspect } from '../localise/suspect.js';

type Phrases = { [C in FindingCode]: (f: FindingOf[C], n: Numbers) => Text };

interface Numbers {
  /** A value formatted as the finding's first cell is shown. */
  num: (v: number) => string;
}

const PHRASES: Phrases = {
  'sum-mismatch': (f, n) => ({
    vi:
      `Tổng không bằng cộng các phần: ghi ${n.num(f.found)}, ` +
      `cộng lại được ${n.num(f.expected)} (chênh lệch ${n.num(f.difference)})`,
    en:
      `Total is not the sum of its parts: ${n.num(f.found)} given, ` +
      `parts add up to ${n.num(f.expected)} (difference ${n.num(f.difference)})`,
  }),
  'same-mismatch': (f, n) => ({
    vi:
      `Cùng một số liệu nhưng ghi khác nhau: ${n.num(f.found)} và ${n.num(f.expected)} (chênh lệch ` +
      `${n.num(f.difference)})`,
    en:
      `The same figure is given differently: ${n.num(f.found)} and ${n.num(f.expected)} (difference ` +
      `${n.num(f.difference)})`,
  }),
  'percent-mismatch': (f, n) => ({
    vi: `Tỷ lệ không khớp với số liệu: ghi ${n.num(f.found)}, tính lại được ${n.num(f.expected)}`,
    en: `Percentage does not recompute: ${n.num(f.found)} given, the counts give ${n.num(f.expected)}`,
  }),
  'growth-mismatch': (f, n) => ({
    vi: `Tỷ lệ tăng/giảm không khớp với số liệu hai kỳ: ghi ${n.num(f.found)}, tính lại được ${n.num(f.expected)}`,
    en:
      `Growth rate does not recompute from its two periods: ${n.num(f.found)} given, ` +
      `the counts give ${n.num(f.expected)}`,
  }),
  'part-exceeds-whole': (f, n) => ({
    vi: `Số bộ phận (${n.num(f.found)}) lớn hơn số tổng (${n.num(f.expected)})`,
    en: `A part (${n.num(f.found)}) exceeds its whole (${n.num(f.expected)})`,
  }),
  'carry-mismatch': (f, n) => ({
    vi: `Số đầu kỳ (${n.num(f.found)}) không bằng số cuối kỳ trước (${n.num(f.expected)})`,
    en: `Opening figure (${n.num(f.found)}) is not the previous closing figure (${n.num(f.expected)})`,
  }),
  'rule-blank': () => ({
    vi: 'Còn ô để trống nên không kiểm tra được quy tắc này',
    en: 'Cells are blank, so this rule cannot be checked',
  }),
  'required-blank': () => ({
    vi: 'Ô bắt buộc còn để trống (để trống không phải là số 0; nếu không có thì ghi 0)',
    en: 'A required cell is blank (blank is not zero; enter 0 if there are none)',
  }),
  'not-whole': (f, n) => ({
    vi: `Số lượng phải là số nguyên, không phải ${n.num(f.found)}`,
    en: `A count must be a whole number, not ${n.num(f.found)}`,
  }),
  negative: (f, n) => ({
    vi: `Số lượng không được âm (${n.num(f.found)})`,
    en: `A count cannot be negative (${n.num(f.found)})`,
  }),
  'text-number': (f, n) => ({
    vi: `Số được gõ dưới dạng chữ "${f.found}", đã đọc là ${n.num(f.expected)}; nên nhập lại thành số`,
    en: `Number typed as text "${f.found}", read as ${n.num(f.expected)}; retype it as a number`,
  }),
  'not-a-number': (f) => ({
    vi: `Ô này phải ghi số, nhưng đang ghi "${f.found}"`,
    en: `This cell must hold a number, but holds "${f.found}"`,
  }),
  'cell-error': (f) => ({
    vi: `Ô có lỗi ${f.found}, không đọc được số`,
    en: `The cell shows the error ${f.found}, so it has no number`,
  }),
  'missing-sheet': (f) => ({
    vi:
      `Không tìm thấy biểu ${f.found} ("${f.sheetName}") trong tệp; ` +
      'các quy tắc dùng đến biểu này không được kiểm tra',
    en: `Sheet ${f.found} ("${f.sheetName}") is not in the workbook; rules that use it were not checked`,
  }),
  'missing-row': (f) => ({
    vi: `Biểu "${f.sheetName}" không có dòng mã ${f.found} (cột mã dòng bị xoá hoặc sửa?)`,
    en: `Sheet "${f.sheetName}" has no row coded ${f.found} (was the row-code column deleted or edited?)`,
  }),
  'missing-column': (f) => ({
    vi: `Biểu "${f.sheetName}" không có cột mã ${f.found} (dòng mã cột bị xoá hoặc sửa?)`,
    en: `Sheet "${f.sheetName}" has no column coded ${f.found} (was the column-code row deleted or edited?)`,
  }),
  ...UNUSUAL_PHRASES,
  ...DUPLICATE_PHRASES,
};

/** What each kind of finding is, in a few words, for a finding with no rule description to head it. */
const TITLES: Record<FindingCode, Text> = {
  'unusual-across': { vi: 'Số liệu bất thường so với các đơn vị khác', en: 'Unusual against the other units' },
  'unusual-previous': { vi: 'Số liệu bất thường so với kỳ trước', en: 'Unusual against the previous period' },
  'beyond-limit': { vi: 'Số liệu ngoài giới hạn hợp lý', en: 'Beyond the plausible limits' },
  'sum-mismatch': { vi: 'Tổng không bằng cộng các phần', en: 'Total is not the sum of its parts' },
  'same-mismatch': { vi: 'Cùng một số liệu ghi khác nhau', en: 'The same figure given differently' },
  'percent-mismatch': { vi: 'Tỷ lệ không khớp với số liệu', en: 'Percentage does not recompute' },
  'growth-mismatch': { vi: 'Tỷ lệ tăng/giảm không khớp', en: 'Growth rate does not recompute' },
  'part-exceeds-whole': { vi: 'Số bộ phận lớn hơn số tổng', en: 'A part exceeds its whole' },
  'carry-mismatch': { vi: 'Số đầu kỳ khác số cuối kỳ trước', en: 'Opening figure differs from the last closing' },
  'rule-blank': { vi: 'Không kiểm tra được vì còn ô trống', en: 'Not checked: cells are blank' },
  'required-blank': { vi: 'Ô bắt buộc còn trống', en: 'Required cell left blank' },
  'not-whole': { vi: 'Số lượng không phải số nguyên', en: 'Count is not a whole number' },
  negative: { vi: 'Số lượng bị âm', en: 'Count is negative' },
  'text-number': { vi: 'Số gõ dưới dạng chữ', en: 'Number typed as text' },
  'not-a-number': { vi: 'Ô phải ghi số', en: 'Cell must hold a number' },
  'cell-error': { vi: 'Ô có lỗi công thức', en: 'Cell shows an error' },
  'missing-sheet': { vi: 'Thiếu biểu', en: 'Sheet missing' },
  'missing-row': { vi: 'Thiếu dòng', en: 'Row missing' },
  'missing-column': { vi: 'Thiếu cột', en: 'Column missing' },
  'duplicate-row': { vi: 'Mã dòng bị lặp', en: 'Row code repeated' },
  'duplicate-column': { vi: 'Mã cột bị lặp', en: 'Column code repeated' },
};

/** A single cell's value is shown as it was typed, not rounded to the column's decimals. */
const AS_TYPED = 6;

/** What went wrong, with the figures, in one sentence. */
export function detail(f: Finding, lang: Lang, pack: CompiledPack): string {
  const first = f.cells[0];
  const slot = first ? pack.slots[pack.slotOf(first.sheet, first.row, first.column) ?? -1] : undefined;
  const decimals = 'decimals' in f ? f.decimals : AS_TYPED;
  const numbers: Numbers = {
    num: (v) => formatNumber(v, decimals, lang, slot?.kind === 'percent'),
  };
  return `${phrase(f.code, f, numbers)[lang]}.`;
}

function phrase<C extends FindingCode>(code: C, f: FindingOf[C], n: Numbers): Text {
  return PHRASES[code](f, n);
}

/** What the finding is for a clerk: the description of its rule, or the kind of problem. */
export function title(f: Finding, lang: Lang, pack: CompiledPack): string {
  return descriptionOf(f, lang, pack) ?? TITLES[f.code][lang];
}

function descriptionOf(f: Finding, lang: Lang, pack: CompiledPack): string | undefined {
  return pack.rules.find((r) => r.id === f.rule)?.description?.[lang]?.replace(/\.$/, '');
}

/** One plain sentence for a clerk, with the rule's own description when the pack gives one. */
export function message(f: Finding, lang: Lang, pack: CompiledPack): string {
  const description = descriptionOf(f, lang, pack);
  return description ? `${detail(f, lang, pack)} ${description}.` : detail(f, lang, pack);
}

const CAUSES: Record<CauseKind, (other: string) => Text> = {
  sign: () => ({ vi: 'gõ nhầm dấu âm', en: 'sign slip' }),
  'percent-as-fraction': () => ({
    vi: 'tỷ lệ gõ dạng phân số thay vì phần trăm',
    en: 'percentage typed as a fraction',
  }),
  'percent-as-per-mille': () => ({ vi: 'tỷ lệ gõ theo phần nghìn', en: 'percentage typed per mille' }),
  separator: () => ({
    vi: 'nhầm dấu phân cách hàng nghìn và thập phân',
    en: 'thousands and decimal separators confused',
  }),
  rounding: () => ({ vi: 'làm tròn nhầm', en: 'rounding slip' }),
  'digits-swapped': () => ({ vi: 'đảo chỗ hai chữ số liền nhau', en: 'two adjacent digits swapped' }),
  'digit-changed': () => ({ vi: 'gõ nhầm một chữ số', en: 'one digit mistyped' }),
  'digit-added': () => ({ vi: 'thừa một chữ số', en: 'a digit added' }),
  'digit-dropped': () => ({ vi: 'thiếu một chữ số', en: 'a digit dropped' }),
  'cells-exchanged': (other) => ({ vi: `đổi chỗ với ô ${other}`, en: `exchanged with ${other}` }),
  neighbour: (other) => ({
    vi: `số của ô bên cạnh ${other} gõ nhầm vào đây`,
    en: `the figure of the neighbouring cell ${other}`,
  }),
};

/** The slip that explains a suspect cell's value; `other` names the other cell of an exchange or neighbour. */
export function causeText(cause: Cause, lang: Lang, other = ''): string {
  return CAUSES[cause.kind](other)[lang];
}

/** The value a suspect cell probably should hold: "26.773", or a range with the likeliest value in it. */
export function suggestionText(s: Suspect, lang: Lang, pack: CompiledPack): string {
  const slot = pack.slots[pack.slotOf(s.cell.sheet, s.cell.row, s.cell.column) ?? -1];
  const num = (v: number) => formatNumber(v, slot?.decimals ?? AS_TYPED, lang, slot?.kind === 'percent');
  if (s.min === s.max) return num(s.min);
  const range = lang === 'vi' ? `từ ${num(s.min)} đến ${num(s.max)}` : `between ${num(s.min)} and ${num(s.max)}`;
  return s.suggested === null ? range : `${num(s.suggested)} (${range})`;
}

export const SUSPECT_WORDS = {
  vi: {
    heading: 'Có thể sai',
    fix: 'nếu sửa như sau thì mọi quy tắc đều đúng',
    fixWaiving: 'nếu sửa như sau thì các quy tắc còn lại đều đúng',
    tie: (n: number) => `${n} cách sửa ít ô như nhau, số liệu không cho biết cách nào đúng`,
    way: (i: number) => `cách ${i}`,
    none: (n: number) => `không tìm được cách sửa từ ${n} ô trở xuống`,
    partial: 'đã dừng tìm ở giới hạn, có thể còn cách sửa khác',
    more: 'còn những cách khác như vậy, không liệt kê hết',
    waive: (rule: string) => `bỏ qua quy tắc ${rule} (để quy tắc này sai)`,
  },
  en: {
    heading: 'Likely wrong',
    fix: 'every rule holds if these change',
    fixWaiving: 'every other rule holds if these change',
    tie: (n: number) => `${n} equally small fixes; the figures cannot tell which is right`,
    way: (i: number) => `fix ${i}`,
    none: (n: number) => `no fix of ${n} cells or fewer found`,
    partial: 'the search stopped at its bounds; other fixes may exist',
    more: 'more such fixes exist, not all listed',
    waive: (rule: string) => `leave rule ${rule} failing`,
  },
} as const;
