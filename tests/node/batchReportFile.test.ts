/** Telling a report `check --report` wrote from a workbook, without opening it: its creator and its two sheets. */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { isBatchReportBytes } from '../../src/node/batchReportFile.js';
import { writeBatchReport } from '../../src/xlsx/writeBatchReport.js';
import { excelBytes, KON_TUM, openExcel } from '../cli/helpers.js';
import { compileTiny } from '../engine/fixtures.js';

const pack = compileTiny();
const AT = '2018-06-05T02:00:00.000Z';

async function workbook(creator: string, sheets: string[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  for (const name of sheets) wb.addWorksheet(name).getCell('A1').value = 'x';
  return excelBytes(wb);
}

describe('isBatchReportBytes', () => {
  it('a report as check writes it, in either language, and once Excel saves it again (creator and sheets kept)', async () => {
    for (const lang of ['vi', 'en'] as const)
      expect(await isBatchReportBytes(await writeBatchReport(pack, [], lang, AT))).toBe(true);
    const again = await openExcel(await writeBatchReport(pack, [], 'vi', AT));
    again.lastModifiedBy = 'Nguyễn Văn A';
    expect(await isBatchReportBytes(await excelBytes(again))).toBe(true);
  });

  it('not a unit’s workbook made from the template (made by kiembieu too), nor one a unit made with sheets of those names', async () => {
    expect(await isBatchReportBytes(await readFile(KON_TUM))).toBe(false);
    expect(await isBatchReportBytes(await workbook('Nguyễn Văn A', ['Tổng hợp', 'Chi tiết']))).toBe(false);
    expect(await isBatchReportBytes(await workbook('kiembieu', ['Tổng hợp', 'Chi tiết', '_kiembieu']))).toBe(false);
    expect(await isBatchReportBytes(await workbook('kiembieu', ['Chi tiết', 'Tổng hợp']))).toBe(false);
    expect(await isBatchReportBytes(await workbook('kiembieu', ['Tổng hợp', 'Findings']))).toBe(false);
  });

  it('not bytes that are no zip, or a zip without a workbook, or with its parts spoiled', async () => {
    expect(await isBatchReportBytes(new TextEncoder().encode('PK\u0003\u0004 not really a workbook'))).toBe(false);
    expect(await isBatchReportBytes(new Uint8Array())).toBe(false);
    const core = { 'docProps/core.xml': '<dc:creator>kiembieu</dc:creator>' };
    expect(await isBatchReportBytes(await zip(core))).toBe(false);
    const report = await writeBatchReport(pack, [], 'vi', AT);
    expect(await isBatchReportBytes(report.subarray(0, report.length - 30))).toBe(false);
  });
});

async function zip(entries: Record<string, string>): Promise<Uint8Array> {
  const archive = new JSZip();
  for (const [name, text] of Object.entries(entries)) archive.file(name, text);
  return archive.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
