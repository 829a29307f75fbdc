import { describe, expect, it } from 'vitest';
import type { BatchSource } from '../../../src/engine/batch/batchSource.js';
import { ConsolidationRefused, Consolidator } from '../../../src/engine/batch/consolidate.js';
import { consolidateBatch } from '../../../src/engine/batch/consolidateBatch.js';
import { PlainError } from '../../../src/engine/errors.js';
import type { RawWorkbook } from '../../../src/engine/workbook/workbook.js';
import { compileTiny, rawWorkbook, setIdentity, tinyPack } from '../fixtures.js';

const pack = compileTiny();
const unit = (code: string, total: number) =>
  setIdentity(rawWorkbook(tinyPack(), { S1: { '1': { '(1)': total, '(2)': total } } }), {
    name: `Đơn vị ${code}`,
    code,
    period: '12-2017',
  });

class Broken extends PlainError {
  constructor(file: string) {
    super({ vi: `Tệp "${file}" hỏng.`, en: `"${file}" is broken.` });
  }
}

function source(table: Record<string, RawWorkbook>): BatchSource<string> & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    name: (f) => `don-vi/${f}.xlsx`,
    read: async (f) => {
      reads.push(f);
      if (!table[f]) throw f === 'bug' ? new RangeError('boom') : new Broken(`don-vi/${f}.xlsx`);
      return table[f];
    },
  };
}

describe('consolidateBatch', () => {
  it('adds up the files in order, as a Consolidator fed one by one does, with the identity given', async () => {
    const table = { a: unit('A', 10), b: unit('B', 32) };
    const got = await consolidateBatch(pack, ['a', 'b'], source(table), { name: 'Tỉnh' });
    const by = new Consolidator(pack);
    by.add(unit('A', 10), 'don-vi/a.xlsx');
    by.add(unit('B', 32), 'don-vi/b.xlsx');
    expect(got).toEqual(by.result({ name: 'Tỉnh' }));
    expect(got.values.S1?.['1']?.['(1)']).toBe(42);
    expect(got.identity).toMatchObject({ name: 'Tỉnh', period: '12-2017' });
    expect(got.units.map((u) => u.file)).toEqual(['don-vi/a.xlsx', 'don-vi/b.xlsx']);
  });

  it('a file that cannot be read refuses the whole batch with its sentence; the files after it are not read', async () => {
    const src = source({ a: unit('A', 1), c: unit('C', 2) });
    const e = await consolidateBatch(pack, ['a', 'hong', 'c'], src).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ConsolidationRefused);
    expect((e as PlainError).text.vi).toContain('Tệp "don-vi/hong.xlsx" hỏng.');
    expect((e as PlainError).text.en).toContain('"don-vi/hong.xlsx" is broken.');
    expect(src.reads).toEqual(['a', 'hong']);
  });

  it('anything else thrown by the reader passes through as it is', async () => {
    const e = await consolidateBatch(pack, ['bug'], source({})).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RangeError);
  });

  it('two files of one unit refuse the batch, naming both', async () => {
    const e = await consolidateBatch(pack, ['a', 'b'], source({ a: unit('A', 1), b: unit('A', 2) })).catch((x) => x);
    expect(e).toBeInstanceOf(ConsolidationRefused);
    expect((e as PlainError).text.en).toContain('"don-vi/a.xlsx"');
    expect((e as PlainError).text.en).toContain('"don-vi/b.xlsx"');
  });

  it('says after each file how many are done', async () => {
    const done: string[] = [];
    await consolidateBatch(pack, ['a', 'b'], source({ a: unit('A', 1), b: unit('B', 2) }), {}, (n, total, name) => {
      done.push(`${n}/${total} ${name}`);
    });
    expect(done).toEqual(['1/2 don-vi/a.xlsx', '2/2 don-vi/b.xlsx']);
  });
});
