/** Every valid way of writing SpreadsheetML is read; what is invalid or beyond the limits is refused in one sentence. */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PlainError } from '../../../src/engine/errors.js';
import { UnreadableWorkbookError } from '../../../src/xlsx/errors.js';
import {
  BeyondGridError,
  DuplicatePartError,
  TextTooLongError,
  TooManyError,
} from '../../../src/xlsx/reader/errors.js';
import { readValues } from '../../../src/xlsx/reader/readValues.js';
import { entries, storedZip, styles, xlsx } from './xlsxParts.js';

const ROWS =
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>27023</v></c></row><row r="3"><c r="C3" t="s"><v>1</v></c></row>';

function refusal(bytes: Uint8Array): PlainError {
  try {
    readValues(bytes, 'unit.xlsx');
  } catch (e) {
    if (e instanceof PlainError) return e;
    throw e;
  }
  throw new Error('read without refusal');
}

describe('readValues reads any valid SpreadsheetML', () => {
  const plain = readValues(xlsx({ sheets: [['Biểu 1', ROWS]], sharedStrings: ['Mã', 'Tổng số'] }), 'a.xlsx');

  it('places cells by their r at 0-based rows and columns, shared strings resolved', () => {
    expect(plain.sheets[0]!.name).toBe('Biểu 1');
    expect(plain.sheets[0]!.cells).toEqual([
      [{ value: 'Mã' }, { value: 27023 }],
      [],
      [undefined, undefined, { value: 'Tổng số' }],
    ]);
  });

  it('reads SpreadsheetML written with a prefix (x:, as the .NET Open XML SDK writes) as the same workbook', () => {
    const rows = ROWS.replace(/<(\/?)(row|c|v)\b/g, '<$1x:$2');
    const prefixed = readValues(
      xlsx({ sheets: [['Biểu 1', rows]], sharedStrings: ['Mã', 'Tổng số'], prefix: 'x' }),
      'a.xlsx',
    );
    expect(prefixed).toEqual(plain);
  });

  it('places rows and cells written without r after the ones before them', () => {
    const rows = '<row><c t="s"><v>0</v></c><c><v>27023</v></c></row><row/><row><c/><c/><c t="s"><v>1</v></c></row>';
    expect(readValues(xlsx({ sheets: [['Biểu 1', rows]], sharedStrings: ['Mã', 'Tổng số'] }), 'a.xlsx')).toEqual(plain);
  });

  it('reads inline strings, rich text, CDATA and escapes as their text, without phonetic guides', () => {
    const sst = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><t>1.</t></r><r><rPr><b/></rPr><t>1</t></r><rPh><t>x</t></rPh></si><si><t><![CDATA[2 & 3]]></t></si><si><t>a_x000D_b</t></si></sst>`;
    const rows =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>' +
      '<c r="D1" t="inlineStr"><is><r><t>Đảng </t></r><r><t>viên</t></r></is></c><c r="E1"><v><![CDATA[12]]></v></c></row>';
    const cells = readValues(xlsx({ sheets: [['S', rows]], sharedStrings: sst }), 'a.xlsx').sheets[0]!.cells[0];
    expect(cells).toEqual([
      { value: '1.1' },
      { value: '2 & 3' },
      { value: 'a\rb' },
      { value: 'Đảng viên' },
      { value: 12 },
    ]);
  });

  it('gives formulas their cached values, shared formulas too, and null when none is cached', () => {
    const rows =
      '<row r="1"><c r="A1"><f t="shared" ref="A1:C1" si="0">B2*2</f><v>4</v></c><c r="B1"><f t="shared" si="0"/><v>6</v></c>' +
      '<c r="C1"><f>1</f></c><c r="D1" t="str"><f>"a"</f><v>a</v></c><c r="E1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>';
    expect(readValues(xlsx({ sheets: [['S', rows]] }), 'a.xlsx').sheets[0]!.cells[0]).toEqual([
      { value: 4 },
      { value: 6 },
      { value: null },
      { value: 'a' },
      { value: null, error: '#DIV/0!' },
    ]);
  });

  it('reads booleans, errors, dates written as dates (t="d") and numbers a date format shows as ISO dates', () => {
    const rows =
      '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><v>#REF!</v></c>' +
      '<c r="D1" t="d"><v>2017-12-31</v></c><c r="E1" t="d"><v>2017-12-31T08:30:00</v></c><c r="F1" s="1"><v>43100</v></c><c r="G1" s="2"><v>0.4834</v></c></row>';
    const cells = readValues(xlsx({ sheets: [['S', rows]], styles: styles([0, 14, 10]) }), 'a.xlsx').sheets[0]!
      .cells[0];
    expect(cells).toEqual([
      { value: true },
      { value: false },
      { value: null, error: '#REF!' },
      { value: '2017-12-31' },
      { value: '2017-12-31T08:30:00.000Z' },
      { value: '2017-12-31', numFmt: 'mm-dd-yy' },
      { value: 0.4834, numFmt: '0.00%' },
    ]);
  });

  it('keeps as text what a number cell holds that is no finite number, so checking reports it', () => {
    const rows =
      '<row r="1"><c r="A1"><v>NaN</v></c><c r="B1"><v>Infinity</v></c><c r="C1"><v>abc</v></c><c r="D1"><v>1e400</v></c><c r="E1"><v>-1.5E3</v></c></row>';
    expect(readValues(xlsx({ sheets: [['S', rows]] }), 'a.xlsx').sheets[0]!.cells[0]).toEqual([
      { value: 'NaN' },
      { value: 'Infinity' },
      { value: 'abc' },
      { value: '1e400' },
      { value: -1500 },
    ]);
  });

  it('leaves out what a merge hides, and names scoped to one sheet', () => {
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row></sheetData><mergeCells><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;
    const names = `<definedName name="KB_A">'S'!$A$1</definedName><definedName name="KB_B" localSheetId="0">S!$B$1</definedName>`;
    const wb = readValues(xlsx({ sheets: [['S', sheet]], definedNames: names }), 'a.xlsx');
    expect(wb.sheets[0]!.cells).toEqual([[{ value: 1 }]]);
    expect({ ...wb.names }).toEqual({ KB_A: { sheet: 'S', rowIndex: 0, colIndex: 0 } });
  });

  it('finds the workbook part wherever the package relationships put it, with absolute targets', () => {
    const files = entries({ sheets: [['S', ROWS]], sharedStrings: ['Mã', 'Tổng số'] });
    const moved: Record<string, Uint8Array> = {};
    for (const [name, data] of Object.entries(files)) moved[name.replace(/^xl\//, 'book/')] = data;
    moved['_rels/.rels'] = strToU8(
      new TextDecoder().decode(files['_rels/.rels']).replace('xl/workbook.xml', '/book/workbook.xml'),
    );
    expect(readValues(zipSync(moved), 'a.xlsx').sheets[0]!.cells[0]).toEqual([{ value: 'Mã' }, { value: 27023 }]);
  });
});

describe('readValues refuses what is damaged or hostile, in one sentence', () => {
  const good = entries({ sheets: [['S', ROWS]], sharedStrings: ['Mã', 'Tổng số'] });

  it('two entries with one part name, or /xl/… beside xl/…, or in other letter case', () => {
    for (const twin of ['xl/worksheets/sheet1.xml', '/xl/worksheets/sheet1.xml', 'XL/Worksheets/Sheet1.xml']) {
      const bytes = zipWithTwin(good, 'xl/worksheets/sheet1.xml', twin);
      const e = refusal(bytes);
      expect(e).toBeInstanceOf(DuplicatePartError);
      expect(e.text.en).toBe(
        `"unit.xlsx" is refused: it holds the part "${twin}" twice, and which one is real cannot be told.`,
      );
    }
  });

  it('a flipped byte inside a part: damaged (its CRC no longer matches), not a changed figure', () => {
    const stored = zipSync(good, { level: 0 });
    const at = indexOf(stored, strToU8('27023'));
    stored[at] = '3'.charCodeAt(0);
    expect(refusal(stored)).toBeInstanceOf(UnreadableWorkbookError);
  });

  it('cells, rows, merges and defined names beyond Excel grid, named with their sheet', () => {
    const cases: [Partial<Parameters<typeof xlsx>[0]>, string][] = [
      [
        { sheets: [['S', '<row r="100000000"><c r="A100000000"><v>1</v></c></row>']] },
        'sheet "S" has a cell 100000000',
      ],
      [{ sheets: [['S', '<row r="2000000000"/>']] }, 'sheet "S" has a cell 2000000000'],
      [{ sheets: [['S', '<row r="1"><c r="XFE1"><v>1</v></c></row>']] }, 'sheet "S" has a cell XFE1'],
      [
        { sheets: [['S', '']], definedNames: `<definedName name="FAR">S!$A$1000000000</definedName>` },
        'the defined name "FAR" points at cell S!$A$1000000000',
      ],
    ];
    for (const [parts, said] of cases) {
      const e = refusal(xlsx({ sheets: [], ...parts }));
      expect(e).toBeInstanceOf(BeyondGridError);
      expect(e.text.en).toBe(`"unit.xlsx" is refused: ${said}, beyond Excel's grid (1,048,576 rows, 16,384 columns).`);
    }
  });

  it('a text longer than an Excel cell holds', () => {
    const e = refusal(xlsx({ sheets: [['S', '']], sharedStrings: ['x'.repeat(32_768)] }));
    expect(e).toBeInstanceOf(TextTooLongError);
    expect(e.text.vi).toBe(
      'Tệp "unit.xlsx" bị từ chối: phần "xl/sharedStrings.xml" có một chuỗi dài hơn 32.767 ký tự, giới hạn của một ô Excel.',
    );
  });

  it('more sheets than the limit', () => {
    const sheets = Array.from({ length: 1001 }, (_, i): [string, string] => [`S${i}`, '']);
    expect(refusal(xlsx({ sheets }))).toBeInstanceOf(TooManyError);
  });

  it('XML that is not well formed, entities it does not define, a missing sheet part', () => {
    expect(refusal(xlsx({ sheets: [['S', '<row r="1"><c r="A1"><v>1</v></row>']] }))).toBeInstanceOf(
      UnreadableWorkbookError,
    );
    expect(refusal(xlsx({ sheets: [['S', '<row r="1"><c r="A1" t="str"><v>&lol;</v></c></row>']] }))).toBeInstanceOf(
      UnreadableWorkbookError,
    );
    const missing = { ...good };
    delete missing['xl/worksheets/sheet1.xml'];
    expect(refusal(zipSync(missing))).toBeInstanceOf(UnreadableWorkbookError);
  });
});

/** A zip holding `name` twice: once as it is, once under `twin` with another figure. */
function zipWithTwin(files: Record<string, Uint8Array>, name: string, twin: string): Uint8Array {
  const changed = strToU8(new TextDecoder().decode(files[name]).replace('27023', '26773'));
  return storedZip([...Object.entries(files), [twin, changed]]);
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  throw new Error('not found');
}
