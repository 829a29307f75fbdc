/**
 * Spreadsheets of other formats a unit may send (old Excel, Excel binary and templates, OpenDocument,
 * Numbers, WPS): reading one says it must be saved as .xlsx.
 */
export const OTHER_SPREADSHEET = /\.(xls|xlsb|xlt|xltx|xltm|ods|ots|fods|numbers|et|ett)$/i;
