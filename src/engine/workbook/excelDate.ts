/** Dates as both adapters give them to the engine: ISO text, from a JS Date (exceljs) or a serial (Excel). */

/** A number format that shows a date or time, by the test exceljs applies when it reads a file. */
export function isDateFormat(numFmt: string): boolean {
  return /[ymdhMsb]/.test(numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** Excel's 1900 date system, as exceljs converts it. */
export function serialDateText(serial: number): string {
  return dateText(new Date(Math.round((serial - 25569) * 24 * 3600 * 1000)));
}

/** A date without time of day is written as such; dates are UTC, as exceljs reads them. */
export function dateText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
