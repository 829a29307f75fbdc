import { describe, expect, it } from 'vitest';
import { compilePack } from '../../src/engine/pack/compilePack.js';
import type { Pack } from '../../src/engine/pack/pack.js';
import { validate } from '../../src/engine/check/validate.js';
import { NoIdentityCellError } from '../../src/xlsx/errors.js';
import { readWorkbook } from '../../src/xlsx/readWorkbook.js';
import { writeIdentity } from '../../src/xlsx/writeIdentity.js';
import { templateWorkbook } from '../../src/xlsx/writeTemplate.js';
import { excelBytes, testPack } from './helpers.js';

const field = (vi: string) => ({ label: { vi, en: vi } });
const pack: Pack = {
  ...testPack,
  identity: { name: field('Đơn vị'), code: field('Mã'), period: { ...field('Kỳ'), value: '12-2017' } },
};
const unitOf = async (wb: Awaited<ReturnType<typeof templateWorkbook>>) =>
  validate(compilePack(pack), await readWorkbook(await excelBytes(wb), 'x.xlsx'), 'x.xlsx').unit;

describe('writeIdentity', () => {
  it('types the fields given, leaves the others, and "" clears one', async () => {
    const wb = await templateWorkbook(pack);
    writeIdentity(wb, { name: 'Đảng bộ Khối doanh nghiệp', code: '12' });
    expect(await unitOf(wb)).toEqual({ name: 'Đảng bộ Khối doanh nghiệp', code: '12', period: '12-2017' });
    writeIdentity(wb, { period: '', code: '012' });
    expect(await unitOf(wb)).toEqual({ name: 'Đảng bộ Khối doanh nghiệp', code: '012', period: '' });
  });

  it('refuses a workbook whose pack has no identity, naming the defined name', async () => {
    const wb = await templateWorkbook(testPack);
    expect(() => writeIdentity(wb, { name: 'x' })).toThrow(NoIdentityCellError);
    expect(() => writeIdentity(wb, { name: 'x' })).toThrow(/KB_UNIT_NAME/);
    expect(() => writeIdentity(wb, {})).not.toThrow();
  });
});
