/**
 * manifest.xml, checked offline: valid against Microsoft's add-in manifest XSDs (copied beside this test in
 * xsd/, see its README), and right where the XSDs cannot tell: https only, Excel only, ExcelApi 1.13, an en-US
 * text for every Vietnamese one, resids that resolve, icons that exist at size.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateXML, type XMLFileInfo, type XMLValidationResult } from 'xmllint-wasm';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCHEMA_DIR = fileURLToPath(new URL('./xsd/', import.meta.url));
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';
const ASSETS_DIR = join(REPO_ROOT, 'taskpane', 'assets');

const manifest = await readFile(join(REPO_ROOT, 'manifest.xml'), 'utf8');
const schemas = await loadSchemas();

// ---- validating ----

async function loadSchemas(): Promise<{ main: XMLFileInfo; imported: XMLFileInfo[] }> {
  const names = (await readdir(SCHEMA_DIR)).filter((name) => name.endsWith('.xsd'));
  const files = await Promise.all(
    names.map(async (fileName) => ({ fileName, contents: await readFile(join(SCHEMA_DIR, fileName), 'utf8') })),
  );
  const main = files.find((file) => file.fileName === MAIN_SCHEMA);
  if (!main) throw new Error(`${MAIN_SCHEMA} is missing from ${SCHEMA_DIR}`);
  return { main, imported: files.filter((file) => file !== main) };
}

/** The main schema imports the others by file name, so they are preloaded beside it. */
function validate(xml: string): Promise<XMLValidationResult> {
  return validateXML({
    xml: { fileName: 'manifest.xml', contents: xml },
    schema: schemas.main,
    preload: schemas.imported,
  });
}

function errorsOf(result: XMLValidationResult): string {
  return result.errors.map((error) => error.rawMessage).join('\n');
}

// ---- reading the XML (regular expressions suffice for this one known, comment-free file) ----

interface Element {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly content: string;
}

/** Every <name …/> or <name …>…</name>; an element of that name must not nest inside another. */
function elements(xml: string, name: string): Element[] {
  const pattern = new RegExp(`<${name}(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</${name}>)`, 'g');
  return [...xml.matchAll(pattern)].map((match) => ({
    name,
    attributes: attributesOf(match[1] ?? ''),
    content: match[2] ?? '',
  }));
}

