/** Bundles the simulator (exceljs's browser build included) into one script for a page. */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('./index.ts', import.meta.url));

/** The simulator as the text of one classic script (IIFE); give it to page.route or page.addScriptTag. */
export async function buildOfficeSim(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    logLevel: 'silent',
    legalComments: 'none',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no office.js simulator bundle');
  return output.text;
}
