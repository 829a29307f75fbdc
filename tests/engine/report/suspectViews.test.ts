/** "Likely wrong" in every output: the lines of each group, the results sheet, the batch HTML and xlsx rows. */
import { describe, expect, it } from 'vitest';
import { suspectViews } from '../../../src/engine/report/suspectViews.js';
import { resultRows, RESULTS_HEADER_ROW } from '../../../src/engine/report/resultRows.js';
import { htmlReport } from '../../../src/engine/report/htmlReport.js';
import { batchRows } from '../../../src/engine/report/batchRows.js';
import { fixFor } from '../../../src/engine/localise/fixFor.js';
import konTum from '../../../scripts/data/kon-tum-2017.js';
import { checkValues, reference } from '../localise/helpers.js';

const { report } = checkValues(reference, konTum);
const findingOf = (rule: string) => report.findings.find((f) => f.rule === rule)!;
const AT = '2018-06-05T02:00:00.000Z';

describe('suspectViews', () => {
  it('words each group: its rules, the lead, one line per cell with value, suggestion and cause', () => {
    const views = suspectViews(reference, report.suspects!, 'vi');
    const tie = views.find((v) => v.rules === 'B1=PL1.chi-bo-truc-thuoc')!;
    expect(tie.lead).toBe('2 cách sửa ít ô như nhau, số liệu không cho biết cách nào đúng');
    expect(tie.ways[0]![1]).toMatch(/^'Biểu 1'!\S+ \[3\.2; \(1\)\] = 1\.907 → 1\.902 \(gõ nhầm một chữ số\)$/);
    const en = suspectViews(reference, report.suspects!, 'en').find((v) => v.rules === 'B1=B3a.dang-vien')!;
    expect(en.lead).toBe('every rule holds if these change');
    expect(en.ways).toEqual([
      [
        expect.stringMatching(
          /\[4; \(1\)\] = 27,023 → 26,773, agrees with 'Biểu 3a'!\S+ = 26,773, a figure confirmed by /,
        ),
      ],
    ]);
  });
});

describe('fixFor', () => {
  it('gives the cells of a finding the one smallest fix changes, and nothing when fixes tie', () => {
    expect(fixFor(report.suspects, findingOf('B1=B3a.dang-vien')).map((s) => s.suggested)).toEqual([26773]);
    expect(fixFor(report.suspects, findingOf('B1=PL1.chi-bo-truc-thuoc'))).toEqual([]);
  });
});

describe('the results sheet', () => {
  it('shows what the other cells give, and beside it the one smallest fix, the tie, in a column of its own', () => {
    const rows = resultRows(report, reference, 'vi', AT);
    expect(rows[RESULTS_HEADER_ROW]!.slice(8, 10)).toEqual(['Số theo các ô khác', 'Có thể sửa thành']);
    const row = (rule: string) => rows.find((r) => r.at(-1) === rule)!.slice(8, 10);
    expect(row('B1=B3a.dang-vien')).toEqual(['26.773', expect.stringMatching(/^'Biểu 1'!\S+ \[4; \(1\)\] → 26\.773$/)]);
    expect(row('B7.ty-le-2017[2]')).toEqual(['87,26%', expect.stringMatching(/\[2; \(4\)\] → 87,26%$/)]);
    expect(row('B1=PL1.chi-bo-truc-thuoc')).toEqual([
      '1.902',
      '2 cách sửa ít ô như nhau, số liệu không cho biết cách nào đúng',
    ]);
  });
});

describe('the batch reports', () => {
  const entries = [{ file: 'kon-tum.xlsx', report }];

  it('HTML: a "Có thể sai" list under the unit\'s findings, each tied way listed', () => {
    const html = htmlReport(reference, entries, 'vi', AT);
    expect(html).toContain('<h3 class="suspects">Có thể sai</h3>');
    expect(html).toContain('cách 2: <span class="cells">&#39;Phụ lục 1&#39;!');
    expect(html).toMatch(/\[4; \(1\)\] = 27\.023 → 26\.773, khớp với &#39;Biểu 3a&#39;!\S+ = 26\.773, số này /);
    expect(html).toContain(
      '(B3a.can-doi[1]) và “Đảng viên cuối giai đoạn bằng đảng viên cuối năm 2017” (B3a.cuoi-ky)</span>',
    );
  });

  it('xlsx: each finding says what the one smallest fix makes of it, in a column of its own', () => {
    const { findings } = batchRows(reference, entries, 'en', AT);
    expect(findings[0]![9]).toBe('Likely fix');
    const row = findings.find((r) => r[8] === 'B1=B3a.dang-vien')!;
    expect(row[9]).toMatch(/\[4; \(1\)\] → 26,773$/);
    expect(findings.find((r) => r[8] === 'B1=PL1.chi-bo-truc-thuoc')![9]).toBe(
      '2 equally small fixes; the figures cannot tell which is right',
    );
  });
});
