/** Excel.RequestContext: the queue of operations, and `sync()` that runs it against the document. */
import { book } from './model.js';
import { Workbook } from './workbook.js';
import type { Application } from './application.js';

/** What one sync collects while it runs: snapshots to commit, and events to fire, both only on success. */
export interface SyncRun {
  commits: (() => void)[];
  after: (() => void)[];
}

export type Action = (run: SyncRun) => void | Promise<void>;

/** Syncs of every context run one after another, as Excel serializes requests. */
let lane: Promise<unknown> = Promise.resolve();

export class RequestContext {
  readonly workbook: Workbook;
  readonly application: Application;
  readonly trackedObjects = { add(): void {}, remove(): void {} };
  readonly debugInfo: Record<string, unknown> = {};
  private queued: Action[] = [];

  constructor() {
    this.workbook = new Workbook(this);
    this.application = this.workbook.application;
  }

  _queue(action: Action): void {
    this.queued.push(action);
  }

  _hasPending(): boolean {
    return this.queued.length > 0;
  }

  load<T extends { load(spec?: unknown): T }>(object: T, spec?: unknown): T {
    return object.load(spec);
  }

  /**
   * Runs every queued operation in order, in a later task (a round trip), and then fills the loaded
   * proxies. The first failing operation rejects the sync; the operations after it are dropped, the
   * ones before it stay done, and no load of this sync is filled.
   */
  sync<T>(passThroughValue?: T): Promise<T> {
    const actions = this.queued;
    this.queued = [];
    book.syncCount++;
    const done = lane.then(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const run: SyncRun = { commits: [], after: [] };
      for (const action of actions) await action(run);
      run.commits.forEach((commit) => commit());
      run.after.forEach((fire) => fire());
      return passThroughValue as T;
    });
    lane = done.catch(() => undefined);
    return done;
  }
}
