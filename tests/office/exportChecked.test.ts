import { readFile } from 'node:fs/promises';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_MARGINS, RESULTS_WIDTHS, resultRows, type CompiledPack } from '../../src/engine/index.js';
import { exportChecked } from '../../src/office/exportChecked.js';
import { columnPoints } from '../../src/office/writeResultsSheet.js';
import { loadPackDir } from '../../src/node/loadPackDir.js';
import { readWorkbook } from '../../src/xlsx/readWorkbook.js';
import { KON_TUM, PACK_DIR } from '../cli/helpers.js';
import { excelWorkbookOf } from './excelWorkbookOf.js';
import { mockExcel } from './mockExcel.js';

const AT = '2026-11-30T15:41:38.019Z';

describe('exportChecked', () => {
  let pack: CompiledPack;
  let fake: ReturnType<typeof excelWorkbookOf>;
  let excel: ReturnType<typeof mockExcel>;
  beforeAll(async () => {
    pack = await loadPackDir(PACK_DIR);
  });
  afterEach(() => delete (globalThis as any).Excel);

  async function exportKonTum(lang: 'vi' | 'en') {
    fake = excelWorkbookOf(await readWorkbook(await readFile(KON_TUM), 'k.xlsx'));
    excel = mockExcel(fake);
    const { report } = await exportChecked(pack, lang, AT);
    const results = fake.sheets.find((s) => s.added && !s.name.startsWith('_'))!;
    return { report, results, rows: resultRows(report, pack, lang, AT) };
  }

  it("writes the Kon Tum example's results: every row across the table's ten columns, in three syncs", async () => {
    const { report, results, rows } = await exportKonTum('vi');
    expect(report.counts.discrepancies).toBe(9);
    expect(results.name).toBe('Kết quả kiểm tra');
    const written = results.ranges.get(`A1:J${rows.length}`)!.values!;
    expect(written).toEqual(rows.map((r) => RESULTS_WIDTHS.map((_, i) => r[i] ?? '')));
    expect(excel.syncs()).toBe(3);
  });

  it('lays the results sheet out for A4: across, one page wide, header repeated, margins, page numbers', async () => {
    const { results } = await exportKonTum('vi');
    const page = results.pageLayout;
    expect(page.paperSize).toBe('A4');
    expect(page.orientation).toBe('Landscape');
    expect(page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(page.centerHorizontally).toBe(true);
    expect(page.margins).toEqual({ unit: 'Inches', ...PAGE_MARGINS });
    expect(page.titleRows).toBe('$7:$7');
    expect(page.headersFooters.defaultForAllPages.centerFooter).toBe('Trang &P');
    expect((await exportKonTum('en')).results.pageLayout.headersFooters.defaultForAllPages.centerFooter).toBe(
      'Page &P',
    );
  });

  it('gives labels room: column widths, wrapped text, the title lines across the table, rows tall enough', async () => {
    const { results, rows } = await exportKonTum('vi');
    const range = (a: string) => results.ranges.get(a)!;
    expect('ABCDEFGHIJ'.split('').map((c) => range(`${c}1`).format.columnWidth)).toEqual(
      RESULTS_WIDTHS.map(columnPoints),
    );
    expect(range(`A1:J${rows.length}`).format).toMatchObject({ wrapText: true, verticalAlignment: 'Top' });
    for (const r of [1, 2, 3, 4, 5]) expect(range(`A${r}:J${r}`).merged, `row ${r}`).toBe(true);
    expect(results.ranges.has('A7:J7') && range('A7:J7').merged).toBe(false);
    expect(range('A1').format.font).toEqual({ bold: true, size: 13 });
    expect(range('A7:J7').format.font.bold).toBe(true);
    // A finding's detail wraps over several lines in its 34-character column, and its row is that tall.
    const detail = rows.findIndex((r, i) => i > 6 && String(r[5]).length > 70);
    expect(detail).toBeGreaterThan(6);
    expect(range(`A${detail + 1}`).format.rowHeight).toBeGreaterThanOrEqual(45);
    expect(range('A8').format.horizontalAlignment).toBe('Right');
  });
});
