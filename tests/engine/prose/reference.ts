/**
 * The reference report (examples/reference/) as the engine reads it, the same report corrected to agree with
 * itself and with a corrected Kon Tum workbook, and that workbook, for the cross-check tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assemblePack } from '../../../src/engine/pack/assemblePack.js';
import type { ProseDocument } from '../../../src/engine/prose/document.js';
import type { RawWorkbook } from '../../../src/engine/workbook/workbook.js';
import { readPackFiles } from '../../../src/node/loadPackDir.js';
import konTum from '../../../scripts/data/kon-tum-2017.js';
import { parseReference, type ReportSource } from '../../../scripts/referenceReport.js';
import { rawWorkbook } from '../fixtures.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const REFERENCE_TEXT = readFileSync(join(ROOT, 'examples/reference/bao-cao-303-BC-TU-kon-tum-2018.txt'), 'utf8');
export const pack = assemblePack(await readPackFiles(join(ROOT, 'packs/nq22-2018')));

export function documentOf(source: ReportSource): ProseDocument {
  return { paragraphs: source.paragraphs.map((p) => ({ text: p.text, notes: p.notes })), footnotes: source.footnotes };
}

export const reference = () => parseReference(REFERENCE_TEXT);

/** Each pair: the reference's words, and the corrected ones. Same length, so footnote places stay put. */
export const CORRECTIONS: [string, string][] = [
  ['và 27.023 đảng viên', 'và 26.773 đảng viên'],
  ['186 đảng bộ cơ sở (tăng 33,84%', '188 đảng bộ cơ sở (tăng 35,25%'],
  ['511 chi bộ cơ sở (tăng 19,91%', '510 chi bộ cơ sở (tăng 19,44%'],
  ['1.902 chi bộ trực thuộc đảng uỷ cơ sở (tăng 19,85%', '1.907 chi bộ trực thuộc đảng uỷ cơ sở (tăng 20,16%'],
  ['đạt 48,34%', 'đạt 87,26%'],
  ['đạt 33.87% và tăng 148.12%', 'đạt 61,15% và tăng 148,12%'],
  ['tăng 43.65%', 'tăng 43,65%'],
  ['tăng 55.39%', 'tăng 55,39%'],
  ['tăng 253.41%', 'tăng 253,41%'],
  ['đến quý I-2018', 'đến tháng 12-2017'],
  ['ngày 03-1/2011', 'ngày 03-1-2011'],
  ['nhiệm kỳ 20101 -2015', 'nhiệm kỳ 2010 - 2015'],
];

export function replaced(source: ReportSource, from: string, to: string): ReportSource {
  let hits = 0;
  const swap = (text: string) => {
    if (!text.includes(from)) return text;
    hits++;
    return text.replace(from, to);
  };
  const out = {
    ...source,
    paragraphs: source.paragraphs.map((p) => ({ ...p, text: swap(p.text) })),
    footnotes: source.footnotes.map((f) => ({ ...f, text: swap(f.text) })),
  };
  if (hits !== 1) throw new Error(`"${from}" stands ${hits} times in the report`);
  return out;
}

export function corrected(): ReportSource {
  return CORRECTIONS.reduce((s, [from, to]) => replaced(s, from, to), reference());
}

/** The Kon Tum workbook with the figures the corrected report gives, and rates recomputed from them. */
export function correctedWorkbook(): RawWorkbook {
  const values = structuredClone(konTum) as Record<string, Record<string, Record<string, number>>>;
  values.B1!['4']!['(1)'] = 26773;
  Object.assign(values.PL1!['1.1']!, { '(2)': 188, '(3)': 35.25 });
  Object.assign(values.PL1!['1.2']!, { '(2)': 510, '(3)': 19.44 });
  Object.assign(values.PL1!['3']!, { '(2)': 1907, '(3)': 20.16 });
  values.B7!['2']!['(4)'] = 87.26;
  values.B7!['3']!['(4)'] = 61.15;
  return rawWorkbook(pack.pack, values);
}
