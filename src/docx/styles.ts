/** Heading styles of a .docx: a style's outline level (its own or its parent's), and any numbering it carries. */
import { child, elements, type XmlElement } from './xmlTree.js';

export interface Styles {
  /** Style id → heading level 1, 2 … */
  level: Map<string, number>;
  /** Style id → its w:numPr, for headings numbered by their style. */
  numPr: Map<string, XmlElement>;
}

export function headingStyles(root: XmlElement | undefined): Styles {
  const level = new Map<string, number>();
  const numPr = new Map<string, XmlElement>();
  const parent = new Map<string, string>();
  for (const s of root ? elements(root, 'w:style') : []) {
    const id = s.attrs['w:styleId'];
    if (!id) continue;
    const pPr = child(s, 'w:pPr');
    const outline = child(pPr, 'w:outlineLvl')?.attrs['w:val'];
    const named = /^heading (\d)$/i.exec(child(s, 'w:name')?.attrs['w:val'] ?? '');
    if (outline !== undefined && Number(outline) < 9) level.set(id, Number(outline) + 1);
    else if (named) level.set(id, Number(named[1]));
    const num = child(pPr, 'w:numPr');
    if (num) numPr.set(id, num);
    const based = child(s, 'w:basedOn')?.attrs['w:val'];
    if (based) parent.set(id, based);
  }
  for (const [id, base] of parent) if (!level.has(id) && level.has(base)) level.set(id, level.get(base)!);
  return { level, numPr };
}
