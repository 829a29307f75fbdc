/**
 * A written report (.docx, .txt, .md) read in the browser, and its cross-check's findings listed, on the page and
 * in the pane.
 */
import {
  excerpt,
  placeText,
  plainTextDocument,
  proseMessage,
  type CompiledPack,
  type Lang,
  type ProseCell,
  type ProseDocument,
  type ProseReport,
} from '../../src/engine/index.js';

const REPORT = /\.(docx|txt|md)$/i;

export const isReportFile = (file: File) => REPORT.test(file.name);

const WORDS = {
  vi: {
    title: (r: ProseReport) => `Báo cáo ${r.file}${r.workbook ? ` đối chiếu với ${r.workbook.file}` : ' tự đối chiếu'}`,
    counts: (r: ProseReport) =>
      `${r.counts.figures} số liệu, ${r.counts.linked} gắn với ô của biểu, ${r.counts.ambiguous} chưa rõ ô nào, ` +
      `${r.counts.unlinked} không gắn · ${r.counts.errors} lỗi, ${r.counts.warnings} cảnh báo`,
    clean: 'Báo cáo khớp với biểu và với chính nó.',
    select: 'Bấm để chọn ô này trong sổ tính',
  },
  en: {
    title: (r: ProseReport) => `Report ${r.file}${r.workbook ? ` against ${r.workbook.file}` : ' against itself'}`,
    counts: (r: ProseReport) =>
      `${r.counts.figures} figures, ${r.counts.linked} linked to a cell, ${r.counts.ambiguous} ambiguous, ` +
      `${r.counts.unlinked} not linked · ${r.counts.errors} errors, ${r.counts.warnings} warnings`,
    clean: 'The report agrees with its sheets and with itself.',
    select: 'Click to select the cell in the workbook',
  },
};

/** A .docx read by the docx adapter in the browser; .txt and .md as plain text. */
export async function readReportFile(file: File): Promise<ProseDocument> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!/\.docx$/i.test(file.name)) return plainTextDocument(new TextDecoder().decode(bytes), /\.md$/i.test(file.name));
  const { readDocx } = await import('../../src/docx/readDocx.js');
  return readDocx(bytes, file.name);
}

/** With `pick`, a finding naming cells of the workbook selects them when clicked. */
export function renderProse(
  el: HTMLElement,
  pack: CompiledPack,
  report: ProseReport | undefined,
  lang: Lang,
  pick?: (cells: ProseCell[]) => void,
): void {
  el.hidden = !report;
  el.replaceChildren();
  if (!report) return;
  const w = WORDS[lang];
  const add = (parent: HTMLElement, tag: string, text: string, cls?: string) => {
    const node = parent.appendChild(document.createElement(tag));
    node.textContent = text;
    if (cls) node.className = cls;
    return node;
  };
  const head = add(el, 'div', '', 'lines');
  add(head, 'p', w.title(report)).style.fontWeight = '600';
  add(head, 'p', w.counts(report));
  if (!report.findings.length) add(head, 'p', w.clean);
  for (const f of report.findings) {
    const item = add(el, 'div', '', `lines prose ${f.severity}`);
    add(item, 'p', proseMessage(f, lang, pack)).style.color = f.severity === 'error' ? '#a4262c' : '#8a5300';
    for (const q of f.quotes) add(item, 'p', `${placeText(q, lang)}: “${excerpt(q, 140)}”`);
    if (f.cells.length) add(item, 'p', f.cells.map(cellText).join(' · '));
    if (pick && f.cells.some((c) => c.address)) pickable(item, () => pick(f.cells), w.select);
  }
}

function pickable(item: HTMLElement, pick: () => void, hint: string): void {
  item.setAttribute('role', 'button');
  Object.assign(item, { tabIndex: 0, title: hint });
  item.addEventListener('click', pick);
  item.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    pick();
  });
}

function cellText(c: ProseCell): string {
  const where = c.address ? `${c.sheetName}!${c.address}` : c.sheetName;
  return `${where} [${c.row}; ${c.column}]${c.value === undefined || c.value === null ? '' : ` = ${c.value}`}`;
}
