/** The values reader gives the engine what the exceljs reader gave it, on every example workbook. */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkbook } from '../../../src/xlsx/loadWorkbook.js';
import { rawWorkbookOf } from '../../../src/xlsx/rawWorkbookOf.js';
import { readValues } from '../../../src/xlsx/reader/readValues.js';

const root = join(import.meta.dirname, '../../../examples');
const files = [
  ...readdirSync(root)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => join(root, f)),
  ...readdirSync(join(root, 'units')).map((f) => join(root, 'units', f)),
];

describe('the values reader and exceljs', () => {
  it('cover all seventeen examples', () => expect(files).toHaveLength(17));

  it.each(files)('read %s alike: every sheet, cell, number format, defined name and the meta', async (file) => {
    const bytes = await readFile(file);
    const ours = readValues(bytes, file);
    const theirs = rawWorkbookOf(await loadWorkbook(bytes, file));
    expect(ours.sheets.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(ours))).toStrictEqual(JSON.parse(JSON.stringify(theirs)));
  });
});
