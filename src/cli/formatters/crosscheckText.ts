/** A cross-check for a terminal: counts, every finding with its sentences and cells, the figures left for review. */
import {
  excerpt,
  formatNumber,
  placeText,
  proseMessage,
  type CompiledPack,
  type Lang,
  type ProseCell,
  type ProseReport,
  type Quote,
} from '../../engine/index.js';

const WORDS = {
  vi: {
    error: 'Lỗi',
    warning: 'Cảnh báo',
    against: 'đối chiếu với',
    itself: 'tự đối chiếu (không có sổ tính)',
    pack: 'gói',
    counts: (r: ProseReport) =>
      `${r.counts.figures} số liệu: ${r.counts.linked} gắn với ô của biểu, ${r.counts.ambiguous} chưa rõ ô nào, ` +
      `${r.counts.unlinked} không gắn`,
    totals: (r: ProseReport) => `${r.counts.errors} lỗi, ${r.counts.warnings} cảnh báo`,
    clean: 'Không có sai lệch.',
    ambiguous: 'Số liệu có thể thuộc nhiều ô (không đoán, hãy xem lại):',
    unlinked: 'Số liệu không gắn với ô nào (để xem lại, không phải lỗi):',
    reasons: { approximate: 'số ước lượng', ratio: 'số lần', unnamed: 'không có cụm từ nào của gói chỉ ô' },
    blank: '(trống)',
  },
  en: {
    error: 'Error',
    warning: 'Warning',
    against: 'against',
    itself: 'against itself (no workbook)',
    pack: 'pack',
    counts: (r: ProseReport) =>
      `${r.counts.figures} figures: ${r.counts.linked} linked to a cell, ${r.counts.ambiguous} ambiguous, ` +
      `${r.counts.unlinked} not linked`,
    totals: (r: ProseReport) => `${r.counts.errors} errors, ${r.counts.warnings} warnings`,
    clean: 'No discrepancies.',
    ambiguous: 'Figures that could belong to more than one cell (not guessed; please review):',
    unlinked: 'Figures linked to no cell (for review, not errors):',
    reasons: { approximate: 'approximate', ratio: 'a ratio', unnamed: 'no phrase of the pack names a cell' },
    blank: '(blank)',
  },
};

export function crosscheckText(pack: CompiledPack, r: ProseReport, lang: Lang): string {
  const w = WORDS[lang];
  const against = r.workbook ? `${w.against} ${r.workbook.file}` : w.itself;
  const head = `${r.file} · ${against} · ${w.pack} ${r.pack.id} ${r.pack.version} · ${w.totals(r)}\n${w.counts(r)}`;
  const findings = r.findings.length ? r.findings.map((f) => findingBlock(pack, f, lang)) : [`  ${w.clean}`];
  return `${[head, ...findings, ...review(pack, r, lang)].join('\n\n')}\n`;
}

function findingBlock(pack: CompiledPack, f: ProseReport['findings'][number], lang: Lang): string {
  const w = WORDS[lang];
  const mark = f.severity === 'error' ? `✖ ${w.error}` : `⚠ ${w.warning}`;
  const lines = [`  ${mark}  ${f.rule === 'prose' ? f.code : f.rule}`, `    ${proseMessage(f, lang, pack)}`];
  for (const group of bySentence(f.quotes)) {
    const figures = group.length > 1 ? ` (${group.map((q) => q.text).join(', ')})` : '';
    lines.push(`    ${placeText(group[0]!, lang)}${figures}: "${excerpt(group[0]!)}"`);
  }
  if (f.cells.length) lines.push(`    ${f.cells.map((c) => cellText(pack, c, lang)).join(' · ')}`);
  return lines.join('\n');
}

/** Quotes of one sentence together: the sentence is shown once. */
function bySentence(quotes: Quote[]): Quote[][] {
  const groups = new Map<string, Quote[]>();
  for (const q of quotes) {
    const key = `${q.section}|${q.footnote ?? ''}|${q.sentence}`;
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  return [...groups.values()];
}

export function cellText(pack: CompiledPack, c: ProseCell, lang: Lang): string {
  const place = `${c.address ? `'${c.sheetName}'!${c.address}` : c.sheetName} [${c.row}; ${c.column}]`;
  if (c.value === undefined) return place;
  if (c.value === null) return `${place} = ${WORDS[lang].blank}`;
  if (typeof c.value === 'string') return `${place} = ${JSON.stringify(c.value)}`;
  const slot = pack.slots[pack.slotOf(c.sheet, c.row, c.column) ?? -1];
  return `${place} = ${formatNumber(c.value, slot?.decimals ?? 6, lang, slot?.kind === 'percent')}`;
}

function review(pack: CompiledPack, r: ProseReport, lang: Lang): string[] {
  const w = WORDS[lang];
  const out: string[] = [];
  const ambiguous = r.figures.filter((f) => f.state === 'ambiguous');
  if (ambiguous.length) {
    const lines = ambiguous.map((f) => {
      const cells = f.candidates!.map((c) => cellText(pack, c, lang)).join(' | ');
      return `  ${placeText(f.quote, lang)}: ${f.quote.text} → ${cells}`;
    });
    out.push([w.ambiguous, ...lines].join('\n'));
  }
  const unlinked = r.figures.filter((f) => f.state === 'unlinked');
  if (unlinked.length) {
    const lines = unlinked.map((f) => `  ${placeText(f.quote, lang)}: ${f.quote.text} (${w.reasons[f.reason!]})`);
    out.push([w.unlinked, ...lines].join('\n'));
  }
  return out;
}
