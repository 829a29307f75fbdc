import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listWorkbooks, NoSuchFolderError, NoWorkbooksError } from '../../src/node/listWorkbooks.js';
import { writeBatchReport } from '../../src/xlsx/writeBatchReport.js';
import { excelBytes, tempDir } from '../cli/helpers.js';
import { compileTiny } from '../engine/fixtures.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
const at = (...names: string[]) => join(tmp.path, ...names);

beforeAll(async () => {
  tmp = await tempDir();
  await mkdir(at('units', 'old'), { recursive: true });
  for (const name of [
    '10-b.xlsx',
    '2-a.XLSX',
    '1-c.xlsm',
    '~$2-a.XLSX',
    '.hidden.xlsx',
    'notes.txt',
    'report.html',
    'list.csv',
    'old/9.xlsx',
  ]) {
    await writeFile(at('units', name), '');
  }
  await mkdir(at('others'));
  for (const name of [
    '01.xlsx',
    '02-old.xls',
    '03.XLSB',
    '04.ods',
    '05.numbers',
    '06.et',
    '~$02-old.xls',
    '.~lock.04.ods#',
  ])
    await writeFile(at('others', name), '');
  await mkdir(at('empty'));
  await mkdir(at('reports'));
  const report = await writeBatchReport(compileTiny(), [], 'vi', '2018-06-05T02:00:00.000Z');
  await writeFile(at('reports', 'bao-cao.xlsx'), report);
  await writeFile(
    at('reports', 'report-en.xlsx'),
    await writeBatchReport(compileTiny(), [], 'en', '2018-06-05T02:00:00.000Z'),
  );
  // A unit's own workbook that happens to have the report's sheet names: a unit, not a report.
  const own = new ExcelJS.Workbook();
  own.creator = 'Văn phòng huyện ủy';
  own.addWorksheet('Tổng hợp');
  own.addWorksheet('Chi tiết');
  await writeFile(at('reports', 'tu-lam.xlsx'), await excelBytes(own));
  await writeFile(at('reports', 'unit.xlsx'), '');
  await mkdir(at('only-report'));
  await writeFile(at('only-report', 'bao-cao.xlsx'), report);
});
afterAll(() => tmp.remove());

describe('listWorkbooks', () => {
  it('a folder: its .xlsx and .xlsm files, numbers in names in order, no lock, hidden or other files, no subfolder', async () => {
    expect(await listWorkbooks([at('units')])).toEqual([
      at('units', '1-c.xlsm'),
      at('units', '2-a.XLSX'),
      at('units', '10-b.xlsx'),
    ]);
  });

  it('a folder: spreadsheets of other formats too (.xls, .xlsb, .ods, Numbers, WPS), so a unit that sent one is not missing unnoticed', async () => {
    expect(await listWorkbooks([at('others')])).toEqual(
      ['01.xlsx', '02-old.xls', '03.XLSB', '04.ods', '05.numbers', '06.et'].map((n) => at('others', n)),
    );
  });

  it('files as named, in the order named, even when they are no workbook or do not exist; each once', async () => {
    const files = [at('units', 'notes.txt'), at('missing.xlsx'), at('units', '10-b.xlsx')];
    expect(await listWorkbooks([...files, at('units')])).toEqual([
      ...files,
      at('units', '1-c.xlsm'),
      at('units', '2-a.XLSX'),
    ]);
  });

  it('leaves out of a folder the reports check wrote there, in either language — only those', async () => {
    expect(await listWorkbooks([at('reports')])).toEqual([at('reports', 'tu-lam.xlsx'), at('reports', 'unit.xlsx')]);
  });

  it('a report named as a file is taken as named', async () => {
    expect(await listWorkbooks([at('reports', 'bao-cao.xlsx')])).toEqual([at('reports', 'bao-cao.xlsx')]);
  });

  it('a path that is not there and not named as a spreadsheet: a folder mistyped, the batch refused', async () => {
    await expect(listWorkbooks([at('units'), at('khong-co')])).rejects.toThrow(NoSuchFolderError);
    await expect(listWorkbooks([at('khong-co/')])).rejects.toThrow(`There is no folder or file "${at('khong-co/')}"`);
    expect(await listWorkbooks([at('missing.ods')])).toEqual([at('missing.ods')]);
  });

  it('no workbook at all is a sentence naming the folders', async () => {
    await expect(listWorkbooks([at('empty')])).rejects.toThrow(NoWorkbooksError);
    await expect(listWorkbooks([at('empty')])).rejects.toThrow(`There is no .xlsx file in "${at('empty')}".`);
    await expect(listWorkbooks([at('only-report')])).rejects.toThrow(NoWorkbooksError);
  });
});
