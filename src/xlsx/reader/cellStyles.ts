/** The number format of each cell style (the `s` of a cell), by its format code. */
import { attr, isMain, readPart } from './xmlPart.js';
import type { ZipArchive } from './zipArchive.js';

/** Formats Excel knows by number without writing them down, as exceljs names them. */
const BUILT_IN = new Map<number, string>([
  [0, 'General'],
  [1, '0'],
  [2, '0.00'],
  [3, '#,##0'],
  [4, '#,##0.00'],
  [9, '0%'],
  [10, '0.00%'],
  [11, '0.00E+00'],
  [12, '# ?/?'],
  [13, '# ??/??'],
  [14, 'mm-dd-yy'],
  [15, 'd-mmm-yy'],
  [16, 'd-mmm'],
  [17, 'mmm-yy'],
  [18, 'h:mm AM/PM'],
  [19, 'h:mm:ss AM/PM'],
  [20, 'h:mm'],
  [21, 'h:mm:ss'],
  [22, 'm/d/yy "h":mm'],
  [37, '#,##0 ;(#,##0)'],
  [38, '#,##0 ;[Red](#,##0)'],
  [39, '#,##0.00 ;(#,##0.00)'],
  [40, '#,##0.00 ;[Red](#,##0.00)'],
  [45, 'mm:ss'],
  [46, '[h]:mm:ss'],
  [47, 'mmss.0'],
  [48, '##0.0E+0'],
  [49, '@'],
]);

/** numFmt of each cellXfs entry in order; undefined where the format is unknown. */
export function cellStyles(archive: ZipArchive, part: string | undefined, file: string): (string | undefined)[] {
  const styles: (string | undefined)[] = [];
  if (part === undefined) return styles;
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  readPart(archive, part, file, {
    open(tag) {
      if (isMain(tag, 'numFmt')) custom.set(Number(attr(tag, 'numFmtId')), attr(tag, 'formatCode') ?? '');
      else if (isMain(tag, 'cellXfs')) inCellXfs = true;
      else if (inCellXfs && isMain(tag, 'xf')) ids.push(Number(attr(tag, 'numFmtId') ?? 0));
    },
    close(tag) {
      if (isMain(tag, 'cellXfs')) inCellXfs = false;
    },
    text() {},
  });
  for (const id of ids) styles.push(custom.get(id) ?? BUILT_IN.get(id));
  return styles;
}
