/** Excel number format of a pack column. */
import type { ColumnSpec } from '../engine/index.js';

export function numFmt({ kind, decimals }: ColumnSpec): string {
  const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  switch (kind) {
    case 'count':
      return '#,##0';
    case 'number':
      return `#,##0${fraction}`;
    case 'percent':
      return `0${fraction}%`;
    case 'text':
      return '@';
  }
}
