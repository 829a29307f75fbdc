/** office-addin-mock set up as the global Excel, with context.sync counted. */
import { OfficeMockObject } from 'office-addin-mock';

export interface MockExcel {
  mock: any;
  syncs: () => number;
}

export function mockExcel(workbook: object): MockExcel {
  const mock: any = new OfficeMockObject({
    context: { workbook },
    run: async function (this: any, first: unknown, second?: (context: unknown) => Promise<unknown>) {
      const batch = (second ?? first) as (context: unknown) => Promise<unknown>;
      return batch(this.context);
    },
  });
  let syncs = 0;
  const sync = mock.context.sync.bind(mock.context);
  mock.context.sync = async () => {
    syncs++;
    return sync();
  };
  (globalThis as any).Excel = mock;
  return { mock, syncs: () => syncs };
}

/** A cell range whose fill the code under test reads with getCellProperties and writes back. */
export function mockCell(fill: { color: string; pattern: string }) {
  return {
    cleared: false,
    restored: '' as unknown,
    format: {
      fill: {
        color: fill.pattern === 'None' ? '' : fill.color,
        clear(this: any) {
          this.color = '';
        },
      },
    },
    getCellProperties() {
      return { value: [[{ format: { fill } }]] };
    },
    setCellProperties(this: any, props: unknown) {
      this.restored = props;
    },
  };
}
