/** Excel.Application: the little of it an add-in calls. No calculation engine exists, so calculate() does nothing. */
import { ClientObject } from './clientObject.js';
import type { RequestContext } from './context.js';

export class Application extends ClientObject<object> {
  readonly _typeName = 'Application';

  constructor(context: RequestContext) {
    super(context, () => ({}), false);
  }

  _scalars(): readonly string[] {
    return ['calculationMode'];
  }

  _read(): unknown {
    return 'Automatic';
  }

  get calculationMode(): string {
    return this._get('calculationMode');
  }

  calculate(_type?: string): void {
    this._do(() => undefined);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._do(() => undefined);
  }

  suspendApiCalculationUntilNextSync(): void {
    this._do(() => undefined);
  }
}
