/**
 * A sheet whose row 1 column (2) is another office's figure, tied to the total by a soft rule `dong`:
 * T['1', '(2)'] == T['1', '(1)'] at the reliability given; `tong` (the total of its parts) must hold.
 * Rows 1.1 and 1.2 are 5 times harder to blame than an ordinary cell.
 */
import { checkedWorkbook as check } from '../../../src/engine/check/validate.js';
import type { CompiledPack } from '../../../src/engine/pack/compilePack.js';
import { compileTiny, customSheet, rawWorkbook } from '../fixtures.js';

export function softPack(reliability?: number): CompiledPack {
  const sheet = customSheet(
    'T',
    [
      { code: '(1)', kind: 'count', decimals: 0 },
      { code: '(2)', kind: 'count', decimals: 0 },
    ],
    [{ code: '1' }, { code: '1.1', inputs: ['(1)'] }, { code: '1.2', inputs: ['(1)'] }],
    [
      { id: 'tong', family: 'sum', assert: "T['1', '(1)'] == T['1.1', '(1)'] + T['1.2', '(1)']" },
      { id: 'dong', family: 'same', assert: "T['1', '(2)'] == T['1', '(1)']", reliability },
    ],
  );
  for (const row of sheet.rows.slice(1)) row.reliability = 5;
  return compileTiny([], [sheet]);
}

/** The sheet checked with total, parts and the other office's figure: [T1(1), T1.1, T1.2, T1(2)]. */
export function softChecked(pack: CompiledPack, [total, a, b, other]: number[]) {
  const data = { T: { '1': { '(1)': total!, '(2)': other! }, '1.1': { '(1)': a! }, '1.2': { '(1)': b! } } };
  return check(pack, rawWorkbook(pack.pack, data), 't.xlsx');
}