function attributesOf(tag: string): Record<string, string> {
  return Object.fromEntries([...tag.matchAll(/([\w:.-]+)="([^"]*)"/g)].map((match) => [match[1], match[2]]));
}

function only(xml: string, name: string): Element {
  const found = elements(xml, name);
  expect(found, `one <${name}>`).toHaveLength(1);
  return found[0]!;
}

/** The manifest without its VersionOverrides, and the VersionOverrides (add-in commands) alone. */
function split(xml: string): { outer: string; overrides: string } {
  const overrides = only(xml, 'VersionOverrides').content;
  return { outer: xml.replace(/<VersionOverrides[\s\S]*<\/VersionOverrides>/, ''), overrides };
}

function overridesOf(element: Element): Element[] {
  return [...elements(element.content, 'Override'), ...elements(element.content, 'bt:Override')];
}

// ---- what the schema cannot check ----

const URL_ELEMENTS = ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation', 'bt:Image', 'bt:Url'];

/** Every URL the manifest holds: default values, their locale overrides, and the app domains. */
function urlsOf(xml: string): string[] {
  const settings = URL_ELEMENTS.flatMap((name) => elements(xml, name));
  const values = settings.flatMap((setting) => [
    setting.attributes.DefaultValue,
    ...overridesOf(setting).map((override) => override.attributes.Value),
  ]);
  const domains = elements(xml, 'AppDomain').map((domain) => domain.content.trim());
  return [...values, ...domains].filter((value): value is string => value !== undefined);
}

function isHttps(url: string): boolean {
  return URL.canParse(url) && new URL(url).protocol === 'https:';
}

function notHttps(xml: string): string[] {
  return urlsOf(xml).filter((url) => !isHttps(url));
}

/** Locale-aware texts, named by element (and resource id), with the locales they are overridden for. */
function localizedTexts(xml: string): { name: string; locales: string[] }[] {
  const { outer, overrides } = split(xml);
  const texts = [
    ...elements(outer, 'DisplayName'),
    ...elements(outer, 'Description'),
    ...elements(overrides, 'bt:String'),
  ];
  return texts.map((text) => ({
    name: text.attributes.id ? `${text.name} ${text.attributes.id}` : text.name,
    locales: overridesOf(text).map((override) => override.attributes.Locale ?? ''),
  }));
}

/** Which resource collection a resid must come from, by the element that refers to it. */
const RESOURCE_KIND: Readonly<Record<string, string>> = {
  'bt:Image': 'bt:Images',
  FunctionFile: 'bt:Urls',
  SourceLocation: 'bt:Urls',
  Label: 'bt:ShortStrings',
  Title: 'bt:ShortStrings',
  Description: 'bt:LongStrings',
};

function resourceIds(overrides: string, collection: string): string[] {
  const resources = only(overrides, 'Resources').content;
  return elements(resources, collection).flatMap((found) =>
    [...found.content.matchAll(/\bid="([^"]+)"/g)].map((match) => match[1]!),
  );
}

/** "<element> → <resid>" for every reference that does not name a resource of the right kind. */
function unresolvedResids(xml: string): string[] {
  const { overrides } = split(xml);
  const references = [...overrides.matchAll(/<([\w:]+)[^>]*?\bresid="([^"]+)"/g)];
  expect(references.length).toBeGreaterThan(0);
  return references
    .filter(([, element, resid]) => !resourceIds(overrides, RESOURCE_KIND[element!] ?? '?').includes(resid!))
    .map(([, element, resid]) => `${element} → ${resid}`);
}

/** Every icon URL with the pixel size it must have: IconUrl 32, HighResolutionIconUrl 64, ribbon icons as sized. */
function iconsOf(xml: string): { url: string; size: number }[] {
  const { outer, overrides } = split(xml);
  const images = new Map(elements(overrides, 'bt:Image').map((image) => [image.attributes.id, image.attributes]));
  const ribbon = elements(overrides, 'Icon').flatMap((icon) =>
    elements(icon.content, 'bt:Image').map(({ attributes }) => ({
      url: images.get(attributes.resid)?.DefaultValue ?? `(no bt:Image ${attributes.resid})`,
      size: Number(attributes.size),
    })),
  );
  return [
    { url: only(outer, 'IconUrl').attributes.DefaultValue ?? '', size: 32 },
    { url: only(outer, 'HighResolutionIconUrl').attributes.DefaultValue ?? '', size: 64 },
    ...ribbon,
  ];
}

/** Width and height from a PNG's IHDR chunk, which must come first. */
async function pngSize(path: string): Promise<[number, number]> {
  const png = await readFile(path);
  expect(png.subarray(0, 8).toString('hex'), `${path} is a PNG`).toBe('89504e470d0a1a0a');
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

// ---- tests ----

describe('manifest.xml against the XSDs', () => {
  it('is valid', async () => {
    const result = await validate(manifest);
    expect(errorsOf(result)).toBe('');
    expect(result.valid).toBe(true);
  });

  it('the validator rejects a manifest without its <Id>', async () => {
    const result = await validate(manifest.replace(/<Id>[^<]*<\/Id>/, ''));
    expect(result.valid).toBe(false);
    expect(errorsOf(result)).toMatch(/Expected is .*\bId\b/);
  });

  it('the validator rejects an element it does not know', async () => {
    const result = await validate(manifest.replace('</Permissions>', '</Permissions>\n  <Unknown/>'));
    expect(result.valid).toBe(false);
    expect(errorsOf(result)).toMatch(/Unknown.*not expected/);
  });
});

describe('manifest.xml beyond the XSDs', () => {
  const { outer, overrides } = split(manifest);

  it('uses https for every URL', () => {
    expect(urlsOf(manifest)).toHaveLength(manifest.split('https://').length - 1);
    expect(notHttps(manifest)).toEqual([]);
  });

  it('the https check catches an http URL', () => {
    const insecure = manifest.replace('https://localhost:3000/help.html', 'http://localhost:3000/help.html');
    expect(notHttps(insecure)).toEqual(['http://localhost:3000/help.html']);
    expect(notHttps(manifest.replaceAll('https://', 'http://'))).toHaveLength(urlsOf(manifest).length);
  });

  it('runs in Excel only', () => {
    expect(elements(outer, 'Host').map((host) => host.attributes)).toEqual([{ Name: 'Workbook' }]);
    expect(elements(overrides, 'Host').map((host) => host.attributes['xsi:type'])).toEqual(['Workbook']);
  });

  it('requires ExcelApi 1.13, for the add-in and for its commands', () => {
    const excelApi = { Name: 'ExcelApi', MinVersion: '1.13' };
    expect(elements(outer, 'Set').map((set) => set.attributes)).toEqual([excelApi]);
    expect(elements(overrides, 'bt:Set').map((set) => set.attributes)).toEqual([excelApi]);
  });

  it('speaks Vietnamese by default and English for en-US, in every text', () => {
    expect(only(outer, 'DefaultLocale').content).toBe('vi-VN');
    const texts = localizedTexts(manifest);
    expect(texts.length).toBeGreaterThanOrEqual(5);
    expect(texts.filter((text) => !text.locales.includes('en-US')).map((text) => text.name)).toEqual([]);
  });

  it('resolves every resid to a resource of the right kind', () => {
    expect(unresolvedResids(manifest)).toEqual([]);
  });

  it('opens the same page from the ribbon as by default', () => {
    const page = only(only(outer, 'DefaultSettings').content, 'SourceLocation').attributes.DefaultValue;
    const pageId = only(overrides, 'Action').content.match(/<SourceLocation resid="([^"]+)"/)?.[1];
    const urls = elements(overrides, 'bt:Url');
    expect(urls.find((url) => url.attributes.id === pageId)?.attributes.DefaultValue).toBe(page);
    expect(only(overrides, 'FunctionFile').attributes.resid).toBe(pageId);
  });

  it('points at icons that exist in taskpane/assets at their size', async () => {
    const icons = iconsOf(manifest);
    expect(icons.map((icon) => icon.size).sort((a, b) => a - b)).toEqual([16, 16, 32, 32, 32, 64, 80, 80]);
    for (const { url, size } of icons) {
      expect(url).toMatch(/^https:\/\/localhost:3000\/assets\/[\w.-]+\.png$/);
      expect(await pngSize(join(ASSETS_DIR, basename(new URL(url).pathname))), url).toEqual([size, size]);
    }
  });
});
