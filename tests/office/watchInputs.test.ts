import { afterEach, describe, expect, it } from 'vitest';
import { watchInputs } from '../../src/office/watchInputs.js';
import { mockExcel } from './mockExcel.js';

function workbook() {
  return {
    worksheets: {
      onChanged: {
        add(this: any, handler: (e: unknown) => Promise<void>) {
          this.handler = handler;
          return this.registration;
        },
        registration: {
          removed: false,
          remove(this: any) {
            this.removed = true;
          },
        },
      },
    },
  };
}

describe('watchInputs', () => {
  afterEach(() => delete (globalThis as any).Excel);

  it('calls back with the changed worksheet until stopped', async () => {
    const excel = mockExcel(workbook());
    const onChanged = excel.mock.context.workbook.worksheets.onChanged;
    onChanged.registration.context = excel.mock.context;
    const seen: string[] = [];
    const stop = await watchInputs((id) => seen.push(id));
    expect(excel.syncs()).toBe(1);
    await onChanged.handler({ worksheetId: '{B1}', address: 'C17', changeType: 'RangeEdited' });
    expect(seen).toEqual(['{B1}']);
    await stop();
    expect(onChanged.registration.removed).toBe(true);
    expect(excel.syncs()).toBe(2);
  });
});
