import { describe, expect, it } from 'vitest';
import { PlainError, UnexpectedError, errorText } from '../../src/engine/errors.js';
import { PackError } from '../../src/engine/pack/errors.js';
import { ForeignWorkbookError, WrongPackError } from '../../src/engine/workbook/errors.js';

describe('errors', () => {
  it('PackError names the file and the key, in both languages', () => {
    const e = new PackError('sheets/S1.json', 'rules[0].assert', {
      vi: 'quy tắc "r": không có biểu "S9"',
      en: 'rule "r": there is no sheet "S9"',
    });
    expect(e).toBeInstanceOf(PlainError);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('PackError');
    expect(e.message).toBe('Pack file "sheets/S1.json", rules[0].assert: rule "r": there is no sheet "S9".');
    expect(e.text.en).toBe(e.message);
    expect(e.text.vi).toContain('sheets/S1.json');
    expect(e.text.vi).toContain('rules[0].assert');
    expect([e.file, e.key, e.reason.en]).toEqual([
      'sheets/S1.json',
      'rules[0].assert',
      'rule "r": there is no sheet "S9"',
    ]);
  });

  it('PackError without a key speaks of the top level', () => {
    const e = new PackError('pack.json', '', { vi: 'thiếu tệp này', en: 'the file is missing' });
    expect(e.message).toContain('top level');
    expect(e.text.vi).not.toContain(', khoá :');
  });

  it('WrongPackError names both packs', () => {
    const e = new WrongPackError('a.xlsx', 'nq22-2018 1.0.0', 'nq22-2018 1.1.0');
    expect(e.name).toBe('WrongPackError');
    for (const text of [e.text.vi, e.text.en]) {
      expect(text).toContain('a.xlsx');
      expect(text).toContain('nq22-2018 1.0.0');
      expect(text).toContain('nq22-2018 1.1.0');
    }
  });

  it('ForeignWorkbookError names the file and the pack', () => {
    const e = new ForeignWorkbookError('luong.xlsx', 'tiny 1.0.0');
    expect(e.name).toBe('ForeignWorkbookError');
    expect(e.text.vi).toContain('luong.xlsx');
    expect(e.text.en).toContain('tiny 1.0.0');
    expect(e.text.vi).not.toBe(e.text.en);
  });
});

describe('errorText', () => {
  it('gives a PlainError its own sentence', () => {
    const e = new PackError('pack.json', '', { vi: 'thiếu tệp này', en: 'the file is missing' });
    expect(errorText(e)).toBe(e.text);
  });

  it('says anything else in one line, about the file when there is one', () => {
    const text = errorText(new Error('boom\n    at somewhere (x.js:1:1)'), 'a.xlsx');
    expect(text.vi).toBe('Không kiểm tra được tệp "a.xlsx": lỗi không lường trước (boom).');
    expect(text.en).toBe('Cannot check "a.xlsx": unexpected error (boom).');
    expect(errorText('plain string').en).toBe('Unexpected error: plain string');
    expect(new UnexpectedError(42).text.vi).toBe('Lỗi không lường trước: 42');
  });
});
