import { OfficeMockObject } from 'office-addin-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { documentBytes } from '../../src/office/documentBytes.js';
import { FileUnavailableError } from '../../src/office/errors.js';

type Callback = (result: { status: string; value?: unknown; error?: { message: string } }) => void;

function office(slices: number[][], fail?: string) {
  const file = {
    sliceCount: slices.length,
    closed: false,
    getSliceAsync: (i: number, cb: Callback) => cb({ status: 'succeeded', value: { data: slices[i], index: i } }),
    closeAsync(this: any) {
      this.closed = true;
    },
  };
  const mock: any = new OfficeMockObject({
    context: {
      document: {
        asked: '',
        getFileAsync(this: any, type: string, _options: unknown, cb: Callback) {
          this.asked = type;
          cb(fail ? { status: 'failed', error: { message: fail } } : { status: 'succeeded', value: file });
        },
      },
    },
  });
  // Enums are plain constants in office.js, not proxies to load.
  Object.assign(mock, {
    FileType: { Compressed: 'compressed' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  });
  (globalThis as any).Office = mock;
  return { mock, file };
}

describe('documentBytes', () => {
  afterEach(() => delete (globalThis as any).Office);

  it('joins the slices of the compressed file, in order, and closes it', async () => {
    const { mock, file } = office([[80, 75, 3], [4, 20], [0]]);
    expect(await documentBytes()).toEqual(new Uint8Array([80, 75, 3, 4, 20, 0]));
    expect(mock.context.document.asked).toBe('compressed');
    expect(file.closed).toBe(true);
  });

  it('turns a refusal of the host into one sentence', async () => {
    office([], 'The file is too large');
    const error = await documentBytes().catch((e) => e);
    expect(error).toBeInstanceOf(FileUnavailableError);
    expect(error.text.vi).toContain('The file is too large');
  });
});
