/** screens.json: loaded with the pack, its settings defaulted, every fault named by file and key at load. */
import { describe, expect, it } from 'vitest';
import { assemblePack, type PackFile } from '../../../src/engine/pack/assemblePack.js';
import { PackError } from '../../../src/engine/pack/errors.js';
import { tinySheet } from '../fixtures.js';

const t = (s: string) => ({ vi: s, en: s });
const json = (v: unknown): any => JSON.parse(JSON.stringify(v));
const RATIO = {
  id: 'share',
  label: t('share'),
  numerator: "S1['1.1', '(2)']",
  denominator: "S1['1', '(2)']",
  scale: 100,
};

function files(screens: unknown): PackFile[] {
  return [
    { path: 'pack.json', data: json({ id: 'tiny-pack', version: '1.0.0', title: t('Tiny'), sheets: ['S1'] }) },
    { path: 'sheets/S1.json', data: json(tinySheet('S1')) },
    ...(screens === undefined ? [] : [{ path: 'screens.json', data: json(screens) }]),
  ];
}

function packError(screens: unknown): PackError {
  try {
    assemblePack(files(screens));
  } catch (e) {
    if (e instanceof PackError) return e;
    throw e;
  }
  throw new Error('expected a PackError');
}

describe('screens.json', () => {
  it('is optional: no ratios, and the documented defaults', () => {
    const { screens } = assemblePack(files(undefined));
    expect(screens.ratios).toEqual([]);
    expect(screens.across).toEqual({ threshold: 3.5, minUnits: 5 });
    expect(screens.previous).toMatchObject({ u: 0.5, a: 0.05, c: 4, minUnits: 5 });
  });

  it('screens every count of the pack against the previous period, or those of the sheets it names', () => {
    const all = assemblePack(files({ ratios: [] })).screens.previous.slots;
    expect(all).toHaveLength(6);
    expect(
      assemblePack(files({ ratios: [], previousPeriod: { sheets: ['S1'], c: 7 } })).screens.previous,
    ).toMatchObject({ c: 7, slots: all });
  });

  it('compiles each ratio, expanded by its `for`, with its settings', () => {
    const spec = { ...RATIO, id: 'part', for: { r: ['1.1', '1.2'] }, numerator: "S1[r, '(2)']", max: 80, log: true };
    const { screens } = assemblePack(files({ acrossUnits: { threshold: 5 }, ratios: [RATIO, spec] }));
    expect(screens.across.threshold).toBe(5);
    expect(screens.ratios.map((r) => r.id)).toEqual(['share', 'part[1.1]', 'part[1.2]']);
    expect(screens.ratios[2]).toMatchObject({ scale: 100, decimals: 2, across: true, log: true, max: 80, minBase: 0 });
    expect(screens.ratios[0]!.slots).toHaveLength(2);
  });

  it('a ratio naming a cell the pack lacks is a load error naming the file and key', () => {
    const e = packError({ ratios: [{ ...RATIO, denominator: "S1['9', '(2)']" }] });
    expect(e.file).toBe('screens.json');
    expect(e.key).toBe('ratios[0].denominator');
    expect(e.reason.en).toContain('"9"');
  });

  it('an expression that is not arithmetic on cells is refused', () => {
    expect(packError({ ratios: [{ ...RATIO, numerator: 'import({}, {override: true})' }] }).key).toBe(
      'ratios[0].numerator',
    );
    expect(packError({ ratios: [{ ...RATIO, numerator: '1 + 2' }] }).reason.en).toContain('reads no cell');
  });

  it('unknown keys, min above max, a repeated id and an unknown sheet are load errors', () => {
    expect(packError({ ratios: [{ ...RATIO, colour: 'red' }] }).key).toBe('ratios[0].colour');
    expect(packError({ ratios: [{ ...RATIO, min: 5, max: 1 }] }).key).toBe('ratios[0].min');
    expect(packError({ ratios: [RATIO, RATIO] }).reason.en).toContain('"share" is used twice');
    expect(packError({ ratios: [], previousPeriod: { sheets: ['S9'] } }).key).toBe('previousPeriod.sheets[0]');
    expect(packError({ ratios: [], previousPeriod: { u: 2 } }).key).toBe('previousPeriod.u');
  });
});
