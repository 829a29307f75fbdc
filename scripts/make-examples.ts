/** Rebuilds the example workbooks in examples/ from the bundled pack and the figures in scripts/data/. */
import { writeFile } from 'node:fs/promises';
import { defaultPackDir } from '../src/node/defaultPackDir.js';
import { loadPackDir } from '../src/node/loadPackDir.js';
import { writeTemplate } from '../src/xlsx/writeTemplate.js';
import { writeValues } from '../src/xlsx/writeValues.js';
import cleanDistrict from './data/clean-district.js';
import konTum from './data/kon-tum-2017.js';

const examples = { 'kon-tum-2017': konTum, 'clean-district': cleanDistrict };

const pack = await loadPackDir(defaultPackDir);
const template = await writeTemplate(pack.pack);
for (const [name, values] of Object.entries(examples)) {
  const path = new URL(`../examples/${name}.xlsx`, import.meta.url);
  await writeFile(path, await writeValues(template, pack, values));
  console.log(`examples/${name}.xlsx`);
}
