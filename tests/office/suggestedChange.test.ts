import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { check, type CompiledPack, type Suspect } from '../../src/engine/index.js';
import { suggestedChange } from '../../src/office/suggestedChange.js';
import { loadPackDir } from '../../src/node/loadPackDir.js';
import { readWorkbook } from '../../src/xlsx/readWorkbook.js';
import { KON_TUM, PACK_DIR } from '../cli/helpers.js';

describe('suggestedChange', () => {
  let pack: CompiledPack;
  let checked: ReturnType<typeof check>;
  const suspect = (address: string): Suspect =>
    checked.report.suspects!.flatMap((g) => g.sets.flatMap((s) => s.cells)).find((s) => s.cell.address === address)!;
  beforeAll(async () => {
    pack = await loadPackDir(PACK_DIR);
    checked = check(pack, await readWorkbook(await readFile(KON_TUM), 'k.xlsx'), 'k.xlsx');
  });

  it("writes Kon Tum's C17 suggestion where the check located it, while it holds the number read", () => {
    expect(suggestedChange(pack, checked.located, suspect('C17'))).toEqual({
      sheetName: 'Biểu 1',
      address: 'C17',
      holds: 27023,
      write: 26773,
    });
  });

  it('writes a percentage as the cell holds it', () => {
    const f11 = suggestedChange(pack, checked.located, suspect('F11'))!;
    expect(f11.sheetName).toBe('Biểu 7');
    expect(Number(f11.write) / Number(f11.holds)).toBeCloseTo(87.26 / 48.34, 6);
  });

  it('writes nothing when only a range is known', () => {
    expect(suggestedChange(pack, checked.located, { ...suspect('C17'), suggested: null })).toBeUndefined();
  });
});
