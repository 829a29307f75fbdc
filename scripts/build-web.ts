/**
 * Builds the task pane into dist-web/: the page, its bundle (exceljs in a chunk loaded only when a file
 * is read or written), the icons, the manifest and the blank templates, then prints what a user loads.
 */
import { build, type Metafile, type Plugin } from 'esbuild';
import ExcelJS from 'exceljs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { META_SHEET, assemblePack, type Lang, type Pack, type PackFile } from '../src/engine/index.js';
import { defaultPackDir } from '../src/node/defaultPackDir.js';
import { readPackFiles } from '../src/node/loadPackDir.js';
import type { TemplateFile } from '../src/office/insertTemplate.js';
import { writeTemplate } from '../src/xlsx/writeTemplate.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DEV_BASE_URL = 'https://localhost:3000/';

export interface WebBuild {
  outDir: string;
  /** Bytes, raw and gzipped, of what the page loads before any file is opened. */
  initial: { bytes: number; gzip: number };
  files: { file: string; bytes: number; gzip: number; lazy: boolean }[];
  mathjs: number;
  exceljs: number;
}

export async function buildWeb(outDir = join(ROOT, 'dist-web'), baseUrl = DEV_BASE_URL): Promise<WebBuild> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(join(outDir, 'templates'), { recursive: true });
  const packFiles = await readPackFiles(defaultPackDir);
  const { metafile } = await build({
    entryPoints: {
      taskpane: join(ROOT, 'taskpane/src/main.ts'),
      'suspects-worker': join(ROOT, 'taskpane/src/suspectsWorker.ts'),
    },
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    metafile: true,
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'none',
    plugins: [packPlugin(packFiles)],
    logLevel: 'warning',
  });
  for (const f of ['taskpane.html', 'taskpane.css', 'help.html', 'assets'])
    await cp(join(ROOT, 'taskpane', f), join(outDir, f), { recursive: true });
  const manifest = await readFile(join(ROOT, 'manifest.xml'), 'utf8');
  await writeFile(join(outDir, 'manifest.xml'), manifest.replaceAll(DEV_BASE_URL, baseUrl));
  await writeTemplates(assemblePack(packFiles).pack, join(outDir, 'templates'));
  return summarize(outDir, metafile);
}

/** `import pack from 'kiembieu:pack'`: the pack, checked here so the page needs no schema library. */
function packPlugin(files: PackFile[]): Plugin {
  const pack = assemblePack(files).pack;
  return {
    name: 'kiembieu-pack',
    setup(b) {
      b.onResolve({ filter: /^kiembieu:pack$/ }, (args) => ({ path: args.path, namespace: 'kiembieu-pack' }));
      b.onLoad({ filter: /.*/, namespace: 'kiembieu-pack' }, () => ({
        contents: JSON.stringify(pack),
        loader: 'json',
      }));
    },
  };
}

/** Per language: the blank workbook to download, and what the add-in needs to insert its sheets. */
async function writeTemplates(pack: Pack, dir: string): Promise<void> {
  for (const lang of ['vi', 'en'] as Lang[]) {
    const bytes = await writeTemplate(pack, lang);
    const stem = `${pack.id}-${pack.version}.${lang}`;
    await writeFile(join(dir, `${stem}.xlsx`), bytes);
    await writeFile(join(dir, `${stem}.json`), JSON.stringify(await templateFile(bytes)));
  }
}

async function templateFile(bytes: Uint8Array): Promise<TemplateFile> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const meta: [string, string][] = [];
  workbook
    .getWorksheet(META_SHEET)
    ?.eachRow((row) => meta.push([String(row.getCell(1).value), String(row.getCell(2).value ?? '')]));
  return {
    base64: Buffer.from(bytes).toString('base64'),
    sheetNames: workbook.worksheets.filter((w) => w.name !== META_SHEET).map((w) => w.name),
    names: workbook.definedNames.model.flatMap(({ name, ranges }) =>
      ranges.length === 1 ? [{ name, ref: ranges[0]! }] : [],
    ),
    meta,
  };
}

async function summarize(outDir: string, metafile: Metafile): Promise<WebBuild> {
  const entry = Object.keys(metafile.outputs).find((f) => basename(f) === 'taskpane.js')!;
  const eager = new Set<string>();
  const visit = (f: string) => {
    if (eager.has(f)) return;
    eager.add(f);
    metafile.outputs[f]!.imports.filter((i) => i.kind === 'import-statement').forEach((i) => visit(i.path));
  };
  visit(entry);
  const files = await Promise.all(
    Object.keys(metafile.outputs)
      .filter((f) => f.endsWith('.js'))
      .map(async (file) => {
        const data = await readFile(file);
        return {
          file: file.slice(file.indexOf(basename(outDir)) + basename(outDir).length + 1),
          bytes: data.length,
          gzip: gzipSync(data).length,
          lazy: !eager.has(file),
        };
      }),
  );
  const html = await readFile(join(outDir, 'taskpane.html'));
  const css = await readFile(join(outDir, 'taskpane.css'));
  const initialFiles = files.filter((f) => !f.lazy);
  const initial = {
    bytes: initialFiles.reduce((n, f) => n + f.bytes, html.length + css.length),
    gzip: initialFiles.reduce((n, f) => n + f.gzip, gzipSync(html).length + gzipSync(css).length),
  };
  const share = (pkg: string) =>
    Object.values(metafile.outputs).reduce(
      (n, o) =>
        n +
        Object.entries(o.inputs).reduce(
          (m, [path, i]) => m + (path.includes(`node_modules/${pkg}/`) ? i.bytesInOutput : 0),
          0,
        ),
      0,
    );
  return { outDir, initial, files, mathjs: share('mathjs'), exceljs: share('exceljs') };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function describeBuild(b: WebBuild): string {
  const sum = (files: WebBuild['files']) => ({
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    gzip: files.reduce((n, f) => n + f.gzip, 0),
  });
  const size = (s: { bytes: number; gzip: number }) => `${kb(s.bytes).padStart(10)}  ${kb(s.gzip).padStart(9)} gzip`;
  const lazy = b.files.filter((f) => f.lazy);
  const big = lazy.filter((f) => f.bytes >= 10 * 1024);
  return [
    `Task pane built in ${b.outDir}`,
    `  ${'on opening the pane (page, styles, script)'.padEnd(62)} ${size(b.initial)}`,
    ...big.map((f) => `  ${`${f.file}, when a file is read or written`.padEnd(62)} ${size(f)}`),
    `  ${`${lazy.length - big.length} small chunks, when needed`.padEnd(62)} ` +
      `${size(sum(lazy.filter((f) => !big.includes(f))))}`,
    `  mathjs in the bundle: ${kb(b.mathjs)} (its expression parser only); ` +
      `exceljs: ${kb(b.exceljs)}, loaded only with a file.`,
    `  office.js comes from Microsoft's CDN, as Office add-ins require.`,
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--base-url');
  const base = at > 0 ? process.argv[at + 1] : undefined;
  if (at > 0 && !base?.startsWith('https://')) {
    console.error('--base-url must be an https:// address ending in /, where dist-web/ will be served.');
    process.exit(2);
  }
  console.log(describeBuild(await buildWeb(undefined, base?.endsWith('/') ? base : base && `${base}/`)));
}
