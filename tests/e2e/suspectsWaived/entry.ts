/** A page showing the pane's "Có thể sai" block for the soft-rule sheet: a fix that leaves `dong` failing. */
import { fixBeside, suspectsBlock } from '../../../taskpane/src/suspectsView.js';
import { softChecked, softPack } from '../../engine/localise/softRule.js';

const pack = softPack(0.5);
const { report } = softChecked(pack, [40, 25, 16, 39]);
const lang = (document.documentElement.lang || 'vi') as 'vi' | 'en';
for (const f of report.findings) {
  const p = Object.assign(document.createElement('p'), { className: 'finding', textContent: f.rule });
  p.dataset.rule = f.rule;
  p.append(...fixBeside(pack, report, [f], lang));
  document.body.append(p);
}
document.body.append(...suspectsBlock(pack, report, lang));
