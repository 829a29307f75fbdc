import { problemOf } from '../../src/engine/localise/problem.js';
import { clusters } from '../../src/engine/localise/clusters.js';
import { minimalSets } from '../../src/engine/localise/minimalSets.js';
import { suggestSet } from '../../src/engine/localise/suggestSet.js';
import { defaultPackDir } from '../../src/node/defaultPackDir.js';
import { loadPackDir } from '../../src/node/loadPackDir.js';
import { provinceUnits } from '../../scripts/data/province-units.js';
import cleanDistrict from '../../scripts/data/clean-district.js';
import { figuresOf, readingsOf } from './readingsOf.js';
const pack = await loadPackDir(defaultPackDir);
const bases = [cleanDistrict, ...provinceUnits().map((u) => u.values)].map((v) => figuresOf(pack, v));
const f = Float64Array.from(bases[Number(process.env.BASE)]!);
for (const c of process.env.CELLS!.split(';')) {
  const [sheet, row, col, v] = c.trim().split(' ');
  const s = pack.slotOf(sheet!, row!, col!)!;
  console.log(c, 'was', f[s]);
  f[s] = Number(v);
}
const p = problemOf(pack, readingsOf(pack, f));
for (const cl of clusters(p)) {
  let t = performance.now();
  const m = minimalSets(p, cl);
  console.log(
    cl.map((r) => p.rules[r]!.id),
    'sets',
    (performance.now() - t).toFixed(0),
    m.weight,
    m.complete,
    m.sets.length,
  );
  for (const s of m.sets) {
    t = performance.now();
    const ss = suggestSet(p, s);
    console.log(
      '  ',
      ss.cells
        .map(
          (c) =>
            `${c.cell.sheet} ${c.cell.row} ${c.cell.column} ${c.cell.value}->${c.suggested} [${c.min},${c.max}] ${c.cause?.kind}`,
        )
        .join(' | '),
      (performance.now() - t).toFixed(0),
    );
  }
}
