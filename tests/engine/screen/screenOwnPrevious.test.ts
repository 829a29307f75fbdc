/** One workbook against its own previous one: the clean units raise nothing, the planted jump is found. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBatch } from '../../../src/engine/batch/checkBatch.js';
import { screenOwnPrevious } from '../../../src/engine/screen/screenOwnPrevious.js';
import type { UnitFigures } from '../../../src/engine/screen/unitFigures.js';
import { defaultPackDir } from '../../../src/node/defaultPackDir.js';
import { fileSource } from '../../../src/node/fileSource.js';
import { loadPackDir } from '../../../src/node/loadPackDir.js';

const EXAMPLES = new URL('../../../examples/', import.meta.url).pathname;

describe('screenOwnPrevious', async () => {
  const pack = await loadPackDir(defaultPackDir);
  const figures = async (folder: string) => {
    const dir = join(EXAMPLES, folder);
    const files = (await readdir(dir)).filter((f) => f.endsWith('.xlsx')).map((f) => join(dir, f));
    const out: (UnitFigures | undefined)[] = [];
    await checkBatch(pack, files, fileSource, undefined, out);
    return out as UnitFigures[];
  };
  const [clean, planted, before] = await Promise.all([
    figures('units'),
    figures('units-planted'),
    figures('units-2016'),
  ]);
  const previousOf = (u: UnitFigures) => before.find((p) => p.unit.code === u.unit.code)!;

  it('the 15 clean units against their 2016 workbooks, each alone: nothing', () => {
    expect(clean.flatMap((u) => screenOwnPrevious(pack, u, previousOf(u)))).toEqual([]);
  });

  it("unit 09's training counts, three and five times 2016's: found, with the previous figure and the range", () => {
    const u = planted.find((x) => x.unit.code.endsWith('09'))!;
    const found = screenOwnPrevious(pack, u, previousOf(u));
    expect(found.map((f) => f.cells.map((c) => `${c.sheet} ${c.row} ${c.column}`))).toEqual([
      ['B5 3 (1)'],
      ['B5 3 (3)'],
    ]);
    expect(found[0]).toMatchObject({ code: 'unusual-previous', severity: 'warning', found: 1060 });
    expect(found[0]!.reference.previous).toBe(363);
    expect(found[0]!.distance).toBeGreaterThan(30);
  });
});
