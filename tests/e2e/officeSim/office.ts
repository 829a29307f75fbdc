/** The Office global: onReady, context (language, requirements), and document.getFileAsync. */
import { OFFICE_ENUMS } from './enums.js';
import { book } from './model.js';
import { isSetSupported, simOptions } from './options.js';
import { writeXlsx } from './xlsxWrite.js';

const HOST = { host: 'Excel', platform: 'OfficeOnline' } as const;
const MAX_SLICE = 4 * 1024 * 1024;
/** Office keeps at most two files from getFileAsync open; a third fails until one is closed. */
const MAX_OPEN_FILES = 2;

export interface AsyncResult<T> {
  status: 'succeeded' | 'failed';
  value: T;
  error?: { code: number; name: string; message: string };
  asyncContext?: unknown;
}
type Callback<T> = (result: AsyncResult<T>) => void;

export interface Slice {
  data: number[];
  index: number;
  size: number;
}

export interface SimFile {
  size: number;
  sliceCount: number;
  getSliceAsync(sliceIndex: number, callback: Callback<Slice>): void;
  closeAsync(callback?: Callback<void>): void;
}

let openFiles = 0;

function later(fn: () => void): void {
  setTimeout(fn, 0);
}

function failed<T>(code: number, name: string, message: string, asyncContext?: unknown): AsyncResult<T> {
  return { status: 'failed', value: undefined as T, error: { code, name, message }, asyncContext };
}

/**
 * getFileAsync(Office.FileType.Compressed, {sliceSize?}, callback): the workbook as it is at the call,
 * written as xlsx by exceljs (values, number formats, fills, fonts, merges, widths, protection, sheet
 * visibility with very hidden sheets, workbook names), handed out in slices of byte arrays.
 */
function getFileAsync(
  fileType: string,
  optionsOrCallback?: { sliceSize?: number; asyncContext?: unknown } | Callback<SimFile>,
  maybeCallback?: Callback<SimFile>,
): void {
  const callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback;
  const options = typeof optionsOrCallback === 'object' && optionsOrCallback ? optionsOrCallback : {};
  const { asyncContext } = options;
  const answer = (result: AsyncResult<SimFile>) => later(() => callback?.(result));
  if (fileType !== 'compressed')
    return answer(
      failed(
        1000,
        'Invalid Coercion Type',
        `The simulator gives only Office.FileType.Compressed, not "${fileType}".`,
        asyncContext,
      ),
    );
  const sliceSize = options.sliceSize ?? MAX_SLICE;
  if (!Number.isInteger(sliceSize) || sliceSize <= 0 || sliceSize > MAX_SLICE) {
    return answer(
      failed(1001, 'Invalid Argument', `sliceSize must be a whole number of bytes up to ${MAX_SLICE}.`, asyncContext),
    );
  }
  if (openFiles >= MAX_OPEN_FILES) {
    return answer(
      failed(
        5001,
        'Internal Error',
        'No more than two files can be open at once; close one with closeAsync.',
        asyncContext,
      ),
    );
  }
  openFiles++;
  writeXlsx(book).then(
    (bytes) => answer({ status: 'succeeded', value: fileOf(bytes, sliceSize), asyncContext }),
    (error: unknown) => {
      openFiles--;
      answer(failed(5001, 'Internal Error', String((error as Error)?.message ?? error), asyncContext));
    },
  );
}

function fileOf(bytes: Uint8Array, sliceSize: number): SimFile {
  let closed = false;
  const sliceCount = Math.max(1, Math.ceil(bytes.length / sliceSize));
  return {
    size: bytes.length,
    sliceCount,
    getSliceAsync(index, callback) {
      if (closed) return later(() => callback(failed(5001, 'Internal Error', 'The file is closed.')));
      if (!Number.isInteger(index) || index < 0 || index >= sliceCount) {
        return later(() => callback(failed(1001, 'Invalid Argument', `There is no slice ${index}.`)));
      }
      const data = Array.from(bytes.subarray(index * sliceSize, (index + 1) * sliceSize));
      later(() => callback({ status: 'succeeded', value: { data, index, size: data.length } }));
    },
    closeAsync(callback) {
      if (!closed) {
        closed = true;
        openFiles--;
      }
      later(() => callback?.({ status: 'succeeded', value: undefined }));
    },
  };
}

/** Office.context.document.settings, kept in memory for the page's life. */
function settings() {
  const values = new Map<string, unknown>();
  return {
    get: (name: string) => (values.has(name) ? values.get(name) : null),
    set: (name: string, value: unknown) => void values.set(name, value),
    remove: (name: string) => void values.delete(name),
    saveAsync: (callback?: Callback<void>) => later(() => callback?.({ status: 'succeeded', value: undefined })),
  };
}

export function makeOffice() {
  const options = simOptions();
  const office = {
    ...OFFICE_ENUMS,
    /** Set by a page that uses the old initialization; called once after load. */
    initialize: undefined as undefined | ((reason: string) => void),
    onReady(callback?: (info: typeof HOST) => void): Promise<typeof HOST> {
      return new Promise((resolve) => {
        later(() => {
          callback?.({ ...HOST });
          resolve({ ...HOST });
        });
      });
    },
    context: {
      displayLanguage: options.displayLanguage,
      contentLanguage: options.displayLanguage,
      host: HOST.host,
      platform: HOST.platform,
      diagnostics: { host: HOST.host, platform: HOST.platform, version: '16.0.0000.0000' },
      requirements: { isSetSupported },
      document: {
        mode: 'readWrite',
        url: options.workbookName,
        getFileAsync,
        settings: settings(),
      },
    },
  };
  later(() => office.initialize?.('documentOpened'));
  return office;
}
