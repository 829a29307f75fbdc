import { describe, expect, it } from 'vitest';
import { checkBatch } from '../../../src/engine/batch/checkBatch.js';
import type { BatchSource } from '../../../src/engine/batch/batchSource.js';
import { validate } from '../../../src/engine/check/validate.js';
import { PlainError } from '../../../src/engine/errors.js';
import type { RawWorkbook } from '../../../src/engine/workbook/workbook.js';
import { compileTiny, rawWorkbook, tinyPack } from '../fixtures.js';

const pack = compileTiny([
  { id: 'tong', family: 'sum', assert: "S1['1', '(1)'] == S1['1.1', '(1)'] + S1['1.2', '(1)']" },
]);
/** Every input cell filled; the total of column (1) is `total`, its parts 1 and 2. */
const filled = (total: number) =>
  rawWorkbook(tinyPack(), {
    S1: {
      '1': { '(1)': total, '(2)': 3, '(3)': 0 },
      '1.1': { '(1)': 1, '(2)': 1, '(3)': 0 },
      '1.2': { '(1)': 2, '(2)': 2, '(3)': 0 },
    },
  });
const good = filled(3);
const bad = filled(4);

class Broken extends PlainError {
  constructor(file: string) {
    super({ vi: `Tệp "${file}" hỏng.`, en: `"${file}" is broken.` });
  }
}

/** Files are keys of a table; a name starting "hong" cannot be read, one starting "bug" throws a plain Error. */
function source(table: Record<string, RawWorkbook>): BatchSource<{ key: string }> & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    name: (f) => `${f.key}.xlsx`,
    read: async (f) => {
      reads.push(f.key);
      if (f.key.startsWith('hong')) throw new Broken(`${f.key}.xlsx`);
      if (f.key.startsWith('bug')) throw new TypeError('x is undefined\n    at somewhere');
      return table[f.key]!;
    },
  };
}

describe('checkBatch', () => {
  it('checks each file in order, as validate does, named by the source', async () => {
    const files = [{ key: 'a' }, { key: 'b' }];
    const src = source({ a: good, b: bad });
    const entries = await checkBatch(pack, files, src);
    expect(src.reads).toEqual(['a', 'b']);
    expect(entries).toEqual([
      { file: 'a.xlsx', report: validate(pack, good, 'a.xlsx') },
      { file: 'b.xlsx', report: validate(pack, bad, 'b.xlsx') },
    ]);
    expect(entries.map((e) => ('report' in e ? e.report.counts.errors : -1))).toEqual([0, 1]);
  });

  it('with suspects false, the same reports without the likely wrong cells', async () => {
    const entries = await checkBatch(pack, [{ key: 'b' }], source({ b: bad }), undefined, undefined, {
      suspects: false,
    });
    const { suspects, ...rest } = validate(pack, bad, 'b.xlsx');
    expect(suspects?.length).toBe(1);
    expect(entries).toEqual([{ file: 'b.xlsx', report: rest }]);
  });

  it('a file that cannot be read says why in its entry, and the files after it are still checked', async () => {
    const entries = await checkBatch(pack, [{ key: 'hong' }, { key: 'bug' }, { key: 'a' }], source({ a: good }));
    expect(entries[0]).toEqual({
      file: 'hong.xlsx',
      error: { vi: 'Tệp "hong.xlsx" hỏng.', en: '"hong.xlsx" is broken.' },
    });
    expect(entries[1]).toEqual({
      file: 'bug.xlsx',
      error: {
        vi: 'Không kiểm tra được tệp "bug.xlsx": lỗi không lường trước (x is undefined).',
        en: 'Cannot check "bug.xlsx": unexpected error (x is undefined).',
      },
    });
    expect(entries[2]).toMatchObject({ file: 'a.xlsx', report: { counts: { errors: 0 } } });
  });

  it('says after each file how many are done, and waits for the answer before the next', async () => {
    const events: string[] = [];
    const src = source({ a: good, b: bad });
    const read = src.read;
    src.read = (f) => (events.push(`read ${f.key}`), read(f));
    await checkBatch(pack, [{ key: 'a' }, { key: 'hong' }, { key: 'b' }], src, async (done, total, name) => {
      await new Promise((r) => setTimeout(r, 5));
      events.push(`${done}/${total} ${name}`);
    });
    expect(events).toEqual(['read a', '1/3 a.xlsx', 'read hong', '2/3 hong.xlsx', 'read b', '3/3 b.xlsx']);
  });
});
