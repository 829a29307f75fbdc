/**
 * Rebuilds the example workbooks in examples/ from the bundled pack and the figures in scripts/data/:
 * the Kon Tum report and the clean district, and in examples/units/ the 15 units of a synthetic province,
 * each checked and stamped, from which `kiembieu consolidate` builds the province's workbook; in
 * examples/units-2016/ the same units a year earlier, and in examples/units-planted/ the 2017 units with
 * three unusual figures planted (scripts/data/planted-units.ts), for the screens of `kiembieu check`.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { UnitIdentity, Values } from '../src/engine/index.js';
import { defaultPackDir } from '../src/node/defaultPackDir.js';
import { loadPackDir } from '../src/node/loadPackDir.js';
import { loadWorkbook } from '../src/xlsx/loadWorkbook.js';
import { writeIdentity } from '../src/xlsx/writeIdentity.js';
import { writeTemplate } from '../src/xlsx/writeTemplate.js';
import { putValues } from '../src/xlsx/writeValues.js';
import cleanDistrict from './data/clean-district.js';
import konTum from './data/kon-tum-2017.js';
import { plantedUnits } from './data/planted-units.js';
import { provinceUnits, type SyntheticUnit } from './data/province-units.js';
import { exampleBytes } from './exampleBytes.js';
import { unitWorkbook } from './unitWorkbook.js';

const examples: Record<string, { values: Values; identity: Partial<UnitIdentity> }> = {
  'kon-tum-2017': { values: konTum, identity: { name: 'Đảng bộ tỉnh Kon Tum', code: 'KT' } },
  'clean-district': {
    values: cleanDistrict,
    identity: { name: 'Đảng bộ huyện Đăk Hà (số liệu giả định)', code: 'DH' },
  },
};

/** Writes every example into `dir` (examples/, or a folder to compare with it); returns their paths in it. */
export async function makeExamples(dir: string): Promise<string[]> {
  const pack = await loadPackDir(defaultPackDir);
  const template = await writeTemplate(pack.pack);
  const written: string[] = [];
  for (const [name, { values, identity }] of Object.entries(examples)) {
    const workbook = await loadWorkbook(template, `${name}.xlsx`);
    putValues(workbook, pack, values);
    writeIdentity(workbook, identity);
    await writeFile(join(dir, `${name}.xlsx`), await exampleBytes(workbook));
    written.push(`${name}.xlsx`);
  }
  const folders: Record<string, SyntheticUnit[]> = {
    units: provinceUnits(),
    'units-2016': provinceUnits(2016),
    'units-planted': plantedUnits(),
  };
  for (const [folder, list] of Object.entries(folders)) {
    const units = join(dir, folder);
    await mkdir(units, { recursive: true });
    for (const old of await readdir(units)) if (old.endsWith('.xlsx')) await rm(join(units, old));
    for (const unit of list) {
      await writeFile(join(units, unit.file), await unitWorkbook(pack, template, unit, folder === 'units-planted'));
      written.push(`${folder}/${unit.file}`);
    }
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const file of await makeExamples(fileURLToPath(new URL('../examples/', import.meta.url)))) {
    console.log(`examples/${file}`);
  }
}
