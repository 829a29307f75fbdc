/**
 * XML parsed by saxes into a small tree: names as written ("w:p"), attributes, text and children in order.
 * saxes expands only XML's own five entities and reads no external ones, so a hostile part cannot grow.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const root: XmlElement = { name: '', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let failure: Error | undefined;
  parser.on('error', (e) => (failure ??= e));
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [] };
    stack[stack.length - 1]!.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (text) => void stack[stack.length - 1]!.children.push(text));
  parser.on('cdata', (text) => void stack[stack.length - 1]!.children.push(text));
  parser.write(xml).close();
  if (failure) throw failure;
  const top = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!top) throw new Error('no root element');
  return top;
}

export function elements(e: XmlElement, name?: string): XmlElement[] {
  return e.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

export function child(e: XmlElement | undefined, name: string): XmlElement | undefined {
  return e && elements(e, name)[0];
}

/** Elements named `name` anywhere below e, in document order. */
export function descendants(e: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of elements(e)) {
    if (c.name === name) out.push(c);
    out.push(...descendants(c, name));
  }
  return out;
}

export function textOf(e: XmlElement): string {
  return e.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
