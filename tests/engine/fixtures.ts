/** A small pack and workbooks built in memory, shaped like the templates the xlsx writer draws. */
import { compilePack } from '../../src/engine/compilePack.js';
import { sheetMarkerName } from '../../src/engine/layout.js';
import type { Pack, RuleSpec, SheetSpec } from '../../src/engine/pack.js';
import type { RawCell, RawWorkbook } from '../../src/engine/workbook.js';

const t = (s: string) => ({ vi: s, en: s });

export function tinySheet(code = 'S1', rules: RuleSpec[] = []): SheetSpec {
  return {
    code,
    name: `Biểu ${code}`,
    title: t(`Biểu ${code}`),
    unit: t('người'),
    columns: [
      { code: '(1)', label: t('2008'), kind: 'count', decimals: 0 },
      { code: '(2)', label: t('2017'), kind: 'count', decimals: 0 },
      { code: '(3)', label: t('Tăng (%)'), kind: 'percent', decimals: 2 },
    ],
    rows: [
      { code: '1', label: t('Tổng'), level: 0 },
      { code: '1.1', label: t('A'), level: 1 },
      { code: '1.2', label: t('B'), level: 1 },
    ],
    rules,
  };
}

export function tinyPack(rules: RuleSpec[] = [], sheets: SheetSpec[] = [tinySheet()]): Pack {
  return { id: 'tiny', version: '1.0.0', title: t('Tiny'), sheets, rules };
}

export const compileTiny = (rules: RuleSpec[] = [], sheets?: SheetSpec[]) => compilePack(tinyPack(rules, sheets));

/** Sheet values by row code then column code; percent cells in points, as numbers without a % format. */
export type SheetValues = Record<string, Record<string, RawCell['value'] | RawCell>>;

/** A raw workbook laid out as a template: title, code row at row 3, row codes in column A. */
export function rawWorkbook(pack: Pack, values: Record<string, SheetValues>, meta = true): RawWorkbook {
  const names: RawWorkbook['names'] = {};
  const sheets = pack.sheets.map((spec) => {
    names[sheetMarkerName(spec.code)] = { sheet: spec.name, row: 0, col: 0 };
    const cells: (RawCell | undefined)[][] = [
      [{ value: spec.code }],
      [{ value: spec.title.vi }],
      [{ value: 'A' }, { value: 'B' }, ...spec.columns.map((c) => ({ value: c.code }))],
      ...spec.rows.map((r) => [
        { value: r.code },
        { value: r.label.vi },
        ...spec.columns.map((c) => toCell(values[spec.code]?.[r.code]?.[c.code])),
      ]),
    ];
    return { name: spec.name, cells };
  });
  return { sheets, names, ...(meta ? { meta: { packId: pack.id, packVersion: pack.version } } : {}) };
}

function toCell(v: RawCell['value'] | RawCell | undefined): RawCell | undefined {
  if (v === undefined) return undefined;
  return v !== null && typeof v === 'object' ? v : { value: v };
}
