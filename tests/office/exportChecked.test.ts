import { readFile } from 'node:fs/promises';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  check,
  EXPLANATIONS_WIDTHS,
  explanationRows,
  PAGE_MARGINS,
  RESULTS_WIDTHS,
  resultRows,
  type CompiledPack,
  type RawWorkbook,
} from '../../src/engine/index.js';
import { exportChecked, type ExportOptions } from '../../src/office/exportChecked.js';
import { columnPoints } from '../../src/office/writePrintableSheet.js';
import { loadPackDir } from '../../src/node/loadPackDir.js';
import { readWorkbook } from '../../src/xlsx/readWorkbook.js';
import { KON_TUM, PACK_DIR } from '../cli/helpers.js';
import { excelWorkbookOf } from './excelWorkbookOf.js';
import { mockExcel } from './mockExcel.js';

const AT = '2026-11-30T15:41:38.019Z';

/** The results sheet's words for Kon Tum's likely wrong C17 and its suggestion. */
const C17_FIX = "'Biểu 1'!C17 [4; (1)] → 26.773";

describe('exportChecked', () => {
  let pack: CompiledPack;
  let fake: ReturnType<typeof excelWorkbookOf>;
  let excel: ReturnType<typeof mockExcel>;
  beforeAll(async () => {
    pack = await loadPackDir(PACK_DIR);
  });
  afterEach(() => delete (globalThis as any).Excel);

  /** Localisation by the engine in Node, as the pane's Web Worker does it. */
  const inEngine = (): ExportOptions => ({
    localise: async (wb: RawWorkbook) => check(pack, wb, 'k.xlsx').report.suspects ?? [],
  });

  async function exportKonTum(lang: 'vi' | 'en', options = inEngine()) {
    fake = excelWorkbookOf(await readWorkbook(await readFile(KON_TUM), 'k.xlsx'));
    excel = mockExcel(fake);
    const { report } = await exportChecked(pack, lang, AT, options);
    const results = fake.sheets.find((s) => s.added && !s.name.startsWith('_'))!;
    return { report, results, rows: resultRows(report, pack, lang, AT) };
  }

  it("writes the Kon Tum example's results: every row across the table's eleven columns, in three syncs", async () => {
    const { report, results, rows } = await exportKonTum('vi');
    expect(report.counts.discrepancies).toBe(9);
    expect(results.name).toBe('Kết quả kiểm tra');
    const written = results.ranges.get(`A1:K${rows.length}`)!.values!;
    expect(written).toEqual(rows.map((r) => RESULTS_WIDTHS.map((_, i) => r[i] ?? '')));
    expect(excel.syncs()).toBe(3);
  });

  describe('the likely wrong cells, from the caller', () => {
    const textOf = (sheet: { ranges: Map<string, { values?: unknown[][] }> }) =>
      [...sheet.ranges.values()].flatMap((r) => r.values ?? []).flat();

    it("writes the suggestion of the caller's localise beside the finding: C17 → 26.773", async () => {
      const asked: RawWorkbook[] = [];
      const { localise } = inEngine();
      const { report, results } = await exportKonTum('vi', { localise: (wb) => (asked.push(wb), localise(wb)) });
      expect(asked.map((wb) => wb.sheets.some((s) => s.name === 'Biểu 1'))).toEqual([true]);
      expect(report.suspects?.length).toBeGreaterThan(0);
      expect(textOf(results)).toContain(C17_FIX);
      expect(excel.syncs()).toBe(3);
    });

    it('writes no suggestion when localise finds none', async () => {
      const { report, results } = await exportKonTum('vi', { localise: async () => [] });
      expect(report.suspects).toEqual([]);
      expect(report.counts.discrepancies).toBe(9);
      expect(textOf(results).some((t) => String(t).includes('→'))).toBe(false);
    });

    it('writes nothing, in two syncs, when localise fails', async () => {
      const failed = new Error('the worker failed');
      await expect(exportKonTum('vi', { localise: () => Promise.reject(failed) })).rejects.toBe(failed);
      expect(fake.sheets.filter((s) => s.added || s.deleted || s.ranges.size)).toEqual([]);
      expect(excel.syncs()).toBe(2);
    });
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
    expect('ABCDEFGHIJK'.split('').map((c) => range(`${c}1`).format.columnWidth)).toEqual(
      RESULTS_WIDTHS.map(columnPoints),
    );
    expect(range(`A1:K${rows.length}`).format).toMatchObject({ wrapText: true, verticalAlignment: 'Top' });
    for (const r of [1, 2, 3, 4, 5]) expect(range(`A${r}:K${r}`).merged, `row ${r}`).toBe(true);
    expect(results.ranges.has('A7:K7') && range('A7:K7').merged).toBe(false);
    expect(range('A1').format.font).toEqual({ bold: true, size: 13 });
    expect(range('A7:K7').format.font.bold).toBe(true);
    // A finding's detail wraps over several lines in its 28-character column, and its row is that tall.
    const detail = rows.findIndex((r, i) => i > 6 && String(r[5]).length > 70);
    expect(detail).toBeGreaterThan(6);
    expect(range(`A${detail + 1}`).format.rowHeight).toBeGreaterThanOrEqual(45);
    expect(range('A8').format.horizontalAlignment).toBe('Right');
  });

  describe('the explanations sheet', () => {
    const PLANTED = new URL('../../examples/units-planted/12-khoi-doanh-nghiep.xlsx', import.meta.url);

    async function exportPlanted(add: string[] = [], lang: 'vi' | 'en' = 'vi') {
      const raw = await readWorkbook(await readFile(PLANTED), 'x.xlsx');
      for (const name of add) raw.sheets.push({ name, cells: [] } as unknown as (typeof raw.sheets)[number]);
      fake = excelWorkbookOf(raw);
      excel = mockExcel(fake);
      const { report } = await exportChecked(pack, lang, AT, inEngine());
      const meta = fake.sheets.find((s) => s.name === '_kiembieu')!;
      const [written] = [...meta.ranges.values()].map((r) => Object.fromEntries(r.values as string[][]));
      return { report, meta: written!, added: fake.sheets.filter((s) => s.added) };
    }

    it('lists the explained warning on its own sheet, printable, in the same three syncs', async () => {
      const { report, meta, added } = await exportPlanted();
      expect(added.map((s) => s.name)).toEqual(['Kết quả kiểm tra', 'Giải trình']);
      const sheet = added[1]!;
      const rows = explanationRows(report, pack, 'vi', AT)!.rows;
      expect(sheet.ranges.get(`A1:G${rows.length}`)!.values).toEqual(
        rows.map((r) => EXPLANATIONS_WIDTHS.map((_, i) => r[i] ?? '')),
      );
      expect(rows.at(-1)![5]).toBe(report.explanations![0]!.text);
      expect(sheet.pageLayout.titleRows).toBe('$5:$5');
      expect(sheet.pageLayout.orientation).toBe('Landscape');
      expect(sheet.ranges.get('A5:G5')!.format.font.bold).toBe(true);
      expect(meta.explanationsSheet).toBe('Giải trình');
      expect(meta.inputStamp).toBe(report.stamp.value);
      expect(excel.syncs()).toBe(3);
    });

    it("numbers it beside the user's own sheet of that name, and replaces only its own the next time", async () => {
      const first = await exportPlanted(['Giải trình']);
      expect(first.added.map((s) => s.name)).toEqual(['Kết quả kiểm tra', 'Giải trình (2)']);
      expect(first.meta.explanationsSheet).toBe('Giải trình (2)');
      const raw = await readWorkbook(await readFile(PLANTED), 'x.xlsx');
      raw.sheets.push({ name: 'Giải trình', cells: [] } as unknown as (typeof raw.sheets)[number]);
      raw.sheets.push({ name: 'Giải trình (2)', cells: [] } as unknown as (typeof raw.sheets)[number]);
      raw.meta = { ...raw.meta, explanationsSheet: 'Giải trình (2)' };
      fake = excelWorkbookOf(raw);
      excel = mockExcel(fake);
      await exportChecked(pack, 'en', AT, inEngine());
      expect(fake.sheets.filter((s) => s.deleted).map((s) => s.name)).toEqual(['Giải trình (2)']);
      expect(fake.sheets.filter((s) => s.added).map((s) => s.name)).toEqual(['Check results', 'Explanations']);
    });

    it('writes none when no warning is explained (Kon Tum), and says so in the meta sheet', async () => {
      await exportKonTum('vi');
      expect(fake.sheets.filter((s) => s.added && !s.name.startsWith('_')).map((s) => s.name)).toEqual([
        'Kết quả kiểm tra',
      ]);
      const meta = fake.sheets.find((s) => s.name === '_kiembieu')!;
      const entries = [...meta.ranges.values()][0]!.values as string[][];
      expect(entries).toContainEqual(['explanationsSheet', '']);
    });
  });
});
