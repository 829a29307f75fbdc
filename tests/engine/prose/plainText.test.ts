import { describe, expect, it } from 'vitest';
import { passages } from '../../../src/engine/prose/passages.js';
import { plainTextDocument } from '../../../src/engine/prose/plainText.js';

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
});
