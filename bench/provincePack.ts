/** A province-sized pack made for the benchmark: 13 sheets of one total row over 120 unit rows. */
import {
  compilePack,
  type ColumnSpec,
  type CompiledPack,
  type Pack,
  type RuleSpec,
  type SheetSpec,
  type Values,
} from '../src/engine/index.js';

const t = (s: string) => ({ vi: s, en: s });
const UNITS = 120;
const COUNTS = 8;

const columns: ColumnSpec[] = [
  ...Array.from({ length: COUNTS }, (_, i) => ({
    code: `(${i + 1})`,
    label: t(`Cột ${i + 1}`),
    kind: 'count' as const,
    decimals: 0,
  })),
  { code: `(${COUNTS + 1})`, label: t('Tỷ lệ (%)'), kind: 'percent', decimals: 2 },
];
const unitCodes = Array.from({ length: UNITS }, (_, i) => `1.${String(i + 1).padStart(3, '0')}`);

function sheet(n: number): SheetSpec {
  const code = `P${n}`;
  const counts = columns.slice(0, COUNTS).map((c) => c.code);
  const rules: RuleSpec[] = [
    {
      id: `${code}.tong`,
      family: 'sum',
      assert: `${code}['1', c] == sum(${code}['${unitCodes[0]}':'${unitCodes.at(-1)}', c])`,
      for: { c: counts },
    },
    {
      id: `${code}.ty-le`,
      family: 'percent',
      assert: `${code}[r, '(9)'] == ${code}[r, '(2)'] / ${code}[r, '(1)'] * 100`,
      for: { r: ['1', ...unitCodes] },
    },
    { id: `${code}.phan`, family: 'part', assert: `${code}[r, '(2)'] <= ${code}[r, '(1)']`, for: { r: unitCodes } },
  ];
  return {
    code,
    name: `Biểu P${n}`,
    title: t(`Biểu P${n}`),
    unit: t('người'),
    columns,
    rows: [
      { code: '1', label: t('Toàn tỉnh'), level: 0 },
      ...unitCodes.map((c) => ({ code: c, label: t(`Đơn vị ${c}`), level: 1 })),
    ],
    rules,
  };
}

export const provincePack: Pack = {
  id: 'bench-province',
  version: '1.0.0',
  title: t('Benchmark'),
  sheets: Array.from({ length: 13 }, (_, i) => sheet(i + 1)),
  rules: [],
};

export const compiledProvince: CompiledPack = compilePack(provincePack);

/** Consistent figures: unit u has u*10+c in column c, totals are their sums. */
export function provinceValues(): Values {
  const values: Values = {};
  for (const s of provincePack.sheets) {
    const rows: Values[string] = {};
    const total: Record<string, number> = {};
    unitCodes.forEach((code, u) => {
      const row: Record<string, number> = {};
      for (let c = 1; c <= COUNTS; c++) row[`(${c})`] = (u + 1) * 10 + (c === 2 ? 0 : c);
      row['(9)'] = Math.round((row['(2)']! / row['(1)']!) * 10000) / 100;
      rows[code] = row;
      for (let c = 1; c <= COUNTS; c++) total[`(${c})`] = (total[`(${c})`] ?? 0) + row[`(${c})`]!;
    });
    total['(9)'] = Math.round((total['(2)']! / total['(1)']!) * 10000) / 100;
    rows['1'] = total;
    values[s.code] = rows;
  }
  return values;
}
