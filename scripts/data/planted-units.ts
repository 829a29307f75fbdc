/**
 * The synthetic province's 2017 units with three unusual figures planted, each unit still consistent
 * (every rule passes), for trying the screens: `kiembieu check examples/units-planted --previous
 * examples/units-2016`.
 *
 * - 04 Kon Trang: members of commune military cells five times as many (B1 8.1, and 8): a ratio far
 *   from the other units' (and, against 2016, a jump);
 * - 09 Ya Lê: other grassroots cadres on refresher courses four times 2016's (B5 3 (3), and (1)): a
 *   jump from the previous period, and no ratio of the pack reads it;
 * - 12 Khối doanh nghiệp: the decade's admissions, same total, mostly in 2015 (B3a 2008–2017): 2015's
 *   admissions beyond the pack's limit of 15% of the members at the start of the year — which the unit
 *   explains in its workbook, so that it is ready to send.
 */
import type { Values } from '../../src/engine/index.js';
import { provinceUnits, type SyntheticUnit } from './province-units.js';

type Row = Record<string, number>;

const PLANTS: Record<string, (v: Values) => void> = {
  '04': (v) => {
    const b1 = v.B1 as Record<string, Row>;
    b1['8.1']!['(1)']! *= 5;
    b1['8']!['(1)'] = b1['8.1']!['(1)']! + b1['8.2']!['(1)']! + b1['8.3']!['(1)']!;
  },
  '09': (v) => {
    const row = (v.B5 as Record<string, Row>)['3']!;
    row['(3)']! *= 4;
    row['(1)'] = row['(2)']! + row['(3)']!;
  },
  '12': (v) => admitMostlyIn(v.B3a as Record<string, Row>, '2015', 0.2),
};

const EXPLAINED: Record<string, Record<string, string>> = {
  '12': {
    'limit.ket-nap-nam[2015]':
      'Năm 2015 sáp nhập các chi bộ doanh nghiệp cổ phần hoá, kết nạp đợt lớn đảng viên là người lao động ' +
      'đã qua bồi dưỡng từ 2013.',
  },
};

export function plantedUnits(): SyntheticUnit[] {
  return provinceUnits().map((u) => {
    const plant = PLANTS[u.identity.code];
    if (!plant) return u;
    const values = structuredClone(u.values);
    plant(values);
    const explain = EXPLAINED[u.identity.code];
    return { ...u, values, ...(explain ? { explain } : {}) };
  });
}

/**
 * `year`'s admissions made `share` of its opening, the other
 * years' cut to keep the decade's total; the chain recomputed.
 */
function admitMostlyIn(b3a: Record<string, Row>, year: string, share: number): void {
  const years = Object.keys(b3a).filter((y) => /^\d{4}$/.test(y));
  const total = years.reduce((n, y) => n + b3a[y]!['(2)']!, 0);
  const target = Math.round(b3a[year]!['(1)']! * share);
  const rest = total - b3a[year]!['(2)']!;
  const others = years.filter((y) => y !== year);
  let left = total - target;
  others.forEach((y, k) => {
    const a = k === others.length - 1 ? left : Math.floor((b3a[y]!['(2)']! * (total - target)) / rest);
    b3a[y]!['(2)'] = a;
    left -= a;
  });
  b3a[year]!['(2)'] = target;
  let opening = b3a[years[0]!]!['(1)']!;
  for (const y of years) {
    const r = b3a[y]!;
    r['(1)'] = opening;
    r['(5)'] = opening + r['(2)']! + r['(3)']! - r['(4)']!;
    opening = r['(5)'];
  }
}
