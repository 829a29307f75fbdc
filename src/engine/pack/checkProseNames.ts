/** The rows and columns prose.json gives phrases for must be the pack's own. */
import { PackError } from './errors.js';
import type { Pack } from './pack.js';

const FILE = 'prose.json';

export function checkProseNames(pack: Pack): void {
  if (!pack.prose) return;
  const sheets = new Map(pack.sheets.map((s) => [s.code, s]));
  pack.prose.uncited?.forEach((code, i) => {
    if (!sheets.has(code)) throw new PackError(FILE, `uncited[${i}]`, `there is no sheet "${code}"`);
  });
  for (const [code, names] of Object.entries(pack.prose.sheets)) {
    const sheet = sheets.get(code);
    if (!sheet) throw new PackError(FILE, `sheets.${code}`, `there is no sheet "${code}"`);
    for (const row of Object.keys(names.rows ?? {})) {
      if (!sheet.rows.some((r) => r.code === row)) throw new PackError(FILE, `sheets.${code}.rows.${row}`, `sheet ${code} has no row "${row}"`);
    }
    for (const col of Object.keys(names.columns ?? {})) {
      if (!sheet.columns.some((c) => c.code === col)) {
        throw new PackError(FILE, `sheets.${code}.columns.${col}`, `sheet ${code} has no column "${col}"`);
      }
    }
  }
}
