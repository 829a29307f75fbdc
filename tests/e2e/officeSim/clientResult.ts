/** OfficeExtension.ClientResult: a method's answer, readable only after the sync that computes it. */
import { propertyNotLoaded } from './errors.js';

export class ClientResult<T> {
  private settled = false;
  private result: T | undefined;

  get value(): T {
    if (!this.settled) throw propertyNotLoaded('value', 'ClientResult');
    return this.result as T;
  }

  /** Called by the sync, after every queued operation succeeded. */
  _settle(value: T): void {
    this.result = value;
    this.settled = true;
  }

  toJSON(): unknown {
    return this.settled ? { value: this.result } : {};
  }
}
