/**
 * Whether a file is a report that `kiembieu check --report` wrote, told without opening it as a workbook:
 * made by kiembieu (the `creator` property) and holding exactly the report's two sheets (summary and
 * findings, in either language). A unit's workbook made from the template is made by kiembieu too, but
 * holds the pack's sheets and the hidden `_kiembieu` sheet; a workbook a unit made itself is not made by
 * kiembieu. Excel keeps both the creator and the sheet names when it saves the report again.
 */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { BATCH_SHEETS } from '../engine/index.js';

/** The `creator` the template and the report workbooks are written with. */
const CREATOR = 'kiembieu';
const SHEET_NAME = /<(?:\w+:)?sheet\s[^>]*?\bname="([^"]*)"/g;

export async function isBatchReportBytes(bytes: Uint8Array): Promise<boolean> {
  const zip = await JSZip.loadAsync(bytes).catch(() => undefined);
  const core = await entryText(zip, 'docProps/core.xml');
  const creator = core && /<dc:creator>([^<]*)<\/dc:creator>/.exec(core)?.[1];
  if (creator === undefined || unescapeXml(creator).trim() !== CREATOR) return false;
  const workbook = await entryText(zip, 'xl/workbook.xml');
  if (!workbook) return false;
  const names = [...workbook.matchAll(SHEET_NAME)].map((m) => unescapeXml(m[1]!).normalize('NFC'));
  return (['vi', 'en'] as const).some(
    (lang) => names.length === 2 && names[0] === BATCH_SHEETS.summary[lang] && names[1] === BATCH_SHEETS.findings[lang],
  );
}

/** False as well when the file cannot be read: it is then no report to leave out or to overwrite. */
export async function isBatchReport(path: string): Promise<boolean> {
  const bytes = await readFile(path).catch(() => undefined);
  return bytes !== undefined && (await isBatchReportBytes(bytes));
}

/** An entry's text; undefined when the zip lacks it or its data is spoiled. */
async function entryText(zip: JSZip | undefined, name: string): Promise<string | undefined> {
  return zip
    ?.file(name)
    ?.async('string')
    .catch(() => undefined);
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  return s.replace(
    /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi,
    (_, hex: string, dec: string, named: string) =>
      hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : dec
          ? String.fromCodePoint(Number(dec))
          : ENTITIES[named.toLowerCase()]!,
  );
}
