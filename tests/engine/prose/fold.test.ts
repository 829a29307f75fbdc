import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/engine/prose/fold.js';

describe('fold', () => {
  it('folds case, diacritics and the place of the tone mark alike', () => {
    expect(fold('Đảng uỷ')).toBe(fold('đảng ủy'));
    expect(fold('Chuẩn hoá')).toBe('chuan hoa');
  });

  it('keeps every place: a match in the folded text is at the same offset in the original', () => {
    const text = 'có 1.788 đồng chí được đào tạo chuẩn hoá';
    expect(fold(text)).toHaveLength(text.length);
    expect(text.slice(fold(text).indexOf('dao tao'), fold(text).indexOf('dao tao') + 7)).toBe('đào tạo');
  });
});
