/**
 * Builds the command line into dist/cli/: one bundle with its packages inside (mathjs's parser only, not its
 * every function), minified, each command in a chunk of its own loaded when that command runs. A process then
 * reads a few files instead of hundreds of modules. (`--help` still loads the engine's chunk: esbuild splits
 * by file, and the engine's index re-exports every file.)
 */
import { build, type Metafile } from 'esbuild';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The packages are CommonJS: they call require, which an ES module has to be given. */
const REQUIRE =
  "import { createRequire as kiembieuRequire } from 'node:module';\n" +
  'const require = kiembieuRequire(import.meta.url);';

/** Writes `<outDir>/cli/main.js` and its chunks (chunks beside it: the bundled pack is found from there). */
export async function buildCli(outDir = join(ROOT, 'dist')): Promise<Metafile> {
  const dir = join(outDir, 'cli');
  await rm(dir, { recursive: true, force: true });
  const { metafile } = await build({
    entryPoints: { main: join(ROOT, 'src/cli/main.ts') },
    outdir: dir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    metafile: true,
    chunkNames: '[name]-[hash]',
    legalComments: 'none',
    banner: { js: REQUIRE },
    logLevel: 'warning',
  });
  return metafile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
