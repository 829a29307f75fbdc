import { describe, expect, it } from 'vitest';
import { passages } from '../../../src/engine/prose/passages.js';
import { plainTextDocument } from '../../../src/engine/prose/plainText.js';
import { crosscheck } from '../../../src/engine/prose/crosscheck.js';
import { readFileSync } from 'node:fs';
import { readDocx } from '../../../src/docx/readDocx.js';
import { pack, REFERENCE_TEXT } from './reference.js';

describe('plainTextDocument', () => {
  it('reads Markdown headings, paragraphs across lines, and footnotes where they are cited', () => {
    const doc = plainTextDocument(
      '# I. Tình hình\n\nCó 698 tổ chức cơ sở đảng[^2]\nvà 27.023 đảng viên.\n\n[^2]: Gồm: 188 đảng bộ cơ sở.\n',
      true,
    );
    expect(doc.paragraphs).toEqual([
      { text: 'I. Tình hình', heading: 1 },
      { text: 'Có 698 tổ chức cơ sở đảng và 27.023 đảng viên.', notes: [{ id: '2', at: 25 }] },
    ]);
    expect(doc.footnotes).toEqual([{ id: '2', text: 'Gồm: 188 đảng bộ cơ sở.' }]);
  });

  it('reads plain text one paragraph a line, sections from the numbers the headings print', () => {
    const doc = plainTextDocument(
      'II. KẾT QUẢ\n2. Về tổ chức\n2.2. Công tác phát triển: Có 26.773 đảng viên.\n',
      false,
    );
    expect(passages(doc).map((p) => p.section)).toEqual(['II', 'II.2', 'II.2.2']);
    expect(passages(doc)[2]!.heading).toBe('Công tác phát triển');
  });

  it('reads plain text as Word saves it: footnotes after U+FFFD, each cited by a line break in the text', () => {
    const doc = plainTextDocument(
      'I. TÌNH HÌNH\nCó 15 đảng bộ trực thuộc\n với 1.908 tổ chức đảng\n và 27.023 đảng viên. Nhìn chung\n\n' +
        '\uFFFD Gồm 10 huyện.\n\n\uFFFD Gồm: 01 đảng bộ bộ phận và 1.907 chi bộ.\n',
      false,
    );
    expect(doc.footnotes).toEqual([
      { id: '1', text: 'Gồm 10 huyện.' },
      { id: '2', text: 'Gồm: 01 đảng bộ bộ phận và 1.907 chi bộ.' },
    ]);
    expect(doc.paragraphs).toEqual([
      { text: 'I. TÌNH HÌNH' },
      {
        text: 'Có 15 đảng bộ trực thuộc với 1.908 tổ chức đảng và 27.023 đảng viên. Nhìn chung',
        notes: [
          { id: '1', at: 24 },
          { id: '2', at: 47 },
        ],
      },
    ]);
    const notes = passages(doc).filter((p) => p.footnote !== undefined);
    expect(notes.map((p) => [p.footnote, p.section, p.scope])).toEqual([
      [1, 'I', 1],
      [2, 'I', 1],
    ]);
  });

  it('takes no line break for a mark without a footnote to cite, nor after a blank line', () => {
    const lines = 'Có 15 đảng bộ\n, 698 TCCSĐ\n\n với 1.908 tổ chức đảng\n'.split('\n');
    expect(plainTextDocument(lines.join('\n'), false).paragraphs).toEqual([
      { text: 'Có 15 đảng bộ' },
      { text: ', 698 TCCSĐ' },
      { text: 'với 1.908 tổ chức đảng' },
    ]);
    const one = plainTextDocument([...lines, '\uFFFD Một chú thích.'].join('\n'), false).paragraphs;
    expect(one.map((p) => p.notes?.length ?? 0)).toEqual([1, 0]);
  });

  it('reads the reference report as text as it reads it from Word: the same figures, links and findings', async () => {
    const fromText = crosscheck(pack, plainTextDocument(REFERENCE_TEXT, false), 'bao-cao.txt');
    const docx = readFileSync(new URL('../../../examples/bao-cao-kon-tum-2017.docx', import.meta.url));
    const fromWord = crosscheck(pack, await readDocx(docx, 'bao-cao.docx'), 'bao-cao.docx');
    expect(fromText.counts).toEqual(fromWord.counts);
    expect(fromText.counts).toMatchObject({ figures: 79, linked: 54, ambiguous: 0, unlinked: 25 });
    expect(fromText.findings).toEqual(fromWord.findings);
    expect(plainTextDocument(REFERENCE_TEXT, false).footnotes).toHaveLength(19);
  });
});
