/**
 * The clean district: no finding at all, and the property it exists for — adding 1 to any single
 * input cell of the pack (1 percentage point to a percent) makes an error that names that cell.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompiledPack, Slot } from '../../src/engine/pack/compilePack.js';
import { locateTemplate } from '../../src/engine/workbook/locateTemplate.js';
import { validate } from '../../src/engine/check/validate.js';
import type { RawCell, RawWorkbook } from '../../src/engine/workbook/workbook.js';
import { loadPackDir } from '../../src/node/loadPackDir.js';
import { readWorkbook } from '../../src/xlsx/readWorkbook.js';
import { writeValues } from '../../src/xlsx/writeValues.js';
import cleanDistrict from '../../scripts/data/clean-district.js';
import { CLEAN, codes, findingsOf, PACK_DIR, parseJson, runCli, tempDir } from '../cli/helpers.js';

let pack: CompiledPack;
let bytes: Uint8Array;
let clean: RawWorkbook;

const figure = (s: Slot): number => {
  const v = cleanDistrict[s.sheet]?.[s.row]?.[s.col];
  if (typeof v !== 'number') throw new Error(`clean-district.ts has no figure for ${s.sheet} ${s.row} ${s.col}`);
  return v;
};
const slotName = (s: Slot) => `${s.sheet} ${s.row} ${s.col}`;

beforeAll(async () => {
  pack = await loadPackDir(PACK_DIR);
  bytes = await readFile(CLEAN);
  clean = await readWorkbook(bytes, 'clean-district.xlsx');
});

describe('validate examples/clean-district.xlsx', () => {
  it('exits 0 with no finding, in text and in JSON', async () => {
    const text = await runCli(['validate', CLEAN]);
    expect(text).toMatchObject({ code: 0, stderr: '' });
    expect(text.stdout).toContain('0 sai lệch, 0 ô còn trống, 0 cảnh báo\n  Không có sai sót.');
    const json = await runCli(['validate', CLEAN, '--format', 'json']);
    expect(json.code).toBe(0);
    const out = parseJson(json.stdout);
    expect(findingsOf(out.files[0])).toEqual([]);
    expect(out.counts).toEqual({ files: 1, unreadable: 0, errors: 0, warnings: 0, discrepancies: 0, problems: 0, blanks: 0 });
  });

  it('the data file fills every input cell of the pack', () => {
    expect(pack.slots.length).toBeGreaterThan(200);
    for (const s of pack.slots) expect(() => figure(s), slotName(s)).not.toThrow();
  });
});

describe('one figure changed by 1 is caught, for every input cell of the pack', () => {
  /** The workbook with one cell replaced: the other sheets and rows are shared, not copied. */
  function withCell(wb: RawWorkbook, sheetName: string, row: number, col: number, cell: RawCell): RawWorkbook {
    return {
      ...wb,
      sheets: wb.sheets.map((sheet) => {
        if (sheet.name !== sheetName) return sheet;
        const cells = [...sheet.cells];
        const cellsOfRow = [...(cells[row] ?? [])];
        cellsOfRow[col] = cell;
        cells[row] = cellsOfRow;
        return { ...sheet, cells };
      }),
    };
  }

  /** The raw value of a figure plus 1: percent cells hold the fraction Excel shows with a % format, 1 point more is +0.01. */
  const plusOne = (s: Slot, v: number) => (s.kind === 'percent' ? Number(((v + 1) / 100).toPrecision(15)) : v + 1);

  it('in memory: all input cells, each mutated on its own', () => {
    const { positions } = locateTemplate(pack, clean, 'clean-district.xlsx');
    const missed: string[] = [];
    for (const [i, slot] of pack.slots.entries()) {
      const at = positions[i];
      expect(at, slotName(slot)).toBeDefined();
      const raw = at!.sheet.cells[at!.rowIndex]?.[at!.colIndex];
      // The cell found for the slot holds the data file's figure: the mutation hits the right cell.
      const stored = slot.kind === 'percent' ? Number((figure(slot) / 100).toPrecision(15)) : figure(slot);
      expect(raw?.value, slotName(slot)).toBe(stored);
      const mutated = withCell(clean, at!.sheet.name, at!.rowIndex, at!.colIndex, { ...raw!, value: plusOne(slot, figure(slot)) });
      const report = validate(pack, mutated, 'mutated.xlsx');
      const names = report.findings.filter(
        (f) => f.severity === 'error' && f.cells.some((c) => c.sheet === slot.sheet && c.row === slot.row && c.column === slot.col),
      );
      if (!names.length) missed.push(`${slotName(slot)}: ${report.findings.map((f) => f.rule).join(', ') || 'no finding'}`);
      // The finding shows the changed figure, in percentage points for a percent.
      for (const f of names) {
        const cell = f.cells.find((c) => c.sheet === slot.sheet && c.row === slot.row && c.column === slot.col)!;
        expect(cell.value, slotName(slot)).toBeCloseTo(figure(slot) + 1, 9);
      }
    }
    expect(missed).toEqual([]);
    // The clean workbook itself was not touched by the mutations.
    expect(validate(pack, clean, 'clean-district.xlsx').findings).toEqual([]);
  });

  describe('through real xlsx files: writeValues, then the command line', () => {
    let tmp: Awaited<ReturnType<typeof tempDir>>;
    beforeAll(async () => {
      tmp = await tempDir();
    });
    afterAll(() => tmp.remove());

    // The first input cell, the first percent cell, and the last input cell of the pack.
    const picks = () => [pack.slots[0]!, pack.slots.find((s) => s.kind === 'percent')!, pack.slots.at(-1)!];

    it.each([0, 1, 2])('pick %i', async (n) => {
      const slot = picks()[n]!;
      const changed = await writeValues(bytes, pack, { [slot.sheet]: { [slot.row]: { [slot.col]: figure(slot) + 1 } } });
      const file = join(tmp.path, `mutated-${n}.xlsx`);
      await writeFile(file, changed);
      const { code, stdout, stderr } = await runCli(['validate', file, '--format', 'json']);
      expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
      const findings = findingsOf(parseJson(stdout).files[0]);
      expect(findings.length).toBeGreaterThan(0);
      const named = findings.filter((f) => f.severity === 'error' && f.cells.some((c) => codes(c) === slotName(slot)));
      expect(named.length, slotName(slot)).toBeGreaterThan(0);
      for (const f of named) expect(f.cells.find((c) => codes(c) === slotName(slot))!.value).toBeCloseTo(figure(slot) + 1, 9);
      // Only findings that read the changed cell: nothing else in the workbook moved.
      for (const f of findings) expect(f.cells.map(codes), f.rule).toContain(slotName(slot));
    });
  });
});
