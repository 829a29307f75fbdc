/** The parts of an example workbook, to change as a hostile or an unlucky writer would, and zip again. */
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export type Parts = Record<string, Uint8Array>;

export function partsOf(file: string): Parts {
  return unzipSync(readFileSync(file));
}

export function zipOf(parts: Parts): Uint8Array {
  return zipSync(parts, { level: 1 });
}

export function text(parts: Parts, name: string): string {
  return strFromU8(parts[name]!);
}

/** A copy of the parts with `name` changed by `change`. */
export function edit(parts: Parts, name: string, change: (xml: string) => string): Parts {
  return { ...parts, [name]: strToU8(change(text(parts, name))) };
}

/** The sheet part of a sheet name, as the examples are written (sheetN in workbook order). */
export function sheetPart(parts: Parts, sheetName: string): string {
  const names = [...text(parts, 'xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]);
  const i = names.indexOf(sheetName);
  if (i < 0) throw new Error(`no sheet ${sheetName}`);
  return `xl/worksheets/sheet${i + 1}.xml`;
}

/** Renames a sheet as Excel does: its name in the workbook part and in every defined name pointing at it. */
export function renameSheet(parts: Parts, from: string, to: string): Parts {
  return edit(parts, 'xl/workbook.xml', (xml) =>
    xml.replaceAll(`name="${from}"`, `name="${to}"`).replaceAll(`&apos;${from}&apos;!`, `${to}!`),
  );
}

/** Puts SpreadsheetML under the prefix x (as the .NET Open XML SDK writes) in the workbook, sheets and shared strings. */
export function prefixed(parts: Parts): Parts {
  let out = parts;
  for (const name of Object.keys(parts).filter((n) =>
    /^xl\/(workbook|sharedStrings|worksheets\/sheet\d+)\.xml$/.test(n),
  )) {
    out = edit(out, name, (xml) =>
      xml
        .replace(
          'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
          'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
        )
        .replace(/<(\/?)([A-Za-z][\w.]*)(?=[\s/>])/g, '<$1x:$2'),
    );
  }
  return out;
}

/** Leaves out every `r` a reader can do without: a row right after the one before, a cell right after its neighbour. */
export function withoutR(xml: string): string {
  let row = 0;
  let col = 0;
  return xml.replace(/<(row|c) r="([A-Z]*)(\d+)"/g, (all, tag: string, letters: string, digits: string) => {
    if (tag === 'row') {
      const next = Number(digits) === row + 1;
      [row, col] = [Number(digits), 0];
      return next ? '<row' : all;
    }
    const c = [...letters].reduce((n, l) => n * 26 + l.charCodeAt(0) - 64, 0);
    const next = c === col + 1 && Number(digits) === row;
    col = c;
    return next ? '<c' : all;
  });
}
