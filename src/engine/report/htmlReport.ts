/**
 * The batch report as one HTML file: inline CSS, no script, no external file, so it opens in any browser
 * and can be mailed. Units worst first; every finding of every unit.
 */
import { summarise, worstFirst, type BatchEntry } from '../batch/summary.js';
import { BATCH_TEXT, stampText, summaryLines, timeText, unitText } from './batchText.js';
import { countsText } from './countsText.js';
import { KIND_TEXT } from './findingGroups.js';
import { findingViews, type FindingView } from './findingView.js';
import { readiness } from '../explain/readiness.js';
import type { Report } from '../check/validate.js';
import { explanationLine } from './explanationText.js';
import { readinessText } from '../explain/readinessText.js';
import type { CompiledPack } from '../pack/compilePack.js';
import type { Lang } from '../pack/pack.js';
import type { SuspectGroup } from '../localise/suspect.js';
import { SUSPECT_WORDS } from './messages.js';
import { suspectViews } from './suspectViews.js';

const WORDS = {
  vi: {
    title: 'Kết quả kiểm tra biểu mẫu của các đơn vị',
    pack: 'Gói biểu mẫu',
    at: 'Kiểm tra lúc',
    units: 'Các tệp, đơn vị có vấn đề trước',
    head: ['STT', 'Đơn vị', 'Kỳ báo cáo', 'Sai lệch', 'Lỗi khác', 'Ô còn trống', 'Cảnh báo', 'Dấu kiểm tra', 'Tệp'],
    findingHead: ['Mức độ', 'Biểu', 'Nội dung', 'Ô'],
    clean: 'Không có sai sót.',
    file: 'Tệp',
  },
  en: {
    title: "Check of the units' workbooks",
    pack: 'Template pack',
    at: 'Checked at',
    units: 'Files and units, those with problems first',
    head: ['No.', 'Unit', 'Period', 'Discrepancies', 'Other errors', 'Blank cells', 'Warnings', 'Stamp', 'File'],
    findingHead: ['Severity', 'Sheet', 'Finding', 'Cells'],
    clean: 'No discrepancies.',
    file: 'File',
  },
};

const CSS = `
:root { color-scheme: light; }
body { font: 15px/1.45 "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: #1f2328; \
margin: 24px auto; max-width: 1200px; padding: 0 16px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 6px; padding-top: 8px; border-top: 1px solid #d0d7de; }
p.meta { color: #57606a; margin: 0 0 12px; }
ul.summary { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; \
padding: 10px 14px 10px 32px; margin: 12px 0 20px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
td.file, td.cells { font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: 12.5px; }
td.file { word-break: break-all; }
td.cells { white-space: nowrap; }
tr.row-bad td:first-child, .sev-error { border-left: 4px solid #cf222e; }
tr.row-warn td:first-child, .sev-warning { border-left: 4px solid #bf8700; }
tr.row-ok td:first-child { border-left: 4px solid #1a7f37; }
tr.row-unreadable td { background: #fff1f0; }
.error { color: #cf222e; font-weight: 600; }
.warning { color: #9a6700; font-weight: 600; }
.ok { color: #1a7f37; }
.stamp-changed { color: #cf222e; }
.stamp-unchecked { color: #9a6700; }
a { color: #0969da; text-decoration: none; }
tr.kind th { background: #eaeef2; font-size: 14px; }
small.rule { color: #57606a; font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: 11.5px; }
span.explained { display: inline-block; margin-top: 4px; padding: 2px 6px; background: #fff8c5; border-radius: 4px; }
h3.suspects { font-size: 15px; margin: 10px 0 4px; }
ul.suspects span.cells { font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: 12.5px; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
`;

