import { describe, expect, it } from 'vitest';
import { htmlReport } from '../../../src/engine/report/htmlReport.js';
import { entry } from '../batch/entries.js';
import { compileTiny } from '../fixtures.js';
import { softChecked, softPack } from '../localise/softRule.js';

const pack = compileTiny();

describe('htmlReport', () => {
  it('escapes what a workbook says, so a unit name cannot add markup', () => {
    const html = htmlReport(
      pack,
      [entry('<b>.xlsx', 0, 0, 'unchanged', { name: '<script>alert(1)</script> & "Khối"' })],
      'vi',
      '2018-06-05T02:00:00.000Z',
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;Khối&#34;');
    expect(html).toContain('&#60;b&#62;.xlsx');
    expect(html).toContain('05/06/2018 09:00');
  });

  it('"Có thể sai": a rule a fix leaves failing has its own line in the fix', () => {
    const soft = softPack(1);
    const { report } = softChecked(soft, [40, 25, 15, 41]);
    const html = htmlReport(soft, [{ file: 't.xlsx', report }], 'vi', '2018-06-05T02:00:00.000Z');
    expect(html).toContain('<li>cách 2: <span class="cells">bỏ qua quy tắc dong (để quy tắc này sai)</span></li>');
  });
});
