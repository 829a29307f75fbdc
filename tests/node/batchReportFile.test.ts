/** Telling a report `check --report` wrote from a workbook, without opening it: its creator and its two sheets. */
import { readFile } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { isBatchReportBytes } from '../../src/node/batchReportFile.js';
import { zipEntryText } from '../../src/node/zipEntry.js';
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
    for (const lang of ['vi', 'en'] as const) expect(isBatchReportBytes(await writeBatchReport(pack, [], lang, AT))).toBe(true);
    const again = await openExcel(await writeBatchReport(pack, [], 'vi', AT));
    again.lastModifiedBy = 'Nguyễn Văn A';
    expect(isBatchReportBytes(await excelBytes(again))).toBe(true);
  });

  it('not a unit’s workbook made from the template (made by kiembieu too), nor one a unit made with sheets of those names', async () => {
    expect(isBatchReportBytes(await readFile(KON_TUM))).toBe(false);
    expect(isBatchReportBytes(await workbook('Nguyễn Văn A', ['Tổng hợp', 'Chi tiết']))).toBe(false);
    expect(isBatchReportBytes(await workbook('kiembieu', ['Tổng hợp', 'Chi tiết', '_kiembieu']))).toBe(false);
    expect(isBatchReportBytes(await workbook('kiembieu', ['Chi tiết', 'Tổng hợp']))).toBe(false);
    expect(isBatchReportBytes(await workbook('kiembieu', ['Tổng hợp', 'Findings']))).toBe(false);
  });

  it('not bytes that are no zip, or a zip without a workbook', () => {
    expect(isBatchReportBytes(new TextEncoder().encode('PK\u0003\u0004 not really a workbook'))).toBe(false);
    expect(isBatchReportBytes(new Uint8Array())).toBe(false);
    expect(isBatchReportBytes(zip([['docProps/core.xml', '<dc:creator>kiembieu</dc:creator>', 8]]))).toBe(false);
  });
});

describe('zipEntryText', () => {
  const entries: [string, string, 0 | 8][] = [
    ['a.txt', 'stored, not compressed', 0],
    ['xl/workbook.xml', '<sheet name="Tổng hợp"/>'.repeat(50), 8],
  ];

  it('an entry stored or deflated, by its exact name', () => {
    const bytes = zip(entries);
    expect(zipEntryText(bytes, 'a.txt')).toBe('stored, not compressed');
    expect(zipEntryText(bytes, 'xl/workbook.xml')).toBe(entries[1]![1]);
    expect(zipEntryText(bytes, 'xl/Workbook.xml')).toBeUndefined();
  });

  it('undefined, never a throw, for a zip cut short or spoiled', () => {
    const bytes = zip(entries);
    expect(zipEntryText(bytes.subarray(0, bytes.length - 30), 'a.txt')).toBeUndefined();
    const start = 30 + 'a.txt'.length + entries[0]![1].length + 30 + 'xl/workbook.xml'.length;
    const spoiled = bytes.slice();
    spoiled.fill(0xff, start, start + 8); // the deflated data of the second entry
    expect(zipEntryText(spoiled, 'xl/workbook.xml')).toBeUndefined();
    const lost = bytes.slice();
    new DataView(lost.buffer).setUint32(lost.length - 6, 9999, true); // where the end record says the directory is
    expect(zipEntryText(lost, 'a.txt')).toBeUndefined();
  });
});

/** A zip written by hand: local headers, central directory, end record; method 0 stored, 8 deflated. */
function zip(files: [name: string, text: string, method: 0 | 8][]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, text, method] of files) {
    const nameBytes = new TextEncoder().encode(name);
    const raw = new TextEncoder().encode(text);
    const data = method === 8 ? new Uint8Array(deflateRawSync(raw)) : raw;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(8, method, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, raw.length, true);
    local.setUint16(26, nameBytes.length, true);
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(10, method, true);
    dir.setUint32(20, data.length, true);
    dir.setUint32(24, raw.length, true);
    dir.setUint16(28, nameBytes.length, true);
    dir.setUint32(42, offset, true);
    parts.push(new Uint8Array(local.buffer), nameBytes, data);
    central.push(new Uint8Array(dir.buffer), nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const size = central.reduce((n, p) => n + p.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, files.length, true);
  end.setUint16(10, files.length, true);
  end.setUint32(12, size, true);
  end.setUint32(16, offset, true);
  return new Uint8Array(Buffer.concat([...parts, ...central, new Uint8Array(end.buffer)]));
}