export function htmlReport(pack: CompiledPack, entries: BatchEntry[], lang: Lang, at: string): string {
  const w = WORDS[lang];
  const b = BATCH_TEXT[lang];
  const ordered = worstFirst(entries);
  const summary = summaryLines(summarise(entries), lang);
  const rows = ordered.map((e, i) => {
    const link = `<a href="#u${i + 1}">${i + 1}</a>`;
    if (!('report' in e)) {
      return (
        `<tr class="row-bad row-unreadable"><td class="n">${link}</td>` +
        `<td colspan="7"><span class="error">${esc(b.unreadable)}:</span> ${esc(e.error[lang])}</td>` +
        `<td class="file">${esc(e.file)}</td></tr>`
      );
    }
    const r = e.report;
    const cls = r.counts.errors ? 'row-bad' : r.counts.warnings ? 'row-warn' : 'row-ok';
    return [
      `<tr class="${cls}">`,
      `<td class="n">${link}</td>`,
      `<td>${esc(unitText(r.unit, lang))}` +
        `${r.consolidated ? ` <small>(${esc(b.consolidated(r.consolidated.units))})</small>` : ''}</td>`,
      `<td>${esc(r.unit.period || b.noPeriod)}</td>`,
      ...(['discrepancies', 'problems', 'blanks'] as const).map(
        (k) => `<td class="n${r.counts[k] ? ' error' : ''}">${r.counts[k]}</td>`,
      ),
      `<td class="n${r.counts.warnings ? ' warning' : ''}">${r.counts.warnings}</td>`,
      `<td class="stamp-${r.stamp.state}">${esc(stampText(r.stamp, lang))}</td>`,
      `<td class="file">${esc(e.file)}</td>`,
      '</tr>',
    ].join('');
  });
  const sections = ordered.map((e, i) => unitSection(pack, e, i + 1, lang));
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(w.title)} — ${esc(pack.pack.id)} ${esc(pack.pack.version)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${esc(w.title)}</h1>
<p class="meta">${esc(w.pack)}: ${esc(pack.pack.title[lang])} (${esc(pack.pack.id)} ${esc(pack.pack.version)}) \
· ${esc(w.at)} ${esc(timeText(at, lang))}</p>
<ul class="summary">${summary.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>
<h2>${esc(w.units)}</h2>
<table class="units">
<thead><tr>${w.head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
${sections.join('\n')}
</body>
</html>
`;
}

function unitSection(pack: CompiledPack, e: BatchEntry, n: number, lang: Lang): string {
  const w = WORDS[lang];
  const b = BATCH_TEXT[lang];
  if (!('report' in e)) {
    return (
      `<h2 id="u${n}">${n}. ${esc(e.file)}</h2>\n` +
      `<p><span class="error">${esc(b.unreadable)}:</span> ${esc(e.error[lang])}</p>`
    );
  }
  const r = e.report;
  const head = `<h2 id="u${n}">${n}. ${esc(unitText(r.unit, lang))}</h2>
<p class="meta">${esc(w.file)} <code>${esc(e.file)}</code> · ${esc(r.unit.period || b.noPeriod)} \
· ${esc(r.pack.id)} ${esc(r.pack.version)} \
· <span class="${r.counts.errors ? 'error' : 'ok'}">${esc(countsText(r.counts, lang))}</span> \
· <span class="stamp-${r.stamp.state}">${esc(stampText(r.stamp, lang))}</span> \
· ${esc(readinessText(readiness(r), lang))}</p>`;
  if (!r.findings.length) return `${head}\n<p class="ok">${esc(w.clean)}</p>`;
  const views = findingViews(pack, r.findings, lang);
  const rows = views.map((v, k) =>
    [...(v.kind !== views[k - 1]?.kind ? [kindRow(v, lang)] : []), findingRow(v, explained(r, v, lang))].join('\n'),
  );
  return `${head}
<table class="findings">
<thead><tr>${w.findingHead.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>${suspectsHtml(pack, r.suspects ?? [], lang)}`;
}

/** "Có thể sai" under a unit's findings: each group's rules, and the cells of each smallest fix. */
function suspectsHtml(pack: CompiledPack, groups: SuspectGroup[], lang: Lang): string {
  if (!groups.length) return '';
  const items = suspectViews(pack, groups, lang).map((g) => {
    const ways = g.ways.map((cells, i) => {
      const label = g.ways.length > 1 ? `${esc(SUSPECT_WORDS[lang].way(i + 1))}: ` : '';
      return `<li>${label}${cells.map((c) => `<span class="cells">${esc(c)}</span>`).join('<br>')}</li>`;
    });
    return `<li><b>${esc(g.rules)}</b>: ${esc(g.lead)}<ul>${ways.join('')}</ul></li>`;
  });
  return (
    `\n<h3 class="suspects">${esc(SUSPECT_WORDS[lang].heading)}</h3>\n` +
    `<ul class="suspects">${items.join('\n')}</ul>`
  );
}

function kindRow(v: FindingView, lang: Lang): string {
  return `<tr class="kind"><th colspan="4">${esc(KIND_TEXT[v.kind][lang])}</th></tr>`;
}

/** The line's explanation, when it stands for one finding that has one. */
function explained(r: Report, v: FindingView, lang: Lang): string | undefined {
  return v.findings.length === 1 ? explanationLine(r, v.findings[0]!, lang) : undefined;
}

function findingRow(v: FindingView, explanation: string | undefined): string {
  const said = explanation ? `<br><span class="explained">${esc(explanation)}</span>` : '';
  const rule = v.rule ? ` <small class="rule">${esc(v.rule)}</small>` : '';
  return [
    `<tr><td class="sev-${v.severity} ${v.severity}">${esc(v.severityText)}</td>`,
    `<td>${esc(v.sheetName)}${v.sheet ? ` (${esc(v.sheet)})` : ''}</td>`,
    `<td><b>${esc(v.title)}</b>${rule}<br>${esc(v.detail)}${said}</td>`,
    `<td class="cells">${v.cells.map(esc).join('<br>')}</td></tr>`,
  ].join('');
}

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
