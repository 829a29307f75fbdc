/**
 * OfficeExtension.ClientObject: a proxy. Methods and property writes are queued and run at
 * `context.sync()`; property reads answer only what a synced `load` brought back (or what this proxy
 * itself set), otherwise they throw PropertyNotLoaded, as Office.js does.
 */
import { propertyNotLoaded, simError } from './errors.js';
import { emptyTree, itemTree, parseLoad, type LoadTree } from './loadSpec.js';
import type { RequestContext, SyncRun } from './context.js';

/** Commits a snapshot into the proxy once the whole sync succeeded. */
export type Commit = () => void;

export abstract class ClientObject<E> {
  /** Office.js's class name, for messages ("Range", "Worksheet"). */
  abstract readonly _typeName: string;
  /** Values from synced loads, and values this proxy set. */
  protected _values: Record<string, unknown> = {};
  private _binding: { entity: E | null } | undefined;
  private _null: boolean | undefined;
  private readonly _children = new Map<string, ClientObject<unknown>>();

  /**
   * @param resolve finds the document object at sync time (and may throw, e.g. ItemNotFound); null means a null object.
   * @param queueBind queue the lookup now, so that its error fails the next sync as Excel's would.
   */
  constructor(
    readonly context: RequestContext,
    private readonly _resolve: () => E | null,
    queueBind = true,
  ) {
    if (queueBind) {
      context._queue((run) => {
        const entity = this._entity();
        run.commits.push(() => {
          this._null = entity === null;
        });
      });
    }
  }

  /** Scalar (loadable) properties. */
  abstract _scalars(): readonly string[];
  /** A scalar property's value in the document now. */
  abstract _read(entity: E, prop: string): unknown;
  /** Navigation properties (format, fill, protection…): loading them loads their scalars. */
  _navNames(): readonly string[] {
    return [];
  }
  _nav(_name: string): ClientObject<unknown> | undefined {
    return undefined;
  }

  get isNullObject(): boolean {
    if (this._null === undefined) throw propertyNotLoaded('isNullObject', this._typeName);
    return this._null;
  }

  /** The document object, found at the first sync that needs it. */
  _entity(): E | null {
    if (!this._binding) this._binding = { entity: this._resolve() };
    return this._binding.entity;
  }

  /** Marks an object made during a sync (collection items) as already found. */
  _markFound(): this {
    this._null = false;
    return this;
  }

  protected _get<T>(prop: string): T {
    if (prop in this._values) return this._values[prop] as T;
    if (this._null === true) return null as T;
    throw propertyNotLoaded(prop, this._typeName);
  }

  /** A property write: visible to this proxy at once, applied to the document at sync. */
  protected _set(prop: string, value: unknown, apply: (entity: E, run: SyncRun) => void): void {
    this._values[prop] = value;
    this._do(apply);
  }

  /** Queues an operation on the document object; operations on a null object are skipped. */
  protected _do(apply: (entity: E, run: SyncRun) => void | Promise<void>): void {
    this.context._queue(async (run) => {
      const entity = this._entity();
      if (entity !== null) await apply(entity, run);
    });
  }

  /** A child proxy, made once (format, fill, protection…); it follows this object's document object. */
  protected _child<C extends ClientObject<unknown>>(name: string, make: () => C): C {
    let child = this._children.get(name) as C | undefined;
    if (!child) this._children.set(name, (child = make()));
    return child;
  }

  protected _sameContext(other: { context?: unknown } | undefined, where: string): void {
    if (other && other.context !== this.context) {
      throw simError('InvalidRequestContext', 'The object belongs to another request context.', where);
    }
  }

  load(spec?: unknown): this {
    const tree = parseLoad(spec);
    this.context._queue((run) => {
      const entity = this._entity();
      if (entity === null) {
        run.commits.push(() => {
          this._null = true;
        });
        return;
      }
      run.commits.push(this._snapshot(entity, tree));
    });
    return this;
  }

  /** Reads the asked properties now (mid-sync, after the operations queued before), to commit later. */
  _snapshot(entity: E, tree: LoadTree): Commit {
    const scalars = this._scalars();
    const navs = this._navNames();
    const unknown = [...tree.props, ...tree.navs.keys()].filter((p) => !scalars.includes(p) && !navs.includes(p));
    if (unknown.length) {
      throw simError(
        'InvalidArgument',
        `${this._typeName} has no property '${unknown.join("', '")}' (or the office.js simulator does not implement it).`,
        `${this._typeName}.load`,
      );
    }
    const wanted = tree.all ? scalars : scalars.filter((p) => tree.props.has(p));
    const values: Record<string, unknown> = {};
    for (const prop of wanted) values[prop] = copy(this._read(entity, prop));
    const commits: Commit[] = [];
    for (const name of navs) {
      const subtree = tree.navs.get(name) ?? (tree.props.has(name) ? emptyTree(true) : undefined);
      if (!subtree) continue;
      const child = this._nav(name);
      const childEntity = child?._entity();
      if (child && childEntity !== null && childEntity !== undefined)
        commits.push(child._snapshot(childEntity, subtree));
    }
    return () => {
      Object.assign(this._values, values);
      this._null = false;
      commits.forEach((commit) => commit());
    };
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  /** The loaded properties, nested objects included, as Office.js's toJSON gives them. */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { ...this._values };
    for (const [name, child] of this._children) {
      const nested = child.toJSON();
      if (Object.keys(nested).length) json[name] = nested;
    }
    return json;
  }
}

/** A collection proxy: `items` is loaded as new item proxies, each with the asked properties. */
export abstract class ClientCollection<E, I extends ClientObject<unknown>, IE> extends ClientObject<E> {
  _scalars(): readonly string[] {
    return [];
  }
  _read(): unknown {
    return undefined;
  }
  abstract _list(entity: E): IE[];
  abstract _item(entity: IE): I;

  get items(): I[] {
    return this._get<I[]>('items');
  }

  override _snapshot(entity: E, tree: LoadTree): Commit {
    const itemSpec = itemTree(tree);
    const items = this._list(entity).map((itemEntity) => {
      const item = this._item(itemEntity);
      return { item, commit: (item as unknown as ClientObject<IE>)._snapshot(itemEntity, itemSpec) };
    });
    return () => {
      this._values['items'] = items.map(({ item }) => item._markFound());
      items.forEach(({ commit }) => commit());
      this._markFound();
    };
  }

  override toJSON(): Record<string, unknown> {
    const items = this._values['items'] as I[] | undefined;
    return items ? { items: items.map((item) => item.toJSON()) } : {};
  }
}

/** Loaded arrays are snapshots: later writes must not show through them. */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (value && typeof value === 'object') return JSON.parse(JSON.stringify(value));
  return value;
}
