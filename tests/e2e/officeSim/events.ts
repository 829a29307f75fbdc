/**
 * Events (`worksheets.onChanged`, `worksheet.onChanged`, `worksheets.onActivated/onAdded/onDeleted`):
 * `add` registers at the next sync; the returned EventHandlerResult's `remove()` unregisters at the
 * sync after it. Handlers run later (a new task), never inside the code that caused the event.
 */
import { formatArea, type Area } from './a1.js';
import { apiValue, valueType } from './cells.js';
import type { RequestContext } from './context.js';
import { book, type Cell, type EventKind, type Registration, type Sheet } from './model.js';

type Handler = (args: Record<string, unknown>) => unknown;

export class EventHandlerResult {
  constructor(
    readonly context: RequestContext,
    private readonly registration: Registration,
  ) {}

  remove(): void {
    this.context._queue((run) => {
      run.commits.push(() => unregister(this.registration));
    });
  }
}

export class EventSource {
  private readonly results = new Map<Handler, Registration[]>();

  constructor(
    private readonly context: RequestContext,
    private readonly kind: EventKind,
    /** The sheet of a worksheet's own event, found at sync; undefined for the collection's events. */
    private readonly sheetOf: () => Sheet | null | undefined,
  ) {}

  add(handler: Handler): EventHandlerResult {
    const registration: Registration = { kind: this.kind, handler, active: false };
    this.context._queue((run) => {
      const sheet = this.sheetOf();
      if (sheet === null) return;
      if (sheet) registration.sheet = sheet;
      run.commits.push(() => {
        registration.active = true;
        book.registrations.push(registration);
      });
    });
    this.results.set(handler, [...(this.results.get(handler) ?? []), registration]);
    return new EventHandlerResult(this.context, registration);
  }

  remove(handler: Handler): void {
    const registrations = this.results.get(handler) ?? [];
    this.results.delete(handler);
    this.context._queue((run) => {
      run.commits.push(() => registrations.forEach(unregister));
    });
  }
}

function unregister(registration: Registration): void {
  registration.active = false;
  book.registrations = book.registrations.filter((reg) => reg !== registration);
}

/** The cell values before a change, for the `details` of a one-cell change. */
export function before(sheet: Sheet, area: Area): Cell | undefined {
  return area.r0 === area.r1 && area.c0 === area.c1 ? { ...sheet.cell(area.r0, area.c0) } : undefined;
}

/** Excel.WorksheetChangedEventArgs for a change of an area's values. */
export function changedArgs(
  sheet: Sheet,
  area: Area,
  triggerSource: 'Unknown' | 'ThisLocalAddin',
  old: Cell | undefined,
): Record<string, unknown> {
  const address = formatArea(area);
  const args: Record<string, unknown> = {
    type: 'WorksheetChanged',
    changeType: 'RangeEdited',
    source: 'Local',
    triggerSource,
    worksheetId: sheet.id,
    address,
    getRange: (ctx: RequestContext) => ctx.workbook.worksheets.getItem(sheet.id).getRange(address),
    getRangeOrNullObject: (ctx: RequestContext) =>
      ctx.workbook.worksheets.getItemOrNullObject(sheet.id).getRange(address),
  };
  if (old) {
    const now = sheet.cell(area.r0, area.c0);
    args['details'] = {
      valueBefore: apiValue(old),
      valueAfter: apiValue(now),
      valueTypeBefore: valueType(old),
      valueTypeAfter: valueType(now),
    };
  }
  return args;
}

export function sheetArgs(
  kind: 'WorksheetActivated' | 'WorksheetAdded' | 'WorksheetDeleted',
  sheet: Sheet,
): Record<string, unknown> {
  return { type: kind, source: 'Local', worksheetId: sheet.id };
}
