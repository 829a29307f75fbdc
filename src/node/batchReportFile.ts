/**
 * Whether a file is a report that `kiembieu check --report` wrote, told without opening it as a workbook:
 * made by kiembieu (the `creator` property) and holding exactly the report's two sheets (summary and
 * findings, in either language). A unit's workbook made from the template is made by kiembieu too, but
 * holds the pack's sheets and the hidden `_kiembieu` sheet; a workbook a unit made itself is not made by
 * kiembieu. Excel keeps both the creator and the sheet names when it saves the report again.
 */
import { BATCH_SHEETS } from '../engine/index.js';
import { LIMITS } from '../xlsx/reader/limits.js';
import { ZipArchive } from '../xlsx/reader/zipArchive.js';
import { readRegularFile } from './readRegularFile.js';

/** The `creator` the template and the report workbooks are written with. */
const CREATOR = 'kiembieu';
const SHEET_NAME = /<(?:\w+:)?sheet\s[^>]*?\bname="([^"]*)"/g;

export async function isBatchReportBytes(bytes: Uint8Array): Promise<boolean> {
  const zip = archive(bytes);
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

/**
 * False as well when the file cannot be read, or is no regular file: it is then no report to leave out or to overwrite.
 */
export async function isBatchReport(path: string): Promise<boolean> {
  const bytes = await readRegularFile(path, LIMITS.fileBytes).catch(() => undefined);
  return bytes !== undefined && (await isBatchReportBytes(bytes));
}

/** The zip, read under the values reader's limits: a report is peeked at without trusting it. */
function archive(bytes: Uint8Array): ZipArchive | undefined {
  try {
    return ZipArchive.open(bytes, '');
  } catch {
    return undefined;
  }
}

/** An entry's text; undefined when the zip lacks it, or its data is spoiled or too large. */
async function entryText(zip: ZipArchive | undefined, name: string): Promise<string | undefined> {
  if (!zip?.has(name)) return undefined;
  let text = '';
  try {
    zip.readText(name, (piece) => (text += piece));
  } catch {
    return undefined;
  }
  return text;
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
