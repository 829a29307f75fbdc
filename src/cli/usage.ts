export const USAGE = `kiembieu — kiểm tra biểu mẫu thống kê / checks statistical appendix workbooks

Usage:
  kiembieu template --out FILE [--pack DIR] [--lang vi|en] [--force]
      Write the blank appendix workbook of a template pack.
  kiembieu validate FILE... [--pack DIR] [--format text|json] [--lang vi|en]
      Check filled workbooks and list every discrepancy.

Options:
  --pack DIR     template pack folder (default: the bundled nq22-2018 pack)
  --format       text (default) or json (see docs/json-output.md)
  --lang         vi (default) or en
  --force        let template overwrite an existing file
  -h, --help     this text
  -v, --version  the version of kiembieu

Exit codes: 0 no errors, 1 errors found, 2 an input or the pack cannot be used.
`;
