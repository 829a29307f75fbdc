/**
 * Writes examples/bao-cao-kon-tum-2017.docx from the reference report's text (examples/reference/), with
 * its structure: header and closing blocks as tables, numbered headings, Word footnotes. Same bytes each run.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { reportDocx } from './docx/reportDocx.js';
import { parseReference } from './referenceReport.js';

const text = await readFile(
  new URL('../examples/reference/bao-cao-303-BC-TU-kon-tum-2018.txt', import.meta.url),
  'utf8',
);
await writeFile(
  new URL('../examples/bao-cao-kon-tum-2017.docx', import.meta.url),
  await reportDocx(parseReference(text)),
);
console.log('examples/bao-cao-kon-tum-2017.docx');
