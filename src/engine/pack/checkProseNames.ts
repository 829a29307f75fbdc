/** The rows and columns prose.json gives phrases for must be the pack's own. */
import { PackError } from './errors.js';
import type { Pack } from './pack.js';

const FILE = 'prose.json';

export function checkProseNames(pack: Pack): void {
  if (!pack.prose) return;
  const sheets = new Map(pack.sheets.map((s) => [s.code, s]));
  pack.prose.uncited?.forEach((code, i) => {
    if (!sheets.has(code)) throw new PackError(FILE, `uncited[${i}]`, noSheet(code));
  });
  for (const [code, names] of Object.entries(pack.prose.sheets)) {
    const sheet = sheets.get(code);
    if (!sheet) throw new PackError(FILE, `sheets.${code}`, noSheet(code));
    for (const row of Object.keys(names.rows ?? {})) {
      if (!sheet.rows.some((r) => r.code === row)) {
        throw new PackError(FILE, `sheets.${code}.rows.${row}`, {
          vi: `biểu ${code} không có dòng "${row}"`,
          en: `sheet ${code} has no row "${row}"`,
        });
      }
    }
    for (const col of Object.keys(names.columns ?? {})) {
      if (!sheet.columns.some((c) => c.code === col)) {
        const reason = { vi: `biểu ${code} không có cột "${col}"`, en: `sheet ${code} has no column "${col}"` };
        throw new PackError(FILE, `sheets.${code}.columns.${col}`, reason);
      }
    }
  }
}

function noSheet(code: string) {
  return { vi: `không có biểu "${code}"`, en: `there is no sheet "${code}"` };
}
