/** The open workbook's file as bytes, slice by slice, as Office hands it over for a download. */
import { FileUnavailableError } from './errors.js';

const SLICE = 4 * 1024 * 1024;

export async function documentBytes(): Promise<Uint8Array> {
  const file = await asPromise<Office.File>((cb) =>
    Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: SLICE }, cb),
  );
  try {
    const slices: number[][] = [];
    for (let i = 0; i < file.sliceCount; i++)
      slices.push((await asPromise<Office.Slice>((cb) => file.getSliceAsync(i, cb))).data);
    const bytes = new Uint8Array(slices.reduce((n, s) => n + s.length, 0));
    slices.reduce((at, s) => (bytes.set(s, at), at + s.length), 0);
    return bytes;
  } finally {
    file.closeAsync();
  }
}

function asPromise<T>(start: (cb: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    start((result) =>
      result.status === Office.AsyncResultStatus.Succeeded
        ? resolve(result.value)
        : reject(new FileUnavailableError(result.error?.message ?? 'unknown')),
    ),
  );
}
