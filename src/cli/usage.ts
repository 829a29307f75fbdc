export const USAGE = `kiembieu — kiểm tra biểu mẫu thống kê / checks statistical appendix workbooks

Usage:
  kiembieu template --out FILE [--pack DIR] [--lang vi|en] [--force]
      Write the blank appendix workbook of a template pack.
  kiembieu validate FILE... [--pack DIR] [--format text|json] [--lang vi|en]
      Check filled workbooks and list every discrepancy.
  kiembieu check FOLDER|FILE... [--previous FOLDER|FILE]... [--report FILE.xlsx|FILE.html]... \
[--format text|json] [--lang vi|en]
      Check many units' workbooks: one line each (unit, pack, errors, warnings,
      stamp), the figures unusual against the other units (or, with --previous,
      against the unit's previous workbook) under it, a summary, and optionally
      a report with every finding per unit.
  kiembieu consolidate FOLDER|FILE... --out FILE.xlsx [--unit-name NAME] [--unit-code CODE] [--period PERIOD]
      Add up the units' workbooks into a new workbook of the same template,
      percentages recomputed from the sums, then check it. Never overwrites.
  kiembieu crosscheck REPORT.docx [WORKBOOK.xlsx] [--pack DIR] [--format text|json] [--lang vi|en]
      Check the written report (.docx, .txt, .md) against its appendix workbook,
      and against itself: every figure it quotes, totals, percentages, dates.

Options:
  --pack DIR     template pack folder (default: the bundled nq22-2018 pack)
  --format       text (default) or json (see docs/json-output.md)
  --lang         vi (default) or en
  --previous DIR check: the units' previous-period workbooks, matched by unit code (may repeat)
  --report FILE  check: also write the summary and every finding to FILE (.xlsx or .html; may repeat)
  --unit-name, --unit-code, --period
                 consolidate: the consolidating unit (the period defaults to the units' own)
  --force        let template and check's reports overwrite an existing file
                 (a report never replaces a workbook: only an earlier report or .html)
  -h, --help     this text
  -v, --version  the version of kiembieu

Exit codes: 0 no errors, 1 errors found, 2 an input or the pack cannot be used.
`;
