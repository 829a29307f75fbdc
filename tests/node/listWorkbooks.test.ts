import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listWorkbooks, NoWorkbooksError } from '../../src/node/listWorkbooks.js';
import { tempDir } from '../cli/helpers.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
const at = (...names: string[]) => join(tmp.path, ...names);

beforeAll(async () => {
  tmp = await tempDir();
  await mkdir(at('units', 'old'), { recursive: true });
  for (const name of ['10-b.xlsx', '2-a.XLSX', '1-c.xlsm', '~$2-a.XLSX', '.hidden.xlsx', 'notes.txt', 'report.html', 'old/9.xlsx']) {
    await writeFile(at('units', name), '');
  }
  await mkdir(at('empty'));
});
afterAll(() => tmp.remove());

describe('listWorkbooks', () => {
  it('a folder: its .xlsx and .xlsm files, numbers in names in order, no lock, hidden or other files, no subfolder', async () => {
    expect(await listWorkbooks([at('units')])).toEqual([at('units', '1-c.xlsm'), at('units', '2-a.XLSX'), at('units', '10-b.xlsx')]);
  });

  it('files as named, in the order named, even when they are no workbook or do not exist; each once', async () => {
    const files = [at('units', 'notes.txt'), at('missing.xlsx'), at('units', '10-b.xlsx')];
    expect(await listWorkbooks([...files, at('units')])).toEqual([...files, at('units', '1-c.xlsm'), at('units', '2-a.XLSX')]);
  });

  it('leaves out the files the command writes', async () => {
    expect(await listWorkbooks([at('units')], [at('units', '2-a.XLSX')])).toEqual([at('units', '1-c.xlsm'), at('units', '10-b.xlsx')]);
  });

  it('no workbook at all is a sentence naming the folders', async () => {
    await expect(listWorkbooks([at('empty')])).rejects.toThrow(NoWorkbooksError);
    await expect(listWorkbooks([at('empty')])).rejects.toThrow(`There is no .xlsx file in "${at('empty')}".`);
  });
});
