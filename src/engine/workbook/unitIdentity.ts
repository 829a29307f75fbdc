/**
 * Whose workbook it is and for when: the reporting unit's name and code and the period, typed in the
 * identity cells the template puts in the title block of its first sheet (found by defined names, so
 * inserted rows and a renamed sheet do no harm).
 */
import { detached } from './detached.js';
import { IDENTITY_NAMES } from './markers.js';
import type { RawWorkbook } from './workbook.js';

export interface UnitIdentity {
  /** Each is the text typed, trimmed; "" when blank or when the workbook has no such cell. */
  name: string;
  code: string;
  period: string;
}

export type IdentityField = keyof UnitIdentity;
export const IDENTITY_FIELDS: readonly IdentityField[] = ['name', 'code', 'period'];

export function readIdentity(wb: RawWorkbook): UnitIdentity {
  const read = (key: IdentityField) => {
    const ref = wb.names[IDENTITY_NAMES[key]];
    const sheet = ref && wb.sheets.find((s) => s.name === ref.sheet);
    const cell = ref && sheet?.cells[ref.rowIndex]?.[ref.colIndex];
    if (!cell || cell.error) return '';
    const v = cell.value;
    if (v === null) return '';
    return detached((typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v)).replace(/\s+/g, ' ').trim());
  };
  return { name: read('name'), code: read('code'), period: read('period') };
}

/**
 * The form two units' texts are compared in: case, spacing and the separator of a period do not
 * matter ("12-2017", "12/2017" and "12.2017" are one period; "DH" and "dh " one unit code).
 */
export function matchKey(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/\s+/g, ' ')
    .replace(/\s*[/.\-–]\s*/g, '-')
    .trim();
}
