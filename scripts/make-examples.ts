/**
 * Rebuilds the example workbooks in examples/ from the bundled pack and the figures in scripts/data/:
 * the Kon Tum report and the clean district, and in examples/units/ the 15 units of a synthetic province,
 * each checked and stamped, from which `kiembieu consolidate` builds the province's workbook; in
 * examples/units-2016/ the same units a year earlier, and in examples/units-planted/ the 2017 units with
 * three unusual figures planted (scripts/data/planted-units.ts), for the screens of `kiembieu check`.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import type { UnitIdentity, Values } from '../src/engine/index.js';
import { defaultPackDir } from '../src/node/defaultPackDir.js';
import { loadPackDir } from '../src/node/loadPackDir.js';
import { loadWorkbook } from '../src/xlsx/loadWorkbook.js';
import { toBytes } from '../src/xlsx/toBytes.js';
import { writeIdentity } from '../src/xlsx/writeIdentity.js';
import { writeTemplate } from '../src/xlsx/writeTemplate.js';
import { putValues } from '../src/xlsx/writeValues.js';
import cleanDistrict from './data/clean-district.js';
import konTum from './data/kon-tum-2017.js';
import { plantedUnits } from './data/planted-units.js';
import { provinceUnits, type SyntheticUnit } from './data/province-units.js';
import { unitWorkbook } from './unitWorkbook.js';

const examples: Record<string, { values: Values; identity: Partial<UnitIdentity> }> = {
  'kon-tum-2017': { values: konTum, identity: { name: 'Đảng bộ tỉnh Kon Tum', code: 'KT' } },
  'clean-district': { values: cleanDistrict, identity: { name: 'Đảng bộ huyện Đăk Hà (số liệu giả định)', code: 'DH' } },
};

const pack = await loadPackDir(defaultPackDir);
const template = await writeTemplate(pack.pack);
for (const [name, { values, identity }] of Object.entries(examples)) {
  const workbook = await loadWorkbook(template, `${name}.xlsx`);
  putValues(workbook, pack, values);
  writeIdentity(workbook, identity);
  await writeFile(new URL(`../examples/${name}.xlsx`, import.meta.url), await toBytes(workbook));
  console.log(`examples/${name}.xlsx`);
}

const folders: Record<string, SyntheticUnit[]> = { units: provinceUnits(), 'units-2016': provinceUnits(2016), 'units-planted': plantedUnits() };
for (const [folder, list] of Object.entries(folders)) {
  const dir = new URL(`../examples/${folder}/`, import.meta.url);
  await mkdir(dir, { recursive: true });
  for (const old of await readdir(dir)) if (old.endsWith('.xlsx')) await rm(new URL(old, dir));
  for (const unit of list) {
    await writeFile(new URL(unit.file, dir), await unitWorkbook(pack, template, unit, folder === 'units-planted'));
    console.log(`examples/${folder}/${unit.file}`);
  }
}
