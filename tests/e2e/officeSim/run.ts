/** Excel.run: a batch on a new request context (or on the context of an object given first), flushed at the end. */
import { RequestContext } from './context.js';
import { simError } from './errors.js';

type Batch<T> = (context: RequestContext) => Promise<T>;
type Given = RequestContext | { context?: unknown } | { context?: unknown }[] | Record<string, unknown>;

/**
 * Excel.run(batch) or Excel.run(contextOrObject(s) | options, batch). The batch must return a promise
 * (RunMustReturnPromise otherwise, as Office.js). After it resolves, operations still queued are
 * synced (that sync counts); its value is returned. A rejected batch rejects run, unflushed.
 */
export async function run<T>(first: Given | Batch<T>, second?: Batch<T>): Promise<T> {
  const batch = (typeof first === 'function' ? first : second) as Batch<T> | undefined;
  if (typeof batch !== 'function') throw simError('InvalidArgument', 'Excel.run needs a batch function.', 'Excel.run');
  const context = typeof first === 'function' ? new RequestContext() : contextOf(first);
  const pending = batch(context) as unknown;
  if (!pending || typeof (pending as Promise<T>).then !== 'function') {
    throw simError('RunMustReturnPromise', undefined, 'Excel.run');
  }
  const result = await (pending as Promise<T>);
  if (context._hasPending()) await context.sync();
  return result;
}

function contextOf(given: Given): RequestContext {
  if (given instanceof RequestContext) return given;
  const object = Array.isArray(given) ? given[0] : given;
  const context = (object as { context?: unknown } | undefined)?.context;
  return context instanceof RequestContext ? context : new RequestContext();
}
