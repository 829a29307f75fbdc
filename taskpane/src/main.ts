/** Starts the pane: inside Excel when office.js says so, otherwise the standalone checker. */
import packSpec from 'kiembieu:pack';
import { compilePack } from '../../src/engine/index.js';
import { excelMode } from './excelMode.js';
import { standaloneMode } from './standaloneMode.js';
import { $, View } from './view.js';

const pack = compilePack(packSpec);
const excel = await inExcel();
$('mode').dataset.t = excel ? 'modeExcel' : 'modeStandalone';
const view = new View(pack, excel ? Office.context.displayLanguage : 'vi');
if (excel) excelMode(view, pack);
else standaloneMode(view, pack);
document.body.dataset.ready = excel ? 'excel' : 'standalone';

/** office.js is absent when its CDN cannot be reached, and says host null outside Office. */
async function inExcel(): Promise<boolean> {
  if (typeof Office === 'undefined') return false;
  const never = new Promise<{ host: null }>((resolve) => setTimeout(() => resolve({ host: null }), 5000));
  const info = await Promise.race([Office.onReady(), never]);
  return info.host === Office.HostType.Excel;
}
