/**
 * The office.js stand-in: a page that loads this script gets `Office`, `Excel` and `OfficeExtension`
 * globals over an in-memory workbook, and tests get `window.__excelSim`. See README.md here.
 */
import { ClientResult } from './clientResult.js';
import { RequestContext } from './context.js';
import { EXCEL_ENUMS } from './enums.js';
import { ERROR_CODES, SimError } from './errors.js';
import { makeHandle, type ExcelSimHandle } from './handle.js';
import { makeOffice } from './office.js';
import { run } from './run.js';

const Excel = { ...EXCEL_ENUMS, run, RequestContext };
const OfficeExtension = {
  Error: SimError,
  ErrorCodes: ERROR_CODES,
  ClientResult,
  config: { extendedErrorLogging: false },
};
const Office = makeOffice();

/** The globals as the simulator types them; a test casts `globalThis` to this inside `page.evaluate`. */
export interface SimGlobals {
  Excel: typeof Excel;
  Office: typeof Office;
  OfficeExtension: typeof OfficeExtension;
  __excelSim: ExcelSimHandle;
}

const globals: SimGlobals = { Excel, Office, OfficeExtension, __excelSim: makeHandle() };
Object.assign(globalThis, globals);
