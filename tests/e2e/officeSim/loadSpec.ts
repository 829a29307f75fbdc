/** What `load(...)` asks for, in every form Office.js takes, as a tree of property paths. */

export interface LoadTree {
  /** `load()` without arguments: every scalar property. */
  all: boolean;
  props: Set<string>;
  navs: Map<string, LoadTree>;
}

export function emptyTree(all = false): LoadTree {
  return { all, props: new Set(), navs: new Map() };
}

/**
 * Accepts `load()`, `load('values, numberFormat')`, `load('items/name,items/visibility')`,
 * `load(['values', 'format/fill/color'])`, `load({select: 'a,b', expand: 'format'})` and
 * `load({values: true, format: {fill: {color: true}}})`.
 */
export function parseLoad(spec: unknown): LoadTree {
  if (spec === undefined || spec === null || spec === '') return emptyTree(true);
  const tree = emptyTree();
  if (typeof spec === 'string') addPaths(tree, spec.split(','));
  else if (Array.isArray(spec))
    addPaths(
      tree,
      spec.flatMap((item) => String(item).split(',')),
    );
  else if (typeof spec === 'object') {
    const o = spec as Record<string, unknown>;
    if (typeof o['select'] === 'string' || typeof o['expand'] === 'string') {
      if (typeof o['select'] === 'string') addPaths(tree, o['select'].split(','));
      if (typeof o['expand'] === 'string') addPaths(tree, o['expand'].split(','), true);
      if (typeof o['select'] !== 'string') tree.all = true;
    } else addObject(tree, o);
  }
  return tree;
}

function addPaths(tree: LoadTree, paths: string[], expand = false): void {
  for (const path of paths) {
    const parts = path
      .trim()
      .split('/')
      .map((part) => part.trim())
      .filter(Boolean);
    if (parts.length) addPath(tree, parts, expand);
  }
}

function addPath(tree: LoadTree, [head, ...rest]: string[], expand: boolean): void {
  if (head === undefined) return;
  if (!rest.length && !expand) {
    tree.props.add(head);
    return;
  }
  let child = tree.navs.get(head);
  if (!child) tree.navs.set(head, (child = emptyTree()));
  if (rest.length) addPath(child, rest, expand);
  else child.all = true;
}

function addObject(tree: LoadTree, o: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(o)) {
    if (key.startsWith('$')) {
      if (key === '$all' && value) tree.all = true;
      continue;
    }
    if (value === true) tree.props.add(key);
    else if (value && typeof value === 'object') {
      let child = tree.navs.get(key);
      if (!child) tree.navs.set(key, (child = emptyTree()));
      addObject(child, value as Record<string, unknown>);
      if (!child.props.size && !child.navs.size) child.all = true;
    }
  }
}

/** A collection's tree for its items: 'items/x' and plain 'x' both mean the items' x. */
export function itemTree(tree: LoadTree): LoadTree {
  if (tree.all || tree.props.has('items')) {
    const all = emptyTree(true);
    const nested = tree.navs.get('items');
    if (nested) nested.navs.forEach((v, k) => all.navs.set(k, v));
    return all;
  }
  const items = emptyTree();
  const nested = tree.navs.get('items');
  if (nested) {
    items.all = nested.all;
    nested.props.forEach((p) => items.props.add(p));
    nested.navs.forEach((v, k) => items.navs.set(k, v));
  }
  tree.props.forEach((p) => items.props.add(p));
  tree.navs.forEach((v, k) => {
    if (k !== 'items') items.navs.set(k, v);
  });
  if (!items.props.size && !items.navs.size) items.all = true;
  return items;
}
