/** Settings a test may give before the script loads: `window.__excelSimOptions = {displayLanguage: 'en-US'}`. */

export interface ExcelSimOptions {
  /** Office.context.displayLanguage; 'vi-VN' by default. */
  displayLanguage?: string;
  /** The highest ExcelApi requirement set reported as supported; '1.13' by default. Below 1.13, insertWorksheetsFromBase64 fails with ApiNotFound. */
  excelApi?: string;
  /** Workbook.name; 'Book1.xlsx' by default. */
  workbookName?: string;
}

export function simOptions(): Required<ExcelSimOptions> {
  const given = (globalThis as { __excelSimOptions?: ExcelSimOptions }).__excelSimOptions ?? {};
  return {
    displayLanguage: given.displayLanguage ?? 'vi-VN',
    excelApi: given.excelApi ?? '1.13',
    workbookName: given.workbookName ?? 'Book1.xlsx',
  };
}

/** Compares "1.13" with "1.9" as versions. */
export function versionAtMost(version: string, max: string): boolean {
  const a = version.split('.').map(Number);
  const b = max.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return true;
}

export function isSetSupported(name: string, version = '1.1'): boolean {
  return name.toLowerCase() === 'excelapi' && versionAtMost(String(version), simOptions().excelApi);
}
