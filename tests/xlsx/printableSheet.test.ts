/**
 * Printing, through LibreOffice as an independent renderer: every sheet we write converts to A4 pages
 * in the orientation its width needs, fit to width, and every label is printed whole (the PDF's text holds it).
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Consolidator } from '../../src/engine/batch/consolidate.js';
import type { BatchEntry } from '../../src/engine/batch/summary.js';
import { validate } from '../../src/engine/check/validate.js';
import type { CompiledPack } from '../../src/engine/pack/compilePack.js';
import { BATCH_TEXT } from '../../src/engine/report/batchText.js';
import { EXPLANATIONS_HEADER_ROW, explanationRows } from '../../src/engine/report/explanationRows.js';
import { RESULTS_HEADER_ROW, resultRows } from '../../src/engine/report/resultRows.js';
import { loadPackDir } from '../../src/node/loadPackDir.js';
import { readWorkbook } from '../../src/xlsx/readWorkbook.js';
import { writeBatchReport } from '../../src/xlsx/writeBatchReport.js';
import { writeCheckedCopy } from '../../src/xlsx/writeCheckedCopy.js';
import { writeConsolidated } from '../../src/xlsx/writeConsolidated.js';
import { writeTemplate } from '../../src/xlsx/writeTemplate.js';
import { KON_TUM, PACK_DIR, tempDir } from '../cli/helpers.js';
import { UNITS } from '../cli/units.js';
import { readdir } from 'node:fs/promises';

const exec = promisify(execFile);
const onPath = (tool: string) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, tool), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
const AT = '2026-11-30T15:41:38.019Z';
const PLANTED = new URL('../../examples/units-planted/12-khoi-doanh-nghiep.xlsx', import.meta.url);
const A4 = { portrait: 'size:  595.304 x 841.89 pts (A4)', landscape: 'size:  841.89 x 595.304 pts (A4)' };

describe.skipIf(!onPath('soffice') || !onPath('pdftotext'))(
  'printed reports (skipped: soffice or poppler-utils missing)',
  () => {
    let tmp: Awaited<ReturnType<typeof tempDir>>;
    let pack: CompiledPack;
    let entries: BatchEntry[];
    let plantedReport: ReturnType<typeof validate>;
    const pdf = { template: '', report: '', checked: '', consolidated: '', explained: '' };
    const text = async (file: string) => (await exec('pdftotext', [file, '-'])).stdout.replace(/\s+/g, ' ');
    const pages = async (file: string) => {
      const { stdout } = await exec('pdfinfo', ['-f', '1', '-l', '999', file]);
      return [...stdout.matchAll(/^Page +\d+ (size:.*)$/gm)].map((m) => m[1]!.trim().replace(/ +x/, ' x'));
    };

    beforeAll(async () => {
      tmp = await tempDir();
      pack = await loadPackDir(PACK_DIR);
      const files = [...(await readdir(UNITS)).filter((f) => f.endsWith('.xlsx')).map((f) => join(UNITS, f)), KON_TUM];
      const blank = await writeTemplate(pack.pack);
      entries = await Promise.all(
        files.map(async (f) => ({ file: f, report: validate(pack, await readWorkbook(await readFile(f), f), f) })),
      );
      entries.push({
        file: 'trong.xlsx',
        report: validate(pack, await readWorkbook(blank, 'trong.xlsx'), 'trong.xlsx'),
      });
      const konTum = await readFile(KON_TUM);
      const planted = await readFile(PLANTED);
      plantedReport = validate(pack, await readWorkbook(planted, 'p.xlsx'), 'p.xlsx');
      const consolidator = new Consolidator(pack);
      for (const f of files.slice(0, -1)) consolidator.add(await readWorkbook(await readFile(f), f), f);
      const written = {
        template: blank,
        report: await writeBatchReport(pack, entries, 'vi', AT),
        checked: (
          await writeCheckedCopy(konTum, 'k.xlsx', validate(pack, await readWorkbook(konTum, 'k'), 'k'), pack, 'vi', AT)
        ).bytes,
        consolidated: (await writeConsolidated(pack, consolidator.result(), 'vi', AT, 'tinh.xlsx')).bytes,
        explained: (await writeCheckedCopy(planted, 'p.xlsx', plantedReport, pack, 'vi', AT)).bytes,
      };
      const out = join(tmp.path, 'pdf');
      await mkdir(out);
      for (const [k, bytes] of Object.entries(written)) await writeFile(join(tmp.path, `${k}.xlsx`), bytes);
      const profile = pathToFileURL(join(tmp.path, 'profile')).href;
      const inputs = Object.keys(written).map((k) => join(tmp.path, `${k}.xlsx`));
      await exec(
        'soffice',
        [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...inputs],
        { timeout: 170_000 },
      );
      for (const k of Object.keys(pdf) as (keyof typeof pdf)[]) pdf[k] = join(out, `${k}.pdf`);
    }, 180_000);
    afterAll(() => tmp.remove());

    it('the template: one A4 page per sheet, upright when the form is narrow (Biểu 1), across when it is wide', async () => {
      const sizes = await pages(pdf.template);
      expect(sizes).toHaveLength(pack.pack.sheets.length);
      const b1 = pack.pack.sheets.findIndex((s) => s.code === 'B1');
      const b2 = pack.pack.sheets.findIndex((s) => s.code === 'B2');
      expect(sizes[b1]).toBe(A4.portrait);
      expect(sizes[b2]).toBe(A4.landscape);
      const printed = await text(pdf.template);
      for (const s of pack.pack.sheets) {
        expect(printed).toContain(s.title.vi);
        for (const row of s.rows) expect(printed, `${s.code} ${row.code}`).toContain(row.label.vi.replace(/\s+/g, ' '));
      }
    });

    it('the batch report: 17 units on a few A4 pages, every label, unit and summary line whole', async () => {
      const sizes = await pages(pdf.report);
      expect(await text(pdf.report)).toMatch(/Trang 1\b.*Trang 2\b/);
      // Units, findings (with each unit's readiness and likely fixes), summary: a few pages, not one per unit.
      expect(sizes.length).toBeLessThanOrEqual(8);
      expect(new Set(sizes)).toEqual(new Set([A4.landscape]));
      const printed = await text(pdf.report);
      for (const label of [
        'Gói biểu mẫu: ',
        'Kiểm tra lúc: 30/11/2026 22:41',
        'tổng cộng 9 sai lệch, 248 ô còn trống, 0 cảnh báo.',
      ])
        expect(printed).toContain(label);
      for (const label of [
        'STT',
        'Mã đơn vị',
        'Tên đơn vị',
        'Kỳ báo cáo',
        'Sai lệch',
        'Lỗi khác',
        'Ô còn trống',
        'Cảnh báo',
        'Dấu kiểm tra',
      ]) {
        expect(printed).toContain(label);
      }
      for (const e of entries) if ('report' in e && e.report.unit.name) expect(printed).toContain(e.report.unit.name);
      expect(printed).toContain(BATCH_TEXT.vi.stamp.unchecked);
    });

    it("the results sheet of a checked copy: the Kon Tum example's nine findings on two pages at most, labels whole", async () => {
      const sizes = await pages(pdf.checked);
      const results = sizes.slice(pack.pack.sheets.length);
      expect(results.length).toBeGreaterThanOrEqual(1);
      expect(results.length).toBeLessThanOrEqual(2);
      expect(new Set(results)).toEqual(new Set([A4.landscape]));
      const printed = await text(pdf.checked);
      const rows = resultRows(validate(pack, await readWorkbook(await readFile(KON_TUM), 'k'), 'k'), pack, 'vi', AT);
      for (const line of rows.slice(0, RESULTS_HEADER_ROW))
        if (line[0]) expect(printed).toContain(String(line[0]).slice(0, 60));
      for (const label of rows[RESULTS_HEADER_ROW]!) expect(printed).toContain(String(label));
      expect(printed).toMatch(results.length === 2 ? /Trang 1\b.*Trang 2\b/ : /Trang 1\b/);
    });

    it('the units sheet of a consolidated workbook: its labels and every unit whole, on one or two pages', async () => {
      const sizes = await pages(pdf.consolidated);
      expect(sizes.length - pack.pack.sheets.length).toBeGreaterThanOrEqual(1);
      expect(sizes.length - pack.pack.sheets.length).toBeLessThanOrEqual(2);
      const printed = await text(pdf.consolidated);
      for (const label of [
        'CÁC ĐƠN VỊ ĐÃ TỔNG HỢP',
        'Tổng hợp lúc: 30/11/2026 22:41',
        'Số đơn vị: 15',
        'CÁC Ô KHÔNG PHẢI LÀ TỔNG CỦA MỌI ĐƠN VỊ',
      ]) {
        expect(printed).toContain(label);
      }
      for (const e of entries.slice(0, 15)) if ('report' in e) expect(printed).toContain(e.report.unit.name);
    });

    it('the explanations sheet of a checked copy: on one A4 page across, after the results, every label whole', async () => {
      const sizes = await pages(pdf.explained);
      expect(sizes.length).toBeGreaterThanOrEqual(pack.pack.sheets.length + 2);
      expect(sizes.at(-1)).toBe(A4.landscape);
      const { stdout } = await exec('pdftotext', [
        '-f',
        String(sizes.length),
        '-l',
        String(sizes.length),
        pdf.explained,
        '-',
      ]);
      const last = stdout.replace(/\s+/g, ' ');
      const rows = explanationRows(plantedReport, pack, 'vi', AT)!.rows;
      for (const line of rows.slice(0, 3)) expect(last).toContain(String(line[0]));
      for (const label of rows[EXPLANATIONS_HEADER_ROW]!) expect(last).toContain(String(label));
      for (const word of plantedReport.explanations![0]!.text.split(' ')) expect(last).toContain(word);
      expect(last).toContain('Còn đúng');
      expect(last).toMatch(/Trang \d+\b/);
    });
  },
);
